package check

import "testing"

// An assignment of several values from one expression whose targets
// include a map's element stores the value in the map, from a call, a
// comma-ok index, assertion or receive, in a function, a generic one and
// a cell's statements (yaegi v0.16.1 left the map as it was and set the
// other targets).
func TestTupleAssignToMapElement(t *testing.T) {
	runSteps(t,
		step{"import \"strconv\"\ntype C int\nfunc (c C) String() string { return fmt.Sprintf(\"<%d>\", int(c)) }\nfunc two() (C, error) { return 5, nil }\nfunc load[K comparable](m map[K]int, k K, s string) error {\n\tvar err error\n\tm[k], err = strconv.Atoi(s)\n\treturn err\n}\nfunc f() {\n\tm := map[string]C{}\n\tsrc := map[string]C{\"y\": 4}\n\tvar ok bool\n\tm[\"x\"], ok = src[\"y\"]\n\tvar a any = C(3)\n\tm[\"t\"], ok = a.(C)\n\tch := make(chan C, 1)\n\tch <- 8\n\tm[\"c\"], ok = <-ch\n\tvar err error\n\tm[\"a\"], err = two()\n\tfmt.Println(m, ok, err)\n}", ""},
		step{"f()\nnums := map[rune]int{}\nfmt.Println(load(nums, 'a', \"12\"), load(nums, 'b', \"x\") != nil, nums)\ncounts := map[string]int{}\nvar err error\nfor i, s := range []string{\"3\", \"4\"} {\n\tkey := fmt.Sprint(\"k\", i)\n\tcounts[key], err = strconv.Atoi(s)\n}\ncounts[\"z\"], _ = strconv.Atoi(\"26\")\nfmt.Println(counts, err)\nerrs := map[string]error{}\nvar n int\nn, errs[\"q\"] = strconv.Atoi(\"q\")\nfmt.Println(n, errs)",
			"map[a:<5> c:<8> t:<3> x:<4>] true <nil>\n<nil> true map[97:12 98:0]\nmap[k0:3 k1:4 z:26] <nil>\n0 map[q:strconv.Atoi: parsing \"q\": invalid syntax]\n"},
	)
}
