//go:build ignore

// Two state machines: a coin-operated turnstile whose transitions live in a
// map keyed by a struct of state and event (with guards and actions as
// function values), and a tokenizer for a tiny expression language driven
// by a character-class state table. A later cell swaps one action.
package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type State int

const (
	Locked State = iota
	Unlocked
	Broken
)

func (s State) String() string {
	switch s {
	case Locked:
		return "Locked"
	case Unlocked:
		return "Unlocked"
	}
	return "Broken"
}

type Event string

type key struct {
	From State
	On   Event
}

type Turnstile struct {
	State   State
	Coins   int
	Passes  int
	History []key
}

type transition struct {
	To     State
	Guard  func(*Turnstile) bool
	Action func(*Turnstile)
}

var ErrNoTransition = errors.New("no transition")

var table = map[key]transition{
	{Locked, "coin"}:   {To: Unlocked, Action: func(t *Turnstile) { t.Coins++ }},
	{Locked, "push"}:   {To: Locked},
	{Unlocked, "push"}: {To: Locked, Action: func(t *Turnstile) { t.Passes++ }},
	{Unlocked, "coin"}: {To: Unlocked, Action: func(t *Turnstile) { t.Coins++ }},
	{Locked, "kick"}:   {To: Broken, Guard: func(t *Turnstile) bool { return t.Coins < 3 }},
	{Broken, "fix"}:    {To: Locked},
}

func (t *Turnstile) Fire(e Event) error {
	k := key{t.State, e}
	tr, ok := table[k]
	if !ok {
		return fmt.Errorf("%v on %q: %w", t.State, e, ErrNoTransition)
	}
	if tr.Guard != nil && !tr.Guard(t) {
		return fmt.Errorf("%v on %q: guard refused", t.State, e)
	}
	if tr.Action != nil {
		tr.Action(t)
	}
	t.History = append(t.History, k)
	t.State = tr.To
	return nil
}

//cell

var gate = &Turnstile{}

func run(t *Turnstile, events string) {
	for _, e := range strings.Fields(events) {
		before := t.State
		if err := t.Fire(Event(e)); err != nil {
			fmt.Println("  error:", err, errors.Is(err, ErrNoTransition))
			continue
		}
		fmt.Printf("  %-8v --%s--> %v\n", before, e, t.State)
	}
}

func init() {
	run(gate, "push coin push coin coin push kick fix")
	fmt.Printf("%+v\n", *gate)
}

//cell

func init() {
	// Kicking now always breaks it, and counts as a pass.
	tr := table[key{Locked, "kick"}]
	tr.Guard = nil
	tr.Action = func(t *Turnstile) { t.Passes++ }
	table[key{Locked, "kick"}] = tr
	run(gate, "kick coin fix")
	fmt.Println(gate.State, gate.Coins, gate.Passes, len(gate.History), gate.History[len(gate.History)-1] == key{Broken, "fix"})
}

//cell

type Kind int

const (
	Num Kind = iota
	Ident
	Op
	LParen
	RParen
)

var kindNames = [...]string{"Num", "Ident", "Op", "(", ")"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
}

func tokenize(src string) ([]Token, error) {
	var out []Token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			out = append(out, Token{Num, string(rs[i:j])})
			i = j
		case unicode.IsLetter(r) || r == '_':
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '_') {
				j++
			}
			out = append(out, Token{Ident, string(rs[i:j])})
			i = j
		case strings.ContainsRune("+-*/^=", r):
			out = append(out, Token{Op, string(r)})
			i++
		case r == '(':
			out = append(out, Token{LParen, "("})
			i++
		case r == ')':
			out = append(out, Token{RParen, ")"})
			i++
		default:
			return out, fmt.Errorf("unexpected %q at %d", r, i)
		}
	}
	return out, nil
}

func main() {
	for _, src := range []string{"x1 = (3.5 + y_2) * 40", "ÿ^2-1", "a # b"} {
		toks, err := tokenize(src)
		fmt.Println(toks, err)
	}
	toks, _ := tokenize("f(x) = x*x")
	counts := map[Kind]int{}
	for _, t := range toks {
		counts[t.Kind]++
	}
	fmt.Println(counts, toks[1] == Token{LParen, "("}, toks[0] != toks[2])
	seen := map[Token]bool{}
	for _, t := range toks {
		seen[t] = true
	}
	fmt.Println(len(seen), seen[Token{Ident, "x"}], seen[Token{Ident, "y"}])
}
