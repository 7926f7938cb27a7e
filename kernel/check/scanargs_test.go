package check

import "testing"

// Values of cell types with a Scan method (fmt.Scanner) are scanned by
// it, as in Go, by fmt's scanning functions (each want is what go run
// prints).
func TestFmtScannerCellTypes(t *testing.T) {
	runSteps(t,
		step{`import ("fmt"; "strings")
type Celsius float64
func (c *Celsius) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, nil)
	if err != nil {
		return err
	}
	var f float64
	_, err = fmt.Sscanf(string(tok), "%gC", &f)
	*c = Celsius(f)
	return err
}
type Span struct{ Lo, Hi int }
func (s *Span) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "%d..%d", &s.Lo, &s.Hi)
	return err
}
type Probe struct {
	T   Celsius
	Win Span
}`, ""},
		step{`var c Celsius
cs := make([]Celsius, 2)
n, err := fmt.Sscan("21.5C -4C 7C", &c, &cs[0], &cs[1])
fmt.Println(n, err, c, cs)
var p Probe
n, err = fmt.Sscanf("t=3C w=2..9", "t=%v w=%v", &p.T, &p.Win)
fmt.Println(n, err, p)
pp := &Probe{}
n, err = fmt.Fscanln(strings.NewReader("8C 1..2\n"), &pp.T, &pp.Win)
fmt.Println(n, err, *pp)
_, err = fmt.Sscan("warm", &c)
fmt.Println(err, c)`,
			"3 <nil> 21.5 [-4 7]\n2 <nil> {3 {2 9}}\n2 <nil> {8 {1 2}}\nstrconv.ParseFloat: parsing \"\": invalid syntax 0\n"},
	)
}
