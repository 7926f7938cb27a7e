//go:build ignore

// State machines: a turnstile whose transitions live in a map of method
// expressions (map[State]func(*Machine, Event) State), a lexer whose
// state is a func type that returns the next state function, and a
// traffic light stepped by method values bound to different machines.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

//cell

type State int

const (
	Locked State = iota
	Unlocked
	Broken
)

var stateNames = [...]string{"Locked", "Unlocked", "Broken"}

func (s State) String() string { return stateNames[s] }

type Event string

type Machine struct {
	state State
	coins int
	log   []string
}

//cell

func (m *Machine) onLocked(e Event) State {
	switch e {
	case "coin":
		m.coins++
		return Unlocked
	case "kick":
		return Broken
	}
	return Locked
}

func (m *Machine) onUnlocked(e Event) State {
	if e == "push" {
		return Locked
	}
	if e == "coin" {
		m.coins++
	}
	return Unlocked
}

func (m *Machine) onBroken(e Event) State {
	if e == "repair" {
		return Locked
	}
	return Broken
}

var table = map[State]func(*Machine, Event) State{
	Locked:   (*Machine).onLocked,
	Unlocked: (*Machine).onUnlocked,
	Broken:   (*Machine).onBroken,
}

func (m *Machine) Fire(e Event) {
	next := table[m.state](m, e)
	m.log = append(m.log, fmt.Sprintf("%v-%s->%v", m.state, e, next))
	m.state = next
}

//cell

type lexer struct {
	in     []rune
	pos    int
	tokens []string
}

type stateFn func(*lexer) stateFn

func lexAny(l *lexer) stateFn {
	if l.pos >= len(l.in) {
		return nil
	}
	switch r := l.in[l.pos]; {
	case unicode.IsSpace(r):
		l.pos++
		return lexAny
	case unicode.IsDigit(r):
		return lexNum
	case unicode.IsLetter(r):
		return lexWord
	default:
		l.tokens = append(l.tokens, "OP("+string(r)+")")
		l.pos++
		return lexAny
	}
}

func lexRun(kind string, ok func(rune) bool) stateFn {
	return func(l *lexer) stateFn {
		start := l.pos
		for l.pos < len(l.in) && ok(l.in[l.pos]) {
			l.pos++
		}
		l.tokens = append(l.tokens, kind+"("+string(l.in[start:l.pos])+")")
		return lexAny
	}
}

var lexNum, lexWord stateFn

func init() {
	lexNum = lexRun("NUM", unicode.IsDigit)
	lexWord = lexRun("ID", func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

func lex(s string) []string {
	l := &lexer{in: []rune(s)}
	for st := stateFn(lexAny); st != nil; {
		st = st(l)
	}
	return l.tokens
}

//cell

type Light struct {
	name  string
	color string
	ticks int
}

func (l *Light) Step() string {
	l.ticks++
	next := map[string]string{"red": "green", "green": "yellow", "yellow": "red"}
	l.color = next[l.color]
	return l.name + ":" + l.color
}

func (l Light) Peek() string { return l.name + "=" + l.color }

//cell

func main() {
	m := &Machine{}
	for _, e := range strings.Fields("push coin coin push kick coin repair coin push") {
		m.Fire(Event(e))
	}
	fmt.Println(strings.Join(m.log, " "))
	fmt.Println(m.state, m.coins)

	fmt.Println(lex("x1 = 42+y*(7 - zz)"))

	a := &Light{name: "north", color: "red"}
	b := &Light{name: "east", color: "green"}
	steps := []func() string{a.Step, b.Step, a.Step, a.Step, b.Step}
	peek := a.Peek
	var out []string
	for _, f := range steps {
		out = append(out, f())
	}
	fmt.Println(out, a.ticks, b.ticks)
	fmt.Println(peek(), a.Peek(), Light.Peek(*b))
	byName := map[string]func(*Light) string{"step": (*Light).Step, "peek": (*Light).Peek}
	fmt.Println(byName["step"](b), byName["peek"](b), b.ticks)
}
