package session

import "testing"

// A notebook type of a basic underlying type without methods (type
// Celsius float64) is a type of its own in an interface, as in Go: yaegi
// v0.16.1 kept it there as its underlying type, so an any holding
// Celsius(5) asserted to float64, equalled any(5.0), printed float64 for
// %T and took a type switch's float64 case. (The outputs are go run's.)
func TestNamedBasicInInterfaces(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import (\"encoding/json\"; \"fmt\"; \"reflect\"; \"strconv\"; \"sync\")\ntype Celsius float64\ntype ID int\ntype Name string", ""},
		{"var x any = Celsius(5)\nfmt.Printf(\"%T %v %T %T\\n\", x, x, any(ID(3)), []any{Name(\"a\"), []Celsius{1}})\n_, isF := x.(float64)\ncv, isC := x.(Celsius)\nfmt.Println(isF, isC, cv)",
			"main.Celsius 5 main.ID []interface {}\nfalse true 5\n"},
		{"switch x.(type) {\ncase float64:\n\tfmt.Println(\"float64\")\ncase Celsius:\n\tfmt.Println(\"Celsius\")\n}\nswitch v := any(ID(2)).(type) {\ncase int:\n\tfmt.Println(\"int\", v)\ndefault:\n\tfmt.Println(\"default\", v)\n}",
			"Celsius\ndefault 2\n"},
		{"fmt.Println(any(3) == any(ID(3)), any(ID(3)) == any(ID(3)), x == any(5.0), x == any(Celsius(5)), any(Name(\"a\")) == any(\"a\"))\nm := map[any]string{ID(1): \"id\", 1: \"int\", Name(\"n\"): \"name\", \"n\": \"string\"}\nfmt.Println(len(m), m[ID(1)], m[1], m[Name(\"n\")], m[\"n\"])",
			"false true false true false\n4 id int name string\n"},
		{"b, _ := json.Marshal(map[string]any{\"c\": x, \"l\": []Celsius{1, 2}, \"n\": Name(\"q\")})\nfmt.Println(string(b))\nfmt.Println(x, []any{x, ID(2)}, fmt.Sprint(x), fmt.Sprintf(\"%v|%d|%5.1f|%q\", x, ID(4), x, Name(\"z\")))\nfmt.Println(reflect.DeepEqual(x, Celsius(5)), reflect.DeepEqual(x, 5.0), reflect.TypeOf(x).Kind())",
			"{\"c\":5,\"l\":[1,2],\"n\":\"q\"}\n5 [5 2] 5 5|4|  5.0|\"z\"\ntrue false float64\n"},
		{"var sm sync.Map\nsm.Store(\"k\", x)\nv, _ := sm.Load(\"k\")\n_, ok := v.(Celsius)\nfmt.Println(ok, v == x, strconv.Quote(fmt.Sprint(ID(7))))",
			"true true \"7\"\n"},
	})
}

// Pools' results keep a named basic type's identity: a task returning
// an any holding a Temp, or a []Temp, gives back a Temp (it was a
// float64 to the notebook: yaegi gave Temp float64's reflect type, and
// the process pool's values crossed as float64).
func TestNamedBasicPoolResults(t *testing.T) {
	nb, out := executorSession(t, false)
	value(t, nb, `import (
	"fmt"
	"github.com/gofutures/gofutures/executor"
)

type Temp float64

func read(i int) any { return Temp(i) * 1.5 }

func reads(n int) []Temp {
	var out []Temp
	for i := range n {
		out = append(out, Temp(i))
	}
	return out
}

func readsAny(n int) any { return reads(n) }

func show(r any, err error) string {
	_, isT := r.(Temp)
	_, isF := r.(float64)
	_, isTs := r.([]Temp)
	return fmt.Sprintf("%T %v %v %v %v %v", r, r, isT, isF, isTs, err)
}`, 1)
	for _, pool := range []string{"executor.NewThreadPool(2)", "executor.NewProcessPool(1)"} {
		got := value(t, nb, `pool := `+pool+`
a := show(pool.Submit(read, 2).Result())
b := show(pool.Submit(readsAny, 3).Result())
c := show(pool.Submit(reads, 2).Result())
pool.Close()
a + "; " + b + "; " + c`, 2)
		want := "main.Temp 3 true false false <nil>; []main.Temp [0 1 2] false false true <nil>; []main.Temp [0 1] false false true <nil>"
		if got != want {
			t.Errorf("%s:\ngot  %s\nwant %s\n%s", pool, got, want, out.String())
		}
	}
}

// A named basic type keeps its identity when its cell runs again (it is
// the same type: no fresh interpreter), when a later cell declares a
// type from it or instantiates a generic function with it, gives it a
// method, or redefines another, and across a restart that restores the
// values. (The outputs are go run's.)
func TestNamedBasicKeptAndRedefined(t *testing.T) {
	nb := newNotebook(t)
	decls := "import \"fmt\"\ntype Celsius float64\ntype ID int\ntype Level int"
	steps := []struct{ code, want string }{
		{decls, ""},
		{"c := Celsius(21.5)\nhs := []any{ID(4), Celsius(1)}", ""},
		{decls, ""},
		{"type Temp Celsius\nfunc Sum[T ~float64](xs []T) T {\n\tvar s T\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn s\n}\nfmt.Sprintf(\"%T %T %v %v %T\", any(Temp(1)), any(Sum([]Celsius{1, 2})), any(Temp(1)) == any(Celsius(1)), Sum([]Temp{1, 2}), hs[0])",
			"main.Temp main.Celsius false 3 main.ID"},
		{"type Level string\nvar l any = Level(\"x\")\nfmt.Sprintf(\"%T %v %T %v\", l, l == any(\"x\"), hs[0], c)", "main.Level false main.ID 21.5"},
		{"func (c Celsius) String() string { return fmt.Sprintf(\"%.1f°C\", float64(c)) }\nfmt.Sprint(c, \" \", hs[1], \" \", any(c)) + fmt.Sprintf(\" %T\", any(c))", "21.5°C 1.0°C 21.5°C main.Celsius"},
	}
	for i, st := range steps {
		if i == 2 {
			// the same declarations again: the same lowered source, no
			// fresh interpreter
			before := nb.s.Decls()
			if res, e := run(t, nb.s, st.code, 100); e != nil || len(res.Notes) > 0 {
				t.Fatalf("the declarations again: notes %v, error %v", res.Notes, e)
			}
			after := nb.s.Decls()
			for j := range min(len(before), len(after)) {
				if before[j].Src != after[j].Src {
					t.Errorf("the declarations again changed %s: %q, was %q", after[j].Key(), after[j].Src, before[j].Src)
				}
			}
			continue
		}
		if got := nb.cell(st.code); got != st.want {
			t.Errorf("cell %d:\n%s\ngot  %s\nwant %s", i+1, st.code, got, st.want)
		}
	}
	if r := nb.restart(); len(r.Notes) > 0 || len(r.Lost) > 0 {
		t.Fatalf("restart: notes %v, lost %v", r.Notes, r.Lost)
	}
	want := "main.ID main.Celsius false 21.5°C main.Level"
	if got := nb.cell("_, isInt := hs[0].(int)\nfmt.Sprintf(\"%T %T %v %v %T\", hs[0], hs[1], isInt, c, any(Level(\"\")))"); got != want {
		t.Errorf("after the restart: got %s, want %s", got, want)
	}
}

// Comparing two interfaces holding one uncomparable struct or array type
// panics naming that type, as Go's runtime does (it named the type of
// the field that was not comparable, []string).
func TestUncomparableStructInInterfaces(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\ntype Named struct {\n\tName string\n\tTags []string\n}\ntype Outer struct{ N any }\nfunc tryCompare(a, b any) (res string) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\t_, isRE := r.(interface{ RuntimeError() })\n\t\t\tres = fmt.Sprintf(\"%v %T %v\", r, r, isRE)\n\t\t}\n\t}()\n\treturn fmt.Sprint(a == b)\n}", ""},
		{"fmt.Println(tryCompare(Named{\"a\", nil}, Named{\"a\", nil}))\nfmt.Println(tryCompare(Outer{Named{}}, Outer{Named{}}))\nfmt.Println(tryCompare([2]Named{}, [2]Named{}))\nfmt.Println(tryCompare([]int{1}, []int{1}))\nfmt.Println(tryCompare(Named{}, 1))",
			"runtime error: comparing uncomparable type main.Named runtime.errorString true\nruntime error: comparing uncomparable type main.Named runtime.errorString true\nruntime error: comparing uncomparable type [2]main.Named runtime.errorString true\nruntime error: comparing uncomparable type []int runtime.errorString true\nfalse\n"},
	})
}

// Untyped constants meet values of named basic types as values of those
// types: in comparisons, operations, switch cases, map keys, loops and
// composites (the interpreter compared a Slug with a string constant as
// a string, never equal, and a map of Slug keys refused one). A switch
// on an any tells an ID(1) case from a 1 case. (The outputs are go
// run's.)
func TestNamedBasicUntypedConstants(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\ntype Slug string\ntype ID int\ntype C float64\ntype F bool\ntype U uint8\nconst K = 3\nconst S = \"a\"\nconst Half C = 0.5\nfunc label(v any) string {\n\tswitch v {\n\tcase 1:\n\t\treturn \"int\"\n\tcase ID(1):\n\t\treturn \"id\"\n\tcase Slug(\"a\"):\n\t\treturn \"slug\"\n\t}\n\treturn \"none\"\n}", ""},
		{"s, i, c, f, u := Slug(\"a\"), ID(3), C(2.5), F(true), U(7)\nfmt.Println(s == \"a\", \"a\" == s, s != \"a\", s == S, i == 3, 3 == i, i != 3, i == K, c == 2.5, c != 2.5, f == true, u == 7, s < \"b\", i < 4, i >= 3)\nfmt.Println(s+\"x\" == \"ax\", i+1 == 4, i*2 == 6, c*2 == 5, -i == -3, i%2 == 1, i<<1 == 6, !f == false, c*Half == 1.25, min(c, 1) == 1)",
			"true true false true true true false true true false true true true true true\ntrue true true true true true true true true true\n"},
		{"switch s {\ncase \"a\":\n\tfmt.Println(\"sw a\")\ndefault:\n\tfmt.Println(\"sw default\")\n}\nfor s == \"a\" {\n\ts = \"b\"\n}\nm := map[Slug]int{\"a\": 1}\nm[\"b\"] += 2\nsl := []Slug{\"x\", S}\nsl = append(sl, \"y\")\nfmt.Println(s, m[\"a\"], m[s], sl, len(sl[2]), label(1), label(ID(1)), label(Slug(\"a\")), label(\"a\"))",
			"sw a\nb 1 2 [x a y] 1 int id slug none\n"},
		{"fmt.Println(min(C(-4), 0), max(C(1), 2.5, Half), min(i, 200, 1000))", "-4 2.5 3\n"},
	})
}

// Values of a named integer type index and slice slices, arrays and
// strings, in functions and statements, through the lowering's checks of
// indexes (which take ints) and without them. (The outputs are go
// run's.)
func TestNamedBasicIndexes(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\ntype ID int\ntype Small uint8\nxs := []string{\"a\", \"b\", \"c\", \"d\"}\nid := ID(2)\nfunc get() []string { return xs }\nvar grid [3][3]int\nfunc at(xs []string, id ID) string { x := xs; return x[id] + xs[id:][0] }\nfunc at5(a [3]int, id ID) int { return a[id] }\nfunc at6(s string, id ID) byte { return s[id] }", ""},
		{"fmt.Println(at(xs, 1), at5([3]int{4, 5, 6}, 1), at6(\"abc\", 1))\nfmt.Println(get()[id], get()[id:], get()[:id], get()[1:id:id+1], xs[1:id:id+1])\nxs[id] = \"z\"\ngrid[id][id] = 7\nfmt.Println(xs, grid, \"hello\"[id], \"hello\"[id:], Small(3), xs[Small(1)])\narr := &[4]int{1, 2, 3, 4}\nfmt.Println(arr[id], arr[id:])\nfor i := ID(0); i < 3; i++ {\n\tfmt.Print(xs[i])\n}\nfmt.Println()\nfunc() {\n\tdefer func() { fmt.Println(recover()) }()\n\tbad := ID(9)\n\tfmt.Println(xs[bad])\n}()",
			"bb 5 98\nc [c d] [a b] [b] [b]\n[a b z d] [[0 0 0] [0 0 0] [0 0 7]] 108 llo 3 b\n3 [3 4]\nabz\nruntime error: index out of range [9] with length 4\n"},
	})
}

// A named basic type that gets methods in a later cell: a value put in
// an any before (bare) and one put there after (in yaegi's wrapper) are
// one type and equal, as assertions, ==, %T and map keys see them.
// (The outputs are go run's.)
func TestNamedBasicMethodsLater(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\ntype Slug string\nvar early any = Slug(\"a\")", ""},
		{"func (s Slug) Loud() Slug { return s + \"!\" }", ""},
		{"s := Slug(\"a\")\nlate := any(s)\nfmt.Println(s == \"a\", s.Loud(), s.Loud() == \"a!\", early == late, early == any(Slug(\"a\")), late == any(\"a\"))\nfor _, v := range []any{early, late, \"a\"} {\n\t_, isS := v.(Slug)\n\t_, isStr := v.(string)\n\tfmt.Printf(\"%T %v %v; \", v, isS, isStr)\n}\nfmt.Println()\nm := map[any]int{early: 1}\nm[late]++\nm[\"a\"]++\nfmt.Println(len(m), m[Slug(\"a\")], early.(Slug).Loud())",
			"true a! true true true false\nmain.Slug true false; main.Slug true false; string false true; \n2 2 a!\n"},
	})
}
