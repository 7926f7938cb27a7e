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
