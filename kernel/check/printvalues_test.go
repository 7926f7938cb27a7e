package check

import "testing"

// fmt's and log's printing functions, and a *log.Logger's printing
// methods, used as values (a variable, a slice's elements; the logger
// bound when the method value is made) print values of cell types as the
// direct calls do:
// %T names the cell type, %v calls String and shows unexported fields'
// names as Go's; an operand of %T and another verb is left as it is.
func TestPrintFuncValues(t *testing.T) {
	runSteps(t,
		step{`type Rect struct{ W, H int }

func (r Rect) String() string { return fmt.Sprintf("%dx%d", r.W, r.H) }

type Pt struct {
	X, Y   int
	secret string
}`, ""},
		step{"p := fmt.Printf\n_, _ = p(\"%T %v %d %T %5T|\\n\", Rect{1, 2}, Rect{1, 2}, 3, &Pt{}, 1)", "main.Rect 1x2 3 *main.Pt   int|\n"},
		step{"s := fmt.Sprint\npl := fmt.Println\n_, _ = pl(s(Pt{1, 2, \"x\"}, \"a\", 1, 2), []Rect{{1, 1}})", "{1 2 x}a1 2 [1x1]\n"},
		step{"sf := fmt.Sprintf\nfmt.Println(sf(\"%+v|%T|%T %d\", Pt{3, 4, \"y\"}, Pt{}, 5))", "{X:3 Y:4 secret:y}|main.Pt|int %!d(MISSING)\n"},
		step{"e := fmt.Errorf\nfs := []func(...any) (int, error){fmt.Println, fmt.Print}\nfs[0](e(\"bad %v\", Rect{2, 2}))\n_, _ = fs[1](Pt{5, 6, \"z\"}, \"\\n\")", "bad 2x2\n{5 6 z}\n"},
		step{"var lb2 strings.Builder\nlg := log.New(&lb2, \"> \", 0)\nlf, ln := lg.Printf, lg.Println\nlg = nil\nlf(\"%T %v|\", Rect{1, 1}, Pt{1, 2, \"q\"})\nln(Rect{3, 4})\nfmt.Print(lb2.String())", "> main.Rect {1 2 q}|\n> 3x4\n"},
		step{"lp := log.Printf\nlog.SetFlags(0)\nvar lb strings.Builder\nlog.SetOutput(&lb)\nlp(\"%T %v\", Rect{1, 1}, Rect{})\nfmt.Print(lb.String())", "main.Rect 0x0\n"},
	)
}

// encoding/json's Marshal, errors.Is and reflect's VisibleFields and
// TypeOf used as values see cell types as the direct calls do: no
// unexported field (nor yaegi's name of it), a cell error found in a
// wrapped chain.
func TestJSONErrorsFuncValues(t *testing.T) {
	runSteps(t,
		step{`type Item struct {
	SKU  string
	cost float64
}

type Missing struct{ Key string }

func (m Missing) Error() string { return "missing " + m.Key }`, ""},
		step{"m := json.Marshal\nb, _ := m(Item{\"a\", 1})\nfmt.Println(string(b))", "{\"SKU\":\"a\"}\n"},
		step{"is := errors.Is\nerr := fmt.Errorf(\"x: %w\", Missing{\"k\"})\nfmt.Println(is(err, Missing{\"k\"}), is(err, Missing{\"j\"}))", "true false\n"},
		step{"vis, tf := reflect.VisibleFields, reflect.TypeOf\nfmt.Println(vis(tf(Item{}))[1].Name, tf(Item{}).Name())", "cost Item\n"},
	)
}

// %T through a printing function used as a value, or through a helper
// spreading its operands, names a notebook's type as Go does also when
// fmt prints every value of the notebook's types right (a named float
// without methods: yaegi's fmt printed rt.Float64N0).
func TestPrintFuncValuesTypeOnly(t *testing.T) {
	runSteps(t,
		step{"type Meters float64", ""},
		step{"func m() {\n\tpf := fmt.Printf\n\tpf(\"%T %T %v\\n\", Meters(2), 4, Meters(3))\n}\nm()", "main.Meters int 3\n"},
		step{"func help(f string, args ...any) { fmt.Printf(f, args...) }\nhelp(\"%T %v %T\\n\", Meters(1), Meters(1), []Meters{})", "main.Meters 1 []main.Meters\n"},
	)
}
