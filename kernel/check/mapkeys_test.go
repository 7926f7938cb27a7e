package check

import "testing"

// A map keyed by an interface a cell declares finds a key by its value,
// whatever the key was converted from, and takes a bare value as a key;
// so does a map keyed by any a value of a cell type with methods: yaegi
// v0.16.1 compared its own records of the values (equal values were
// different keys) and refused a bare value as a key of map[Speaker]int
// (mapkeys.go, rt.MapKey).
func TestInterfaceMapKeys(t *testing.T) {
	runSteps(t,
		step{"type Speaker interface{ Speak() string }\ntype Dog struct{}\ntype Cow struct{ Name string }\nfunc (Dog) Speak() string { return \"Woof\" }\nfunc (c Cow) Speak() string { return c.Name + \" says Moo\" }", ""},
		step{"counts := map[Speaker]int{}\nfor _, s := range []Speaker{Dog{}, Cow{\"Bess\"}, Dog{}, Cow{\"Daisy\"}, Cow{\"Bess\"}} {\n\tcounts[s]++\n}\nfmt.Println(counts[Dog{}], counts[Cow{\"Bess\"}], counts[Cow{\"Daisy\"}], len(counts))\ndelete(counts, Dog{})\nseen := map[any]bool{Dog{}: true}\nfmt.Println(len(counts), seen[Dog{}], seen[Cow{}])\nfmt.Println(counts)", "2 2 1 3\n2 true false\nmap[{Bess}:2 {Daisy}:1]\n"},
		step{"lit := map[Speaker]string{Dog{}: \"d\", Cow{\"x\"}: \"c\"}\nv, ok := lit[Cow{\"x\"}]\n_, ok2 := lit[Cow{\"y\"}]\nvar s Speaker = Cow{\"x\"}\nlit[s] += \"!\"\nlit[nil] = \"none\"\nfmt.Println(v, ok, ok2, lit[Cow{\"x\"}], lit[nil], len(lit))", "c true false c! none 3\n"},
	)
}

// A map keyed by a compiled interface (error, fmt.Stringer), or by an
// array of one, takes values of cells' types as keys, one key for equal
// values, beside compiled values; the keys read back assert to their
// types and print sorted; a key of a type that is not comparable panics
// as Go's: yaegi v0.16.1 refused a bare value as a key ("not assignable
// to type error") and could not hash its wrappers of the values
// (rt.CompiledKey).
func TestCompiledInterfaceMapKeys(t *testing.T) {
	runSteps(t,
		step{"type E struct{ c int }\nfunc (e E) Error() string { return fmt.Sprint(\"e\", e.c) }\ntype S string\nfunc (s S) String() string { return \"S:\" + string(s) }\ntype T struct{ s []int }\nfunc (T) Error() string { return \"t\" }", ""},
		step{"counts := map[error]int{E{2}: 1}\ncounts[E{1}]++\ncounts[E{1}]++\nvar k error = E{2}\ncounts[k] += 10\ncounts[io.EOF]++\nv, ok := counts[E{3}]\nfmt.Println(len(counts), counts[E{1}], counts[E{2}], counts[io.EOF], v, ok)\ndelete(counts, io.EOF)\nfmt.Println(counts)\nfor k := range counts {\n\tif e, ok := k.(E); ok && e.c == 1 {\n\t\tfmt.Println(\"E\", errors.Is(k, E{1}))\n\t}\n}", "3 2 11 1 0 false\nmap[e1:2 e2:11]\nE true\n"},
		step{"m := map[fmt.Stringer]int{S(\"b\"): 1, S(\"a\"): 2}\nm[S(\"a\")]++\narr := map[[2]error]int{}\narr[[2]error{E{1}, nil}]++\narr[[2]error{E{1}, nil}]++\nfmt.Println(m, len(arr))", "map[S:a:3 S:b:1] 1\n"},
		step{"func() {\n\tdefer func() { fmt.Println(recover()) }()\n\tm := map[error]int{}\n\tm[T{}]++\n}()", "runtime error: hash of unhashable type main.T\n"},
		// a key of a cell's interface: yaegi passed its record to compiled code bare
		step{"type Coded interface {\n\terror\n\tCode() int\n}\nfunc (e E) Code() int { return e.c }", ""},
		step{"var cd Coded = E{4}\nbyCode := map[error]int{E{4}: 1}\nbyCode[cd]++\nfmt.Println(len(byCode), byCode[cd])\nfor k := range byCode {\n\tfmt.Println(k, k.(E).c, k.(Coded).Code())\n}", "1 2\ne4 4 4\n"},
		step{"var cd5 Coded = E{5}\nfirst := map[error]int{}\nfirst[cd5]++\nfirst[E{5}]++\nfor k, n := range first {\n\tfmt.Println(k, k.(E).c, n)\n}", "e5 5 2\n"},
	)
}

// rt's keys of values of cells' types are not kept once no map holds
// them: a loop that keyed maps by 20000 distinct errors and dropped them
// kept some 50 MB (each key's first wrapper, and yaegi's closures in it).
func TestCompiledInterfaceMapKeysFreed(t *testing.T) {
	runSteps(t,
		step{"type E struct{ c int }\nfunc (e E) Error() string { return fmt.Sprint(\"e\", e.c) }\nfunc heapMB() int {\n\truntime.GC()\n\truntime.GC()\n\tvar ms runtime.MemStats\n\truntime.ReadMemStats(&ms)\n\treturn int(ms.HeapAlloc >> 20)\n}", ""},
		step{"before := heapMB()\nfunc() {\n\tm := map[error]int{}\n\tfor i := 0; i < 20000; i++ {\n\t\tm[E{i}]++\n\t}\n}()\ngrown := heapMB() - before\nif grown >= 10 {\n\tfmt.Println(\"grown MB:\", grown)\n}\nfmt.Println(grown < 10)", "true\n"},
	)
}

// A map keyed by a struct or an array holding interfaces (a cell's, or
// any) finds a key by its value when the interfaces hold values of
// cells' types, as Go's, also nested and in an any key: yaegi v0.16.1
// hashed its records of the values the key held (equal keys made twice
// were two keys: map[Tagged]int counted Tagged{"a", Sq{2}} twice).
func TestStructKeysHoldingInterfaces(t *testing.T) {
	runSteps(t,
		step{"type Shape interface{ Area() float64 }\ntype Sq struct{ S float64 }\nfunc (s Sq) Area() float64 { return s.S * s.S }\ntype Tagged struct {\n\tName  string\n\tShape Shape\n}\ntype pair struct{ a, b any }", ""},
		step{`m := map[Tagged]int{{"a", Sq{2}}: 1}
m[Tagged{"a", Sq{2}}]++
m[Tagged{"a", Sq{3}}]++
t := Tagged{"a", Sq{2}}
v, ok := m[t]
delete(m, Tagged{"a", Sq{3}})
fmt.Println(len(m), v, ok, m[Tagged{}])`, "1 2 true 0\n"},
		step{`m2 := map[pair]int{}
m2[pair{Sq{1}, 2}]++
m2[pair{Sq{1}, 2}]++
m2[pair{1, "x"}]++
m2[pair{1, "x"}]++
m3 := map[[2]Shape]int{}
m3[[2]Shape{Sq{1}, Sq{2}}]++
m3[[2]Shape{Sq{1}, Sq{2}}]++
type wrap struct{ t Tagged }
m5 := map[wrap]int{}
m5[wrap{Tagged{"a", Sq{2}}}]++
m5[wrap{Tagged{"a", Sq{2}}}]++
s := map[any]int{}
s[Tagged{"a", Sq{2}}]++
s[Tagged{"a", Sq{2}}]++
fmt.Println(len(m2), m2[pair{Sq{1}, 2}], len(m3), len(m5), len(s))`, "2 2 1 1 1\n"},
	)
}

// A value of a notebook type Go cannot hash (a func type with methods)
// as a key of a map keyed by a notebook interface panics as Go's map
// does.
func TestMapKeyUnhashableCellType(t *testing.T) {
	runStepsNoFrames(t,
		step{"import \"fmt\"\ntype Observer interface{ Notify(string) }\ntype ObserverFunc func(string)\nfunc (f ObserverFunc) Notify(s string) { f(s) }\ntype Named struct{ n string }\nfunc (n Named) Notify(string) {}\nfunc add(m map[Observer]bool, o Observer) {\n\tdefer func() { fmt.Println(recover()) }()\n\tm[o] = true\n}", ""},
		step{"m := map[Observer]bool{}\nadd(m, Named{\"a\"})\nadd(m, ObserverFunc(func(string) {}))\nfmt.Println(len(m))", "<nil>\nruntime error: hash of unhashable type main.ObserverFunc\n1\n"},
	)
}
