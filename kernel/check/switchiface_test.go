package check

import "testing"

// A default clause in the middle of a switch on an interface value (an
// any, a notebook interface, an error) that falls through, or is fallen
// into, goes on to the next clause as in Go, with cases of constants,
// lists, nil, names, composite literals and a label; also a switch
// without a tag whose cases compare an any, and one with an init
// statement whose tag is evaluated once (yaegi v0.16.1 swapped the
// default with the last clause: [one] for [one default x]).
func TestSwitchIfaceDefaultFallthrough(t *testing.T) {
	runSteps(t,
		step{`type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Err string

func (e Err) Error() string { return string(e) }

const ErrGone Err = "gone"

var ErrOther = errors.New("other")

var calls int

func next(v any) any { calls++; return v }

func a(v any) (out []string) {
	switch v {
	case 1:
		out = append(out, "one")
		fallthrough
	default:
		out = append(out, "default")
		fallthrough
	case "x", 2.5:
		out = append(out, "x")
	case Red:
		out = append(out, "red")
	}
	return out
}

func b(v any) (out []string) {
	switch {
	case v == 1, v == Green:
		out = append(out, "one")
		fallthrough
	default:
		out = append(out, "default")
		fallthrough
	case v != nil && false, "x" == v:
		out = append(out, "x")
	}
	return out
}

func c(s Shape) (out []string) {
	switch s {
	case Sq{1}, Sq{2}:
		out = append(out, "small")
		fallthrough
	default:
		out = append(out, "default")
		fallthrough
	case Sq{3}:
		out = append(out, "three")
	case nil:
		out = append(out, "nil")
	}
	return out
}

func d(e error) (out []string) {
L:
	switch e {
	case nil:
		out = append(out, "nil")
		fallthrough
	default:
		if e == ErrOther {
			break L
		}
		out = append(out, "default")
		fallthrough
	case io.EOF, ErrGone:
		out = append(out, "eof or gone")
	}
	return out
}

func f(v any) (out []string) {
	switch x := next(v); x {
	default:
		out = append(out, fmt.Sprint("default ", x))
		fallthrough
	case 'a':
		out = append(out, "rune")
	case byte(1):
		out = append(out, "byte")
	}
	return out
}`, ""},
		step{"fmt.Println(a(1), a(\"x\"), a(2.5), a(Red), a(7), a(Green))\nfmt.Println(b(1), b(\"x\"), b(7), b(Green))\nfmt.Println(c(Sq{1}), c(Sq{2}), c(Sq{3}), c(Sq{4}), c(nil))",
			"[one default x] [x] [x] [red] [default x] [default x]\n[one default x] [x] [default x] [one default x]\n[small default three] [small default three] [three] [default three] [nil]\n"},
		step{"fmt.Println(d(nil), d(io.EOF), d(errors.New(\"x\")), d(ErrGone), d(ErrOther), d(Err(\"gone\")))\nfmt.Println(f('a'), f(byte(1)), f(1), calls)",
			"[nil default eof or gone] [eof or gone] [default eof or gone] [eof or gone] [] [eof or gone]\n[rune] [byte] [default 1 rune] 3\n"},
	)
}

// The same on the result of a method (of a basic type, of a struct of
// them), evaluated once, with cases of constants, names and literals.
func TestSwitchMethodTagDefaultFallthrough(t *testing.T) {
	runSteps(t,
		step{`type Card struct{ rank, suit int }

var looks int

func (c Card) Rank() int { looks++; return c.rank }

func (c Card) Pair() [2]int { return [2]int{c.rank, c.suit} }

var ace = 1

func name(c Card) (out []string) {
	switch c.Rank() {
	case ace:
		out = append(out, "ace")
		fallthrough
	default:
		out = append(out, "pips")
		fallthrough
	case 11, 12:
		out = append(out, "face")
	}
	return out
}

func pair(c Card) (out []string) {
	switch c.Pair() {
	default:
		out = append(out, "other")
		fallthrough
	case [2]int{1, 1}:
		out = append(out, "one-one")
	}
	return out
}`, ""},
		step{"fmt.Println(name(Card{1, 0}), name(Card{5, 0}), name(Card{12, 0}), looks, pair(Card{1, 1}), pair(Card{2, 1}))",
			"[ace pips face] [pips face] [face] 3 [one-one] [other one-one]\n"},
	)
}
