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

// Pointers to cell types reach fmt's scanning functions through an any
// (a helper's ...any handed on, a pointer kept in an any): fmt scans
// into the pointer, by the type's Scan method where it has one, as in
// Go (each want is what go run prints).
func TestFmtScanThroughAny(t *testing.T) {
	runSteps(t,
		step{`import "fmt"
type Taker interface{ Take(n int) }
func scanf(line, f string, dst ...any) (int, error) { return fmt.Sscanf(line, f, dst...) }
func scanInto(line string, dst ...any) error {
	n, err := fmt.Sscan(line, dst...)
	if err != nil {
		return fmt.Errorf("scanned %d of %d: %w", n, len(dst), err)
	}
	return nil
}`, ""},
		step{`type Percent float64
func (p *Percent) Scan(st fmt.ScanState, verb rune) error {
	var f float64
	if _, err := fmt.Fscanf(st, "%g%%", &f); err != nil {
		return err
	}
	*p = Percent(f / 100)
	return nil
}
type Stock int
func (s *Stock) Take(n int) { *s -= Stock(n) }`, ""},
		step{`var tax, tip Percent
var label string
err := scanInto("dinner 8% 12.5%", &label, &tax, &tip)
fmt.Println(label, tax, tip, err)
var slot any = &tip
n, err := fmt.Sscan("20%", slot)
fmt.Println(n, err, tip)
var pens Stock
err = scanInto("40", &pens)
pens.Take(3)
fmt.Println(pens, err)
var w int
slot = &w
n, err = fmt.Sscanf("7", "%d", slot)
fmt.Println(n, err, w)
var tk Taker = &pens
n, err = fmt.Sscan("9", tk)
fmt.Println(n, err, pens)
n, err = scanf("5% 3", "%v %d", &tax, &pens)
fmt.Println(n, err, tax, pens)`,
			"dinner 0.08 0.125 <nil>\n1 <nil> 0.2\n37 <nil>\n1 <nil> 7\n1 <nil> 9\n2 <nil> 0.05 3\n"},
	)
}
