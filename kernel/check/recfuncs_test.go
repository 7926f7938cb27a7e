package check

import "testing"

// A function type made of itself (type stateFn func(*lexer) stateFn)
// runs: its own declaration boxes the positions that reach it, calls of
// its values unbox them, and functions of its unnamed signature become
// its values through an adapter (recfuncs.go). The state-function
// lexer, with the states as functions, function literals, fields, map
// elements and nil.
func TestRecursiveFuncStateMachine(t *testing.T) {
	runSteps(t,
		step{`type lexer struct {
	in   string
	pos  int
	toks []string
}

type stateFn func(*lexer) stateFn

func lexAny(l *lexer) stateFn {
	if l.pos >= len(l.in) {
		return nil
	}
	if l.in[l.pos] == ' ' {
		l.pos++
		return lexAny
	}
	return lexWord
}

func lexWord(l *lexer) stateFn {
	start := l.pos
	for l.pos < len(l.in) && l.in[l.pos] != ' ' {
		l.pos++
	}
	l.toks = append(l.toks, l.in[start:l.pos])
	return stateFn(lexAny)
}

func run(s string) []string {
	l := &lexer{in: s}
	for state := stateFn(lexAny); state != nil; {
		state = state(l)
	}
	return l.toks
}`, ""},
		step{`fmt.Println(run("ab cd  e"), len(run("")))`, "[ab cd e] 0\n"},
		step{`var s stateFn = lexAny
l := &lexer{in: "x y"}
n := 0
for s != nil {
	s = s(l)
	n++
}
fmt.Println(n, l.toks)
fmt.Printf("%T %T\n", s, lexAny)`, "6 [x y]\nmain.stateFn func(*main.lexer) main.stateFn\n"},
		step{`states := map[string]stateFn{"any": lexAny, "word": lexWord}
var done stateFn = func(*lexer) stateFn { return nil }
l2 := &lexer{in: "q"}
fmt.Println(states["any"](l2) != nil, states["word"](l2) != nil, done(l2) == nil, l2.toks)
type machine struct{ next stateFn }
m := machine{next: lexAny}
m.next = m.next(&lexer{in: "w"})
var back func(*lexer) stateFn = m.next
fmt.Println(back != nil, back(&lexer{in: "z"}) != nil)`, "true true true [q]\ntrue true\n"},
	)
}

// Other shapes: the self-reference in a slice of results, in a result of
// several, in a parameter, with a method on the type, and mutually
// through a map type.
func TestRecursiveFuncShapes(t *testing.T) {
	runSteps(t,
		step{`type A func() []A

func leaf() []A { return nil }

func two() []A { return []A{leaf, A(leaf)} }

type N func(int) (N, bool)

func down(i int) (N, bool) {
	if i == 0 {
		return nil, false
	}
	return func(j int) (N, bool) { return down(j - 1) }, true
}

type V func(V, int) int

func (v V) twice(n int) int { return v(v, v(v, n)) }

type G func() []H

type H map[string]G`, ""},
		step{`var a A = two
fmt.Println(len(a()), len(a()[0]()))
n, ok := down(3)
k := 3
for ok {
	n, ok = n(k)
	k--
	fmt.Print(k, ok, " ")
}
fmt.Println()
inc := V(func(self V, x int) int { return x + 1 })
fmt.Println(inc.twice(5))
var g G = func() []H { return []H{{"g": nil}} }
fmt.Println(len(g()), g()[0]["g"] == nil)`, "2 0\n2 true 1 true 0 false \n7\n1 true\n"},
	)
}

// A return of a call of several results converts the one going from
// the declared signature to the type; a function type made of itself
// through a map type of the notebook runs; one declared in a function
// is yaegi's to refuse, and the notebook goes on.
func TestRecursiveFuncMore(t *testing.T) {
	runSteps(t,
		step{`type N func(int) (N, error)

func down(n int) (N, error) {
	if n == 0 {
		return nil, errors.New("end")
	}
	return down, nil
}

var plain func(int) (N, error) = down

func pick() (func(int) (N, error), error) { return plain, nil }

func get() (N, error) { return pick() }

type G func() []H

type H map[string]G`, ""},
		step{`n, err := get()
ok := n != nil && err == nil
steps := 0
for err == nil {
	n, err = n(steps)
	steps++
}
g := G(func() []H { return []H{{"x": nil}} })
fmt.Println(ok, steps, err, len(g()), g()[0]["x"] == nil)`, "true 1 end 1 true\n"},
		step{"func local() int {\n\ttype st func(int) st\n\tvar f st\n\t_ = f\n\treturn 1\n}", "error: yaegi: 2:7: invalid type declaration\nfunc local() int {\n\ttype st func(int) st\n\tvar f st\n\t_ = f\n\treturn 1\n}"},
		step{"n2, err2 := get()\nfmt.Println(n2 != nil, err2)", "true <nil>\n"},
	)
}
