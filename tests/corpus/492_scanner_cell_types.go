//go:build ignore

// fmt.Scanner implemented by the notebook's types: a named float with a
// unit suffix, a struct read as "a..b", and an enum read from a word,
// scanned by Sscan, Sscanf with %v and Fscanln into variables, slice
// elements and fields reached through pointers, errors included.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Volts float64

func (v *Volts) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, nil)
	if err != nil {
		return err
	}
	s := strings.TrimSuffix(string(tok), "V")
	var f float64
	if _, err := fmt.Sscan(s, &f); err != nil {
		return fmt.Errorf("volts %q: %w", tok, err)
	}
	*v = Volts(f)
	return nil
}

type Band struct{ Min, Max Volts }

func (b *Band) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	lo, hi, ok := strings.Cut(string(tok), "..")
	if !ok {
		return fmt.Errorf("band %q: no ..", tok)
	}
	_, err = fmt.Sscan(lo+" "+hi, &b.Min, &b.Max)
	return err
}

type Mode int

const (
	Idle Mode = iota
	Charge
	Drain
)

var modeNames = []string{"idle", "charge", "drain"}

func (m Mode) String() string { return modeNames[m] }

func (m *Mode) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, nil)
	if err != nil {
		return err
	}
	for i, n := range modeNames {
		if n == string(tok) {
			*m = Mode(i)
			return nil
		}
	}
	return fmt.Errorf("unknown mode %q", tok)
}

type Cell struct {
	Name string
	Mode Mode
	Safe Band
	Now  Volts
}

//cell

func parseCells(text string) ([]*Cell, []error) {
	var cells []*Cell
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		c := &Cell{}
		_, err := fmt.Sscanf(sc.Text(), "%s %v %v %v", &c.Name, &c.Mode, &c.Safe, &c.Now)
		if err != nil {
			errs = append(errs, fmt.Errorf("line %q: %w", sc.Text(), err))
			continue
		}
		cells = append(cells, c)
	}
	return cells, errs
}

//cell

func main() {
	cells, errs := parseCells("a1 charge 3.0V..4.2V 3.7V\nb2 drain 2.5..4.1 2.4V\nc3 boost 1..2 1\nd4 idle 3V 3V\n")
	for _, c := range cells {
		fmt.Printf("%-3s %-6v %v..%v now %v in band: %t\n", c.Name, c.Mode, c.Safe.Min, c.Safe.Max, c.Now, c.Now >= c.Safe.Min && c.Now <= c.Safe.Max)
	}
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	readings := make([]Volts, 3)
	n, err := fmt.Sscan("1.5V 2V 9.25V", &readings[0], &readings[1], &readings[2])
	fmt.Println(n, err, readings)
	var m Mode
	var b Band
	n, err = fmt.Fscanln(strings.NewReader("drain 0..5\n"), &m, &b)
	fmt.Println(n, err, m, b)
	_, err = fmt.Sscan("x1V", &readings[0])
	fmt.Println(err)
}
