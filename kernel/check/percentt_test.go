package check

import "testing"

// An argument that a format hands both to %T and to other verbs
// (%[1]v %[1]T) prints as in Go: its value by its methods and its type
// by its Go name (each want is what go run prints).
func TestFmtPercentTShared(t *testing.T) {
	runSteps(t,
		step{`import "fmt"
type Temp float64
func (t Temp) String() string { return fmt.Sprintf("%.1fC", float64(t)) }
type Spot struct{ X, Y int }
func (s *Spot) String() string { return "spot" }`, ""},
		step{`t := Temp(2)
var a any = Spot{1, 2}
var e error
fmt.Printf("%[1]v %[1]T\n", t)
fmt.Printf("%T=%[1]v %v|\n", t, 3)
fmt.Printf("%[2]v(%[2]T) %[1]d %v\n", 7, a)
fmt.Printf("%[1]T %[1]v %[1]T %-14[1]T|\n", &Spot{})
fmt.Printf("%[2]v %[1]v %T %v|\n", 7, t, 8)
fmt.Printf("%[1]v %[1]T %[2]v %[2]T\n", e, []Temp{1})
s := fmt.Sprintf("%[1]q (%[1]T)", struct{ T Temp }{3})
fmt.Println(s)
fmt.Printf("%v %[1]T %*d|%[1]T %.*[3]f|\n", t, 5, 42, 1.5)`,
			"2.0C main.Temp\nmain.Temp=2.0C 3|\n{1 2}(main.Spot) 7 {1 2}\n*main.Spot spot *main.Spot *main.Spot    |\n" +
				"2.0C 7 main.Temp 8|\n<nil> <nil> [1.0C] []main.Temp\n{\"3.0C\"} (struct { T main.Temp })\n2.0C main.Temp    42|main.Temp %!f(int=00042)|\n"},
	)
}

// A verb whose operand is missing (or a bad index) when an argument is
// shared by %T and other verbs is reported as fmt reports it: the names
// the lowering appends to the operands are none of the format's.
func TestFmtPercentTSharedMissing(t *testing.T) {
	runSteps(t,
		step{"import \"fmt\"\ntype Meters float64\ntype Rect struct{ W, H int }", ""},
		step{`fmt.Printf("%[2]T %[1]v %[2]v %T|\n", Meters(1), Rect{3, 4})
fmt.Printf("%[1]v %[1]T %d|\n", Rect{})
fmt.Printf("%[1]v %[1]T %[3]v|\n", Meters(2))
fmt.Printf("%[1]v %[1]T %[4]v %v|\n", Rect{})
fmt.Printf("%[2]v %[4]v %v %[2]T|\n", 1, Rect{})`,
			"main.Rect 1 {3 4} %!T(MISSING)|\n{0 0} main.Rect %!d(MISSING)|\n2 main.Meters %!v(BADINDEX)|\n" +
				"{0 0} main.Rect %!v(BADINDEX) %!v(MISSING)|\n{0 0} %!v(BADINDEX) %!v(MISSING) main.Rect|\n"},
	)
}
