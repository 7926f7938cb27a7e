package session

import (
	"context"
	"testing"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/display"
	"github.com/gofutures/gofutures/symbols"
)

type publisherFunc func(display.Message) error

func (f publisherFunc) Publish(m display.Message) error { return f(m) }

func richSession() *Session {
	return New(Options{Symbols: []interp.Exports{symbols.Symbols}, Preludes: []string{RichPrelude}, RichValues: true})
}

func TestRichValues(t *testing.T) {
	var published []display.Message
	display.SetPublisher(publisherFunc(func(m display.Message) error { published = append(published, m); return nil }))
	defer display.SetPublisher(nil)
	defer func() {
		if len(published) != 2 || published[0].Data["text/html"] != "<b>hi</b>" || published[1].Data["text/html"] != "<b>hi</b>" {
			t.Errorf("display.Display of a cell type: %+v", published)
		}
	}()
	s := richSession()
	steps := []struct{ code, want string }{
		{"1+1", "2"},
		{"type H struct{ N int }\nfunc (h H) HTML() string { return \"<b>hi</b>\" }", ""},
		{"H{1}", "<b>hi</b>"},
		{"h := H{2}\nh", "<b>hi</b>"},
		{"import \"github.com/gofutures/gofutures/display\"\nhd := display.Display(H{3})\nhd.Err()", ""}, // a nil error shows nothing
		{"display.Display(H{4})", ""},
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
		got, _ := res.Bundle.Data["text/plain"].(string)
		if html, ok := res.Bundle.Data["text/html"].(string); ok {
			got = html
		}
		if got != st.want {
			t.Errorf("cell %d %q: got %q (bundle %v)", i+1, st.code, got, res.Bundle)
		}
	}
}

func TestTrailingFuncLitCall(t *testing.T) {
	s := richSession()
	// with a method declared, values take the interpreted rendering path
	if _, err := s.Execute(context.Background(), "type M struct{}\nfunc (M) F() {}", 0); err != nil {
		t.Fatal(err)
	}
	testTrailingFuncLitCall(t, s)
	testTrailingFuncLitCall(t, New(Options{}))
}

func testTrailingFuncLitCall(t *testing.T, s *Session) {
	res, err := s.Execute(context.Background(), "func() int { return 41 }() + 1", 1)
	if err != nil || res.Bundle.Data["text/plain"] != "42" {
		t.Fatalf("%v %v", res.Bundle, err)
	}
	res, err = s.Execute(context.Background(), "func() int { return 7 }()", 2)
	if err != nil || res.Bundle.Data["text/plain"] != "7" {
		t.Fatalf("%v %v", res.Bundle, err)
	}
}

// TestTrailingConversion: a conversion as a cell's last expression is its
// value, rendered through the methods of the cell type it converts to.
// Both as type-checked and lowered, and as run unchecked (what a notebook
// does once it imports a package the checker cannot see).
func TestTrailingConversion(t *testing.T) {
	t.Run("checked", func(t *testing.T) { testTrailingConversion(t, richSession()) })
	t.Run("unchecked", func(t *testing.T) {
		testTrailingConversion(t, New(Options{Symbols: []interp.Exports{symbols.Symbols}, Preludes: []string{RichPrelude},
			RichValues: true, NoCheck: true}))
	})
}

func testTrailingConversion(t *testing.T, s *Session) {
	steps := []struct{ code, mime, want string }{
		{"import \"time\"\ntype Temperature float64\nfunc (t Temperature) HTML() string { return \"<b>hot</b>\" }\nfunc (t Temperature) String() string { return \"31.5 °C\" }", "", ""},
		{"Temperature(31.5)", "text/html", "<b>hot</b>"},
		{"Temperature(31.5)", "text/plain", "31.5 °C"},
		{"float64(2)", "text/plain", "2"},
		{"time.Duration(1500) * time.Millisecond", "text/plain", "1.5s"},
		{"time.Duration(1500)", "text/plain", "1.5µs"},
		{"func half(x float64) float64 { return x / 2 }\nhalf(3)", "text/plain", "1.5"},
	}
	for i, st := range steps {
		res, err := s.Execute(context.Background(), st.code, i+1)
		if err != nil {
			t.Fatalf("cell %d %q: %v", i+1, st.code, err)
		}
		if st.mime == "" {
			continue
		}
		if got := res.Bundle.Data[st.mime]; !res.HasValue || got != st.want {
			t.Errorf("cell %d %q: %s is %q, want %q (bundle %v)", i+1, st.code, st.mime, got, st.want, res.Bundle.Data)
		}
	}
}
