package session

import (
	"context"
	"testing"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/symbols"
)

func richSession() *Session {
	return New(Options{Symbols: []interp.Exports{symbols.Symbols}, Preludes: []string{RichPrelude}, RichValues: true})
}

func TestRichValues(t *testing.T) {
	s := richSession()
	steps := []struct{ code, want string }{
		{"1+1", "2"},
		{"type H struct{ N int }\nfunc (h H) HTML() string { return \"<b>hi</b>\" }", ""},
		{"H{1}", "<b>hi</b>"},
		{"h := H{2}\nh", "<b>hi</b>"},
		{"func alive() bool { return true }\nalive()", "true"},
		{`panic("x")`, ""},
		{"3+3", "6"},
		{"alive()", "true"},
	}
	for i, st := range steps {
		res, err := s.Execute(context.Background(), st.code, i+1)
		if st.want == "" {
			if err == nil && res.HasValue {
				t.Fatalf("cell %d: no error", i+1)
			}
			continue
		}
		if err != nil {
			t.Fatalf("cell %d: %v", i+1, err)
		}
		got, _ := res.Bundle["text/plain"].(string)
		if html, ok := res.Bundle["text/html"].(string); ok {
			got = html
		}
		if got != st.want {
			t.Errorf("cell %d %q: got %q (bundle %v)", i+1, st.code, got, res.Bundle)
		}
	}
}
