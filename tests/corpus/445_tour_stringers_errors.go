//go:build ignore

// Methods and interfaces in the manner of A Tour of Go, with types of our
// own: a Stringer on an RGB [3]byte type printed from a map, a Measurer
// interface met by a float type and by a pointer-receiver method that
// handles a nil receiver, the empty interface, type switches, an error
// type holding a time and a sensor name, and a fourth-root function whose
// float64 error type converts itself before formatting.
package main

import (
	"fmt"
	"math"
	"time"
)

//cell

type RGB [3]byte

func (c RGB) String() string {
	return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2])
}

type Measurer interface {
	Measure() float64
}

type Celsius float64

func (c Celsius) Measure() float64 {
	return float64(c)*9/5 + 32
}

type Plank struct{ Length, Width float64 }

func (p *Plank) Measure() float64 {
	if p == nil {
		return 0
	}
	return p.Length * p.Width
}

//cell

type StaleReading struct {
	At     time.Time
	Sensor string
}

func (e *StaleReading) Error() string {
	return fmt.Sprintf("sensor %s: last reading %v is stale", e.Sensor, e.At.Format("Jan 2 15:04"))
}

func poll(sensor string) error {
	return &StaleReading{time.Date(2023, 6, 21, 4, 45, 0, 0, time.UTC), sensor}
}

type ErrEvenRootOfNegative float64

func (e ErrEvenRootOfNegative) Error() string {
	return fmt.Sprintf("no real fourth root of %v", float64(e))
}

// FourthRoot finds y with y*y*y*y == x by Newton's method.
func FourthRoot(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrEvenRootOfNegative(x)
	}
	y := 1.0
	for range 30 {
		y -= (y*y*y*y - x) / (4 * y * y * y)
	}
	return y, nil
}

//cell

func classify(v any) {
	switch x := v.(type) {
	case int:
		fmt.Printf("an int, squared %v\n", x*x)
	case string:
		fmt.Printf("a string of %d runes: %q\n", len([]rune(x)), x)
	case fmt.Stringer:
		fmt.Printf("something printable: %v\n", x)
	default:
		fmt.Printf("no case for %T\n", x)
	}
}

func show(m Measurer) {
	fmt.Printf("[%v as %T]\n", m, m)
}

//cell

func main() {
	palette := map[string]RGB{
		"teal":   {0, 128, 128},
		"orange": {255, 165, 0},
	}
	for _, name := range []string{"teal", "orange"} {
		fmt.Printf("%s = %v\n", name, palette[name])
	}
	fmt.Println(palette)

	var m Measurer
	c := Celsius(-40)
	p := Plank{2.5, 0.2}
	m = c
	show(m)
	fmt.Println(m.Measure())
	m = &p
	fmt.Println(m.Measure())
	var none *Plank
	m = none
	show(m)
	fmt.Println(m.Measure(), m != nil)

	classify(12)
	classify("héllo")
	classify(RGB{10, 20, 30})
	classify(3.5)

	var box any = "crate"
	s, ok := box.(string)
	fmt.Println(s, ok)
	n, ok := box.(int)
	fmt.Println(n, ok)

	if err := poll("north-7"); err != nil {
		fmt.Println(err)
	}
	r, err := FourthRoot(81)
	fmt.Printf("%.6f %v\n", r, err)
	fmt.Println(FourthRoot(-16))
	_, err = FourthRoot(-0.5)
	if e, ok := err.(ErrEvenRootOfNegative); ok {
		fmt.Printf("%T %v %.2f %v\n", e, e, float64(e), math.Abs(float64(e)))
	}
}
