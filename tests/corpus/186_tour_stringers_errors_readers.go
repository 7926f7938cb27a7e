//go:build ignore

// Methods and interfaces in the manner of A Tour of Go, with types and
// data of our own: methods with value and pointer receivers, a Sizer held
// by values of several types, interface values holding nil pointers and a
// float type, the empty interface and type switches, Stringers, an error
// with a time in it; and exercises like the Tour's: a Stringer for a
// version triple, an error type for logarithms of non-positive numbers,
// an atbash io.Reader wrapping another reader, and a reader of endless
// dashes.
package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"time"
)

type Version [3]byte

func (v Version) String() string {
	return fmt.Sprintf("v%d.%d.%d", v[0], v[1], v[2])
}

//cell

type ErrLogDomain float64

func (e ErrLogDomain) Error() string {
	return fmt.Sprintf("log2 is undefined for %v", float64(e))
}

// Log2 halves or doubles x into [1, 2), counting the steps, then adds
// the fraction from a short series of squarings.
func Log2(x float64) (float64, error) {
	if x <= 0 {
		return 0, ErrLogDomain(x)
	}
	whole := 0.0
	for x >= 2 {
		x /= 2
		whole++
	}
	for x < 1 {
		x *= 2
		whole--
	}
	frac, bit := 0.0, 0.5
	for range 40 {
		x *= x
		if x >= 2 {
			x /= 2
			frac += bit
		}
		bit /= 2
	}
	return whole + frac, nil
}

//cell

type atbashReader struct {
	src io.Reader
}

func mirror(b byte) byte {
	switch {
	case 'a' <= b && b <= 'z':
		return 'z' - (b - 'a')
	case 'A' <= b && b <= 'Z':
		return 'Z' - (b - 'A')
	}
	return b
}

func (a atbashReader) Read(p []byte) (int, error) {
	n, err := a.src.Read(p)
	for i := 0; i < n; i++ {
		p[i] = mirror(p[i])
	}
	return n, err
}

type Dashes struct{}

func (Dashes) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = '-'
	}
	return len(b), nil
}

//cell

type Rect struct {
	W, H float64
}

func (r Rect) Size() float64 {
	return r.W * r.H
}

func (r *Rect) Grow(by float64) {
	r.W *= by
	r.H *= by
}

type Offset float64

func (o Offset) Size() float64 {
	return math.Abs(float64(o))
}

type Sizer interface {
	Size() float64
}

//cell

type Speaker interface {
	Speak()
}

type Robot struct {
	Model string
}

func (r *Robot) Speak() {
	if r == nil {
		fmt.Println("(silent: no robot)")
		return
	}
	fmt.Println("beep from", r.Model)
}

type Tone float64

func (t Tone) Speak() {
	fmt.Println("tone", t)
}

func inspect(s Speaker) {
	fmt.Printf("[%v; %T]\n", s, s)
}

func inspectAny(v interface{}) {
	fmt.Printf("[%v; %T]\n", v, v)
}

func react(v interface{}) {
	switch x := v.(type) {
	case int:
		fmt.Printf("%v plus ten is %v\n", x, x+10)
	case string:
		fmt.Printf("%q upper-cased is %q\n", x, strings.ToUpper(x))
	default:
		fmt.Printf("nothing to do with a %T\n", x)
	}
}

//cell

type Planet struct {
	Name  string
	Moons int
}

func (p Planet) String() string {
	return fmt.Sprintf("%s with %d moons", p.Name, p.Moons)
}

type DeployError struct {
	At      time.Time
	Service string
}

func (e *DeployError) Error() string {
	return fmt.Sprintf("deploy of %s failed at %v", e.Service, e.At)
}

func deploy() error {
	return &DeployError{
		time.Date(2021, 3, 14, 9, 26, 53, 0, time.UTC),
		"billing",
	}
}

//cell

func main() {
	releases := map[string]Version{
		"stable": {1, 22, 4},
		"beta":   {2, 0, 0},
	}
	for _, ch := range []string{"beta", "stable"} {
		fmt.Printf("%v: %v\n", ch, releases[ch])
	}
	fmt.Println(releases["stable"], []Version{{0, 9, 1}})
	fmt.Printf("%s|%q|%x\n", releases["beta"], Version{3, 1, 4}, Version{16, 32, 255})

	for _, x := range []float64{8, 0, 10, -3} {
		l, err := Log2(x)
		if err != nil {
			fmt.Println("error:", err)
			var dom ErrLogDomain
			if errors.As(err, &dom) {
				fmt.Printf("bad input %.1f (%T)\n", float64(dom), dom)
			}
			continue
		}
		fmt.Printf("Log2(%g) = %.6f (math: %.6f)\n", x, l, math.Log2(x))
	}
	wrapped := fmt.Errorf("stage 2: %w", ErrLogDomain(-1))
	fmt.Println(wrapped, errors.Is(wrapped, ErrLogDomain(-1)))

	src := strings.NewReader("Ovggvih hvvm rm z nriili!\n")
	ar := atbashReader{src}
	io.Copy(os.Stdout, &ar)
	b, _ := io.ReadAll(atbashReader{strings.NewReader("Draziw lu ovggvih")})
	fmt.Println(string(b))

	buf := make([]byte, 6)
	var rd io.Reader = Dashes{}
	n, err := rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	some, _ := io.ReadAll(io.LimitReader(Dashes{}, 3))
	fmt.Printf("%q\n", some)

	r := Rect{2, 5}
	r.Grow(3)
	fmt.Println(r.Size())
	pr := &r
	pr.Grow(0.5)
	fmt.Println(pr.Size(), r)

	var s Sizer
	o := Offset(-2.5)
	s = o
	fmt.Println(s.Size())
	s = &r
	fmt.Println(s.Size())
	s = r
	fmt.Println(s.Size())
	fmt.Printf("%v %T\n", s, s)

	var sp Speaker
	var rb *Robot
	sp = rb
	inspect(sp)
	sp.Speak()
	sp = &Robot{"R2"}
	inspect(sp)
	sp.Speak()
	sp = Tone(440.5)
	inspect(sp)
	sp.Speak()
	var nobody Speaker
	inspect(nobody)
	fmt.Println(nobody == nil, sp != nil)

	var v interface{}
	inspectAny(v)
	v = 7
	inspectAny(v)
	v = "gopher"
	inspectAny(v)
	var ok bool
	var word string
	word, ok = v.(string)
	fmt.Println(word, ok)
	num, ok := v.(int)
	fmt.Println(num, ok)
	react(5)
	react("quiet")
	react(2.5)

	mars := Planet{"Mars", 2}
	earth := Planet{"Earth", 1}
	fmt.Println(mars, earth)
	if err := deploy(); err != nil {
		fmt.Println(err)
	}
	var robot *Robot
	var spk Speaker = robot
	fmt.Println(spk == nil, robot == nil)
}
