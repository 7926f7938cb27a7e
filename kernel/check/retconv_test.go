package check

import "testing"

// A value of a notebook array, slice or map type with methods returned as an
// any keeps its type, as in Go: it asserts back to the type (yaegi
// v0.16.1 returned the bare [3]uint8, which the assertion refused).
func TestReturnNamedCompositeAsAny(t *testing.T) {
	runSteps(t,
		step{`import "fmt"
type RGB [3]uint8
func (c RGB) Sum() int { return int(c[0]) + int(c[1]) + int(c[2]) }
type Tags []string
func (t Tags) Len() int { return len(t) }
type Set map[string]bool
func (s Set) Has(k string) bool { return s[k] }
func h() any { return Set{"a": true} }
func f() any {
	c := RGB{1, 2, 3}
	return c
}
func g() (any, error) { return Tags{"a"}, nil }
func same(v any) any {
	switch x := v.(type) {
	case RGB:
		return x
	}
	return v
}`, ""},
		step{`c, ok := f().(RGB)
fmt.Println(c, ok, c.Sum())
v, _ := g()
tg, ok := v.(Tags)
fmt.Println(tg, ok)
c, ok = same(RGB{4, 5, 6}).(RGB)
fmt.Println(c, ok)
st, ok := h().(Set)
fmt.Println(st.Has("a"), ok)`, "[1 2 3] true 6\n[a] true\n[4 5 6] true\ntrue true\n"},
	)
}
