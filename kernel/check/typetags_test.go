package check

import "testing"

// A struct type a cell declares is tagged (typetags.go), and still takes and
// gives values of its unnamed struct type wherever Go assigns them.
func TestTaggedStructAssignability(t *testing.T) {
	runSteps(t,
		step{"type Point struct{ X, Y int }\nfunc mk() Point { return struct{ X, Y int }{5, 6} }\nfunc raw(p Point) struct{ X, Y int } { return p }\nfunc takes(p Point) int { return p.X }", ""},
		step{"p := Point{1, 2}\nvar s struct{ X, Y int }\ns = p\nvar q Point\nq = s\nps := []Point{s}\nm := map[string]Point{\"a\": s}\nfmt.Println(s, q, mk(), raw(p), takes(s), ps, m)\nch := make(chan Point, 1)\nch <- s\nfmt.Println(<-ch)\nq = s\ns = q\nfmt.Println(q, s)", "{1 2} {1 2} {5 6} {1 2} 1 [{1 2}] map[a:{1 2}]\n{1 2}\n{1 2} {1 2}\n"},
	)
}

// Struct types declared without fields (type Dog struct{}) are types of
// their own too, through a field of their own that printing and json
// leave out: the interfaces tutorial's Dog and Cat.
func TestEmptyStructTypes(t *testing.T) {
	runSteps(t,
		step{"type Animal interface{ Sound() string }\ntype Dog struct{}\ntype Cat struct {\n}\nfunc (Dog) Sound() string { return \"woof\" }\nfunc (Cat) Sound() string { return \"meow\" }\ntype Pet struct { Kind Animal; D Dog; Name string }", ""},
		step{"p := Pet{Cat{}, Dog{}, \"tom\"}\nfmt.Printf(\"%v %+v %#v\\n\", p, p, p)\nfmt.Println(Dog{}, []Animal{Dog{}, Cat{}}, map[string]Animal{\"c\": Cat{}})\nj, err := json.Marshal(p)\nfmt.Println(string(j), err)\nvar q Pet\nfmt.Println(json.Unmarshal([]byte(`{\"D\":{},\"Name\":\"x\"}`), &q), q.Name)\nk, _ := json.Marshal(Dog{})\nfmt.Println(string(k), Dog{} == Dog{}, any(Dog{}) == any(Cat{}))\nfmt.Printf(\"%T %v\\n\", p.Kind, p.Kind)\nvar x any = Cat{}\nswitch x.(type) {\ncase Dog:\n\tfmt.Println(\"dog\")\ncase Cat:\n\tfmt.Println(\"cat\")\n}", "{{} {} tom} {Kind:{} D:{} Name:tom} main.Pet{Kind:main.Cat{}, D:main.Dog{}, Name:\"tom\"}\n{} [{} {}] map[c:{}]\n{\"Kind\":{},\"D\":{},\"Name\":\"tom\"} <nil>\n<nil> x\n{} true false\nmain.Cat {}\ncat\n"},
	)
}

// Where Go takes a tagged struct type's value for its unnamed struct
// type's and back, beyond assignments: map keys in index expressions and
// delete, comparisons; and for a type declared without fields, whose
// marker field no conversion crosses.
func TestTaggedStructKeysAndComparisons(t *testing.T) {
	runSteps(t,
		step{"type Point struct{ X, Y int }\ntype Dog struct{}\nfunc (Dog) Sound() string { return \"woof\" }", ""},
		step{"m := map[Point]string{{1, 2}: \"a\"}\nm[struct{ X, Y int }{3, 4}] = \"b\"\nv, ok := m[struct{ X, Y int }{1, 2}]\nfmt.Println(v, ok, len(m))\ndelete(m, struct{ X, Y int }{1, 2})\nu := map[struct{ X, Y int }]int{{5, 6}: 7}\np := Point{5, 6}\nu[p]++\nfmt.Println(len(m), u[p], p == struct{ X, Y int }{5, 6}, struct{ X, Y int }{1, 1} != p)", "a true 2\n1 8 true true\n"},
		step{"d := Dog(struct{}{})\nvar d2 Dog = struct{}{}\nvar s struct{} = Dog{}\ns = d\nd2 = s\nfmt.Println(d, d2, s, d == d2, d == struct{}{}, d2.Sound(), struct{}(d))", "{} {} {} true true woof {}\n"},
	)
}

// A receive returned as a tagged struct type from a channel of its
// unnamed struct type, or the other way: converted to the result's type
// around the receive's own conversion (recvConv).
func TestTaggedStructReceiveReturned(t *testing.T) {
	runSteps(t,
		step{"type Point struct{ X, Y int }\nfunc get(ch chan struct{ X, Y int }) Point { return <-ch }\nfunc raw(ch chan Point) struct{ X, Y int } { return <-ch }", ""},
		step{"ch := make(chan struct{ X, Y int }, 1)\nch <- struct{ X, Y int }{1, 2}\npc := make(chan Point, 1)\npc <- Point{3, 4}\nfmt.Println(get(ch), raw(pc))", "{1 2} {3 4}\n"},
	)
}

// A value of a struct type with value receivers in a compiled interface
// with methods (fmt.Stringer) prints through its method: yaegi v0.16.1's
// wrapper holds, for a struct, its last field that holds something (an
// int 2 for Point{1, 2}), which the printer took for the value.
func TestStringerOfStructPrinted(t *testing.T) {
	runSteps(t,
		step{"type Point struct{ X, Y int }\nfunc (p Point) String() string { return fmt.Sprintf(\"(%d,%d)\", p.X, p.Y) }\ntype Named struct {\n\tName string\n\tN    int\n}\nfunc (n Named) String() string { return n.Name }\nfunc show(s fmt.Stringer) { fmt.Println(s, s.String()) }\ntype Box struct{ s fmt.Stringer }", ""},
		step{"show(Point{1, 2})\nshow(Named{\"amy\", 3})\nss := []fmt.Stringer{Point{5, 6}, Named{\"z\", 1}}\nfmt.Println(ss)\nfmt.Printf(\"%v %s|%5s|\\n\", ss[0], ss[1], ss[1])", "(1,2) (1,2)\namy amy\n[(5,6) z]\n(5,6) z|    z|\n"},
	)
}

// %T of an interface holding a struct type declared in a function names
// it as Go does, not by its tagged reflect type (struct { X int
// "gofutures:\"Local\"" }).
func TestLocalStructTypeName(t *testing.T) {
	runSteps(t,
		step{"func f() {\n\ttype Local struct{ X int }\n\ttype None struct{}\n\tvar y any = Local{3}\n\tfmt.Printf(\"%T %T %T %T %v\\n\", y, any(&Local{}), any([]None{}), any(map[string]*Local{}), y)\n}", ""},
		step{"f()", "main.Local *main.Local []main.None map[string]*main.Local {3}\n"},
	)
}

// A call's results assigned to variables of a tagged struct type from its
// unnamed struct type (p, err = pair()) are converted too: yaegi v0.16.1
// panicked ("reflect.Set: value of type struct { X int; Y int } is not
// assignable").
func TestTaggedStructTupleAssigned(t *testing.T) {
	runSteps(t,
		step{"type Point struct{ X, Y int }\ntype Dog struct{}\nfunc pair() (struct{ X, Y int }, error) { return struct{ X, Y int }{1, 2}, nil }\nfunc three() (int, struct{}, Point) { return 3, struct{}{}, Point{4, 5} }", ""},
		step{"var p Point\nvar err error\np, err = pair()\nvar d Dog\nvar s struct{ X, Y int }\nn, d, s := three()\nfmt.Println(p, err, n, d, s)", "{1 2} <nil> 3 {} {4 5}\n"},
	)
}

// A struct value in an interface of a compiled package (fmt.Stringer,
// sort.Interface) is itself to assertions, type switches and %T: yaegi
// v0.16.1's wrapper held, for a struct, its last field (an int for
// pt{1, 2}, the embedded slice of a sort.Interface's struct), so the
// assertion failed and %T was "int" (rt.Rewrap).
func TestStructInCompiledInterface(t *testing.T) {
	runSteps(t,
		step{"import \"sort\"\ntype ints []int\nfunc (p ints) Len() int      { return len(p) }\nfunc (p ints) Swap(i, j int) { p[i], p[j] = p[j], p[i] }\ntype byDesc struct {\n\tints\n\tdesc bool\n}\nfunc (b byDesc) Less(i, j int) bool { return b.ints[i] > b.ints[j] == b.desc }\ntype pt struct{ X, Y int }\nfunc (p pt) String() string { return fmt.Sprint(p.X, \"/\", p.Y) }\nfunc asStringer() fmt.Stringer { return pt{5, 6} }", ""},
		step{"var s sort.Interface = byDesc{ints{3, 1, 2}, true}\nsort.Sort(s)\nb, ok := s.(byDesc)\nfmt.Printf(\"%T %v %v %v\\n\", s, b.ints, ok, s)\nvar st fmt.Stringer = pt{1, 2}\np, ok := st.(pt)\nfmt.Printf(\"%T %v %v %d\\n\", st, st, ok, p.Y)\nswitch v := asStringer().(type) {\ncase pt:\n\tfmt.Println(\"pt\", v.X)\ndefault:\n\tfmt.Printf(\"other %T\\n\", v)\n}\nlist := []fmt.Stringer{pt{7, 8}}\n_, ok = list[0].(pt)\nfmt.Println(ok, list)",
			"main.byDesc [3 2 1] true {[3 2 1] true}\nmain.pt 1/2 true 2\npt 5\ntrue [7/8]\n"},
	)
	// the declaration alone imports what it calls
	runSteps(t,
		step{"type pt struct{ X, Y int }\nfunc (p pt) String() string { return \"p\" }\nfunc mk() fmt.Stringer { return pt{3, 4} }", ""},
		step{"_, ok := mk().(pt)\nok", "=> true"},
	)
}

// An exported field whose name reads as yaegi's renaming of an
// unexported one (Xray, ray renamed) is listed in the type's tag, so
// that printing a value of a type declared in a function names it as
// declared.
func TestTagListsExportedXFields(t *testing.T) {
	runSteps(t,
		step{"type Q struct{ a int }\nfunc mk() any {\n\ttype beam struct {\n\t\tXray, Xor int\n\t\tx     int\n\t}\n\treturn beam{1, 2, 3}\n}", ""},
		step{"fmt.Printf(\"%+v\\n\", mk())", "{Xray:1 Xor:2 x:3}\n"},
	)
}
