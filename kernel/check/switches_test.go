package check

import "testing"

// A default clause in the middle of a switch that falls through, or is
// fallen into, goes on to the next clause as in Go (yaegi v0.16.1 swaps
// the default with the last clause: [two] for [two default three]); also
// with an init statement, a label and a break, a tagless switch and a
// named type's constants.
func TestSwitchDefaultFallthrough(t *testing.T) {
	runSteps(t,
		step{`type Level int

const (
	Low Level = iota
	Mid
	High
)

func f(n int) (out []string) {
	switch n {
	case 2:
		out = append(out, "two")
		fallthrough
	default:
		out = append(out, "default")
		fallthrough
	case 3, 5:
		out = append(out, "three")
	case 4:
		out = append(out, "four")
	}
	return out
}

func g(n int) (out []string) {
	switch k := n * 2; {
	default:
		out = append(out, "default")
		fallthrough
	case k == 2:
		out = append(out, "one")
	case k == 4:
		out = append(out, "two")
	}
	return out
}

type P struct{ X, Y int }

func at(p P) (out []string) {
	switch p {
	case P{1, 2}:
		out = append(out, "p12")
		fallthrough
	default:
		out = append(out, "default")
	case P{Y: 4}:
		out = append(out, "y4")
	}
	return out
}

func h(l Level, stop bool) (out []string) {
L:
	switch x := l; x {
	case Low:
		out = append(out, "low")
		fallthrough
	default:
		if stop {
			break L
		}
		out = append(out, "default")
		fallthrough
	case High:
		out = append(out, "high")
	}
	return out
}`, ""},
		step{"fmt.Println(at(P{1, 2}), at(P{0, 4}), at(P{}))\nfmt.Println(f(2), f(3), f(4), f(5), f(9))\nfmt.Println(g(1), g(2), g(5))\nfmt.Println(h(Low, false), h(Mid, false), h(High, false), h(Low, true))",
			"[p12 default] [y4] [default]\n[two default three] [three] [four] [three] [default three]\n" +
				"[one] [two] [default one]\n" +
				"[low default high] [default high] [high] [low]\n"},
	)
}

// The same with cases that call functions of basic types, each called
// once in the cases' order until one matches.
func TestSwitchDefaultFallthroughCalls(t *testing.T) {
	runSteps(t,
		step{`var calls []string

func isVowel(r rune) bool {
	calls = append(calls, string(r))
	return strings.ContainsRune("aeiou", r)
}

func kind(r rune) (out []string) {
	calls = nil
	switch {
	case unicode.IsUpper(r), unicode.IsDigit(r):
		out = append(out, "upper or digit")
		fallthrough
	default:
		out = append(out, "rune")
		fallthrough
	case isVowel(r):
		out = append(out, "vowel?")
	case r == ' ':
		out = append(out, "space")
	}
	return append(out, calls...)
}`, ""},
		step{"fmt.Println(kind('A'), kind('7'), kind('e'), kind(' '), kind('x'))",
			"[upper or digit rune vowel?] [upper or digit rune vowel?] [vowel? e] [space  ] [rune vowel? x]\n"},
	)
}

// A switch on an error with cases of a cell's constant errors (type Err
// string) compares as Go does (yaegi v0.16.1 converted the error to the
// case's type: "reflect.Value.Convert: value of type error cannot be
// converted to type string"), every case of a list tested; a switch on
// an any with a list of a cell type's constants takes the second too
// (only the first was tested); a typed constant returned as an error
// keeps its type.
func TestSwitchConstantCases(t *testing.T) {
	runSteps(t,
		step{`type Err string

func (e Err) Error() string { return string(e) }

const (
	ErrA     = Err("a")
	ErrB Err = "b"
)

type Color int

const (
	Red Color = iota
	Green
)

func get(k string) error {
	if k == "b" {
		return ErrB
	}
	if k == "a" {
		return ErrA
	}
	return nil
}

func kind(k string) string {
	switch err := get(k); err {
	case ErrA, ErrB:
		return "const " + err.Error()
	case nil:
		return "nil"
	}
	return "other"
}

func warm(c Color) bool {
	var x any = c
	switch x {
	case Red, Green:
		return true
	}
	return false
}`, ""},
		step{`fmt.Println(kind("a"), kind("b"), kind("c"), get("b") == ErrB, fmt.Sprintf("%T", get("b")), warm(Green), warm(2))`,
			"const a const b nil true main.Err true false\n"},
	)
}

// A switch on an error or an any that the lowering compares case by
// case (compiledSwitch, ifaceSwitch) with its default in the middle
// tests its cases in order (the never-matching last case was an
// interface in a switch without a tag: "call of reflect.Value.Bool on
// interface Value"), and so does one with an init statement and a tag
// that is no name (the tag was converted to the case's type).
func TestSwitchConstantCasesDefaultInit(t *testing.T) {
	runSteps(t,
		step{`type Code string

func (c Code) Error() string { return string(c) }

const (
	CodeA Code = "a"
	CodeB Code = "b"
)

func code(k string) error {
	if k == "" {
		return nil
	}
	return Code(k)
}

func viaErr(k string) string {
	switch code(k) {
	case CodeA:
		return "A"
	default:
		return "default"
	case CodeB, nil:
		return "B or nil"
	}
}

func viaAny(k string) string {
	var x any = code(k)
	switch x {
	case CodeA:
		return "A"
	default:
		return "default"
	case CodeB:
		return "B"
	}
}

func withInit(k string) string {
	n := 0
	switch n++; code(k) {
	case CodeA:
		return fmt.Sprint("A", n)
	case nil, CodeB:
		return fmt.Sprint("nil or B", n)
	}
	return fmt.Sprint("other", n)
}

func paren(k string) string {
	switch err := code(k); (err) {
	case CodeA, CodeB:
		return "AB"
	}
	return "-"
}`, ""},
		step{`for _, k := range []string{"a", "b", "c", ""} {
	fmt.Print(viaErr(k), " ", viaAny(k), " ", withInit(k), " ", paren(k), "; ")
}`, "A A A1 AB; B or nil B nil or B1 AB; default default other1 -; B or nil default nil or B1 -; "},
	)
}
