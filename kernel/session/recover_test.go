package session

import "testing"

// Panics recovered where a program recovers them read as Go's runtime
// errors: a division by zero in a function a map holds, a constant index
// out of range of a slice (the lowering had left constant indexes to the
// checker, which sees only arrays'), a nil map write and a nil pointer
// dereference in goroutines; interfaces embedding interfaces, method
// values of interface values.
func TestRecoveredRuntimeErrors(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import (\n\t\"fmt\"\n\t\"runtime\"\n\t\"sort\"\n\t\"sync\"\n)\n\ntype Op func(int, int) int\ntype Calc struct {\n\tops  map[string]Op\n\tlog  func(string)\n\thist []string\n}\nfunc NewCalc() *Calc {\n\tc := &Calc{ops: map[string]Op{\"+\": func(a, b int) int { return a + b }, \"/\": func(a, b int) int { return a / b }}}\n\tc.log = func(s string) { c.hist = append(c.hist, s) }\n\treturn c\n}\nfunc (c *Calc) Do(op string, a, b int) (res int, err error) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\terr = fmt.Errorf(\"calc %d %s %d: %v\", a, op, b, r)\n\t\t\tif re, ok := r.(runtime.Error); ok {\n\t\t\t\tc.log(\"runtime: \" + re.Error())\n\t\t\t}\n\t\t}\n\t}()\n\tf, ok := c.ops[op]\n\tif !ok {\n\t\tpanic(\"unknown op \" + op)\n\t}\n\tc.log(op)\n\treturn f(a, b), nil\n}\ntype Shape interface{ Area() float64 }\ntype Named interface{ Shape; Name() string }\ntype Sq struct{ s float64 }\nfunc (q *Sq) Area() float64 { return q.s * q.s }\nfunc (q *Sq) Name() string { return \"sq\" }\nfunc safeGo(wg *sync.WaitGroup, errs chan<- error, f func()) {\n\twg.Add(1)\n\tgo func() {\n\t\tdefer wg.Done()\n\t\tdefer func() {\n\t\t\tif r := recover(); r != nil {\n\t\t\t\terrs <- fmt.Errorf(\"recovered: %v\", r)\n\t\t\t}\n\t\t}()\n\t\tf()\n\t}()\n}\nvar _ = sort.Strings\n", ""},
		{"c := NewCalc()\nfmt.Println(c.Do(\"+\", 1, 2))\nfmt.Println(c.Do(\"/\", 1, 0))\nfmt.Println(c.Do(\"%\", 1, 2))\nfmt.Println(c.hist)", "3 <nil>\n0 calc 1 / 0: runtime error: integer divide by zero\n0 calc 1 % 2: unknown op %\n[+ / runtime: runtime error: integer divide by zero]\n"},
		{"var n Named = &Sq{2}\nvar s Shape = n\narea := s.Area\nfmt.Println(area(), n.Name())\nif nn, ok := s.(Named); ok { fmt.Println(\"named\", nn.Name()) }\nvar wg sync.WaitGroup\nerrs := make(chan error, 3)\nsafeGo(&wg, errs, func() { var m map[string]int; m[\"x\"] = 1 })\nsafeGo(&wg, errs, func() { var a []int; _ = a[3] })\nsafeGo(&wg, errs, func() { var p *Sq; _ = p.s })\nwg.Wait()\nclose(errs)\nvar msgs []string\nfor e := range errs { msgs = append(msgs, e.Error()) }\nsort.Strings(msgs)\nfor _, m := range msgs { fmt.Println(m) }", "4 sq\nnamed sq\nrecovered: assignment to entry in nil map\nrecovered: runtime error: index out of range [3] with length 0\nrecovered: runtime error: invalid memory address or nil pointer dereference\n"},
	})
}
