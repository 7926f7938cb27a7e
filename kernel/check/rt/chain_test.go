package rt

import "testing"

// Go's text of a panic during others: a panic raised again with the
// value of the one before is not printed twice, [recovered, repanicked]
// only when it was recovered.
func TestChainText(t *testing.T) {
	str := func(s string) func() string { return func() string { return s } }
	for _, c := range []struct {
		chain []link
		v     any
		want  string
	}{
		{[]link{{value: "a", text: str("a")}}, "b", "a\n\tpanic: b"},
		{[]link{{value: "a", text: str("a"), recovered: true}}, "b", "a [recovered]\n\tpanic: b"},
		{[]link{{value: "a", text: str("a"), recovered: true}}, "a", "a [recovered, repanicked]"},
		{[]link{{value: "a", text: str("a")}}, "a", "a"},
		{[]link{{value: "a", text: str("a"), recovered: true}, {value: "a", text: str("a")}}, "c", "a [recovered, repanicked]\n\tpanic: c"},
	} {
		if got := chainText(c.chain, c.v, c.v.(string)); got != c.want {
			t.Errorf("chainText(%v, %v) = %q, want %q", c.chain, c.v, got, c.want)
		}
	}
}
