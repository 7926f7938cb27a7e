package check

import "testing"

// A nil pointer dereferenced into the blank identifier, an explicit
// conversion to an interface or a map literal panics, as in Go (yaegi ran
// on: _ = *p, any(*p) was nil, the map had no element).
func TestNilDerefsPanic(t *testing.T) {
	runStepsNoFrames(t,
		step{"type L struct{ N int }\nvar p *L\nvar q *int\nfunc try(f func()) { defer func() { fmt.Println(recover()) }(); f() }", ""},
		step{"try(func() { _ = *p })", "runtime error: invalid memory address or nil pointer dereference\n"},
		step{"try(func() { _ = any(*p) })", "runtime error: invalid memory address or nil pointer dereference\n"},
		step{"try(func() { m := map[string]any{\"k\": *p}; _ = m })", "runtime error: invalid memory address or nil pointer dereference\n"},
		step{"try(func() { m := map[L]int{*p: 1}; _ = m })", "runtime error: invalid memory address or nil pointer dereference\n"},
		step{"try(func() { var _ = *q })", "runtime error: invalid memory address or nil pointer dereference\n"},
		step{"try(func() { _, _ = *q, 1 })", "runtime error: invalid memory address or nil pointer dereference\n"},
		step{"p = &L{3}\ntry(func() { _ = *p; fmt.Println(map[string]any{\"k\": *p}, any(*p)) })", "map[k:{3}] {3}\n<nil>\n"},
	)
}
