package display_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/gofutures/gofutures/display"
	"github.com/gofutures/gofutures/symbols"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// newInterp returns an interpreter set up like the kernel's, with Glue
// evaluated.
func newInterp(t *testing.T) *interp.Interpreter {
	t.Helper()
	i := interp.New(interp.Options{})
	if err := i.Use(stdlib.Symbols); err != nil {
		t.Fatal(err)
	}
	if err := i.Use(symbols.Symbols); err != nil {
		t.Fatal(err)
	}
	if _, err := i.Eval(display.Glue); err != nil {
		t.Fatalf("Glue: %v", err)
	}
	return i
}

func eval(t *testing.T, i *interp.Interpreter, src string) reflect.Value {
	t.Helper()
	v, err := i.Eval(src)
	if err != nil {
		t.Fatalf("Eval(%q): %v", src, err)
	}
	return v
}

// trailing renders a cell's trailing expression the way Glue documents.
func trailing(t *testing.T, i *interp.Interpreter, expr string) display.Bundle {
	t.Helper()
	eval(t, i, "gofuturesOut := "+expr)
	v := eval(t, i, "gofuturesBundle(gofuturesOut)")
	b, ok := v.Interface().(display.Bundle)
	if !ok {
		t.Fatalf("gofuturesBundle returned %T", v.Interface())
	}
	return b
}

func TestYaegiTrailingExpression(t *testing.T) {
	i := newInterp(t)
	eval(t, i, `import "fmt"`)
	eval(t, i, `import "github.com/gofutures/gofutures/display"`)
	eval(t, i, `type T struct{ N int }`)
	eval(t, i, `func (t T) HTML() string { return fmt.Sprintf("<b>%d</b>", t.N) }`)
	eval(t, i, `global := display.Markdown("*global*")`)
	eval(t, i, `func (t T) String() string { return fmt.Sprintf("T(%d)", t.N) }`)
	eval(t, i, `type P struct{ Name string; hidden int }`)
	eval(t, i, `func (p *P) Markdown() string { return "# " + p.Name }`)
	eval(t, i, `type Bad struct{}`)
	eval(t, i, `func (Bad) String() string { panic("boom") }`)

	cases := []struct {
		expr string
		want map[string]string
	}{
		{`T{7}`, map[string]string{"text/html": "<b>7</b>", "text/plain": "T(7)"}},
		{`&P{Name: "hi"}`, map[string]string{"text/markdown": "# hi", "text/plain": "# hi"}},
		{`struct{ A, b int }{1, 2}`, map[string]string{"text/plain": "{1 2}"}},
		{`42`, map[string]string{"text/plain": "42"}},
		{`global`, map[string]string{"text/markdown": "*global*", "text/plain": "*global*"}}, // var x = global fails: "variable definition loop"
		{`display.HTML("<i>x</i>")`, map[string]string{"text/html": "<i>x</i>", "text/plain": "x"}},
		{`fmt.Errorf("oops")`, map[string]string{"text/plain": "oops"}},
		{`[]T{{1}, {2}}`, map[string]string{"text/plain": "[{1} {2}]"}},
		{`"bad \xff utf8"`, map[string]string{"text/plain": "bad \uFFFD utf8"}},
	}
	for _, c := range cases {
		b := trailing(t, i, c.expr)
		for mime, want := range c.want {
			if got := b.Data[mime]; got != want {
				t.Errorf("%s: %s = %q, want %q (bundle %v)", c.expr, mime, got, want, b.Data)
			}
		}
		if len(b.Data) != len(c.want) {
			t.Errorf("%s: bundle has %d types, want %d: %v", c.expr, len(b.Data), len(c.want), b.Data)
		}
	}

	b := trailing(t, i, `Bad{}`)
	if !b.IsError() || !strings.Contains(b.String(), "String method") || !strings.Contains(b.String(), "boom") {
		t.Errorf("panicking Stringer: got %v", b.Data)
	}
	// The interpreter goes on after the panic.
	if b := trailing(t, i, `T{8}`); b.Data["text/html"] != "<b>8</b>" {
		t.Errorf("after panic: %v", b.Data)
	}
}

func TestYaegiNamedInterfaceAndDisplay(t *testing.T) {
	rec := &recorder{}
	defer display.SetPublisher(display.SetPublisher(rec))
	i := newInterp(t)
	eval(t, i, `import "github.com/gofutures/gofutures/display"`)
	eval(t, i, `type H struct{}`)
	eval(t, i, `func (H) HTML() string { return "<p>cell</p>" }`)
	eval(t, i, `var h = gofuturesDisplay(H{})`)
	eval(t, i, `h.Update(display.Markdown("*new*"))`)
	eval(t, i, `var hh display.HTMLer = H{}`)
	eval(t, i, `display.Display(hh)`)
	msgs := rec.all()
	if len(msgs) != 3 {
		t.Fatalf("got %d messages, want 3", len(msgs))
	}
	if msgs[0].Data["text/html"] != "<p>cell</p>" || msgs[0].Data["text/plain"] != "cell" || msgs[0].Kind != display.KindDisplay {
		t.Errorf("display: %+v", msgs[0])
	}
	if msgs[1].Kind != display.KindUpdate || msgs[1].DisplayID != msgs[0].DisplayID || msgs[1].Data["text/markdown"] != "*new*" {
		t.Errorf("update: %+v", msgs[1])
	}
	if msgs[2].Data["text/html"] != "<p>cell</p>" {
		t.Errorf("named interface value: %+v", msgs[2])
	}
}

// TestYaegiValueCarriers pins down which ways of carrying a trailing value
// to gofuturesBundle keep its methods in yaegi v0.16.1. A typed variable
// (`gofuturesOut := expr`, the form Glue documents) does, also for
// pointer receivers. A variable of type any assigned through a func(any)
// parameter does not (and passing composite literals to func(any) can
// corrupt yaegi's frames: "reflect.Set: value of type ... is not
// assignable"), so that form is only logged here. Neither form sees
// value-receiver methods through a pointer (*T).
func TestYaegiValueCarriers(t *testing.T) {
	setup := func() *interp.Interpreter {
		i := newInterp(t)
		eval(t, i, "var gofuturesAny any\n\nfunc gofuturesKeep(v any) any { gofuturesAny = v; return v }")
		eval(t, i, `type T struct{ N int }`)
		eval(t, i, `func (t T) HTML() string { return "<b>t</b>" }`)
		eval(t, i, `type P struct{ N int }`)
		eval(t, i, `func (p *P) HTML() string { return "<b>p</b>" }`)
		return i
	}
	cases := []struct {
		expr string
		html bool // whether the typed-variable form shows text/html
	}{
		{`T{1}`, true},
		{`&P{2}`, true},
		{`P{3}`, true},   // yaegi is lenient: Go would not put (*P).HTML in P's method set
		{`&T{4}`, false}, // yaegi: *T lacks T's value-receiver methods here
	}
	i := setup()
	for _, c := range cases {
		b := trailing(t, i, c.expr)
		if got := b.Data["text/html"] != nil; got != c.html {
			t.Errorf("gofuturesOut := %s: html %v, want %v (%v)", c.expr, got, c.html, b.Data)
		}
		// The same in one evaluation, as the kernel's session does it.
		v := eval(t, i, "gofuturesTmp := "+c.expr+"; gofuturesBundle(gofuturesTmp)")
		b, ok := v.Interface().(display.Bundle)
		if !ok {
			t.Fatalf("one Eval: %T", v.Interface())
		}
		if got := b.Data["text/html"] != nil; got != c.html {
			t.Errorf("gofuturesTmp := %s; gofuturesBundle(gofuturesTmp): html %v, want %v (%v)", c.expr, got, c.html, b.Data)
		}
	}
	for _, c := range cases {
		i := setup()
		eval(t, i, "gofuturesKeep("+c.expr+")")
		b := eval(t, i, "gofuturesBundle(gofuturesAny)").Interface().(display.Bundle)
		t.Logf("gofuturesKeep(%s): %.120q", c.expr, b.Data["text/plain"])
	}
}

// TestYaegiGlueDisplay checks gofuturesDisplay, the interpreted form of
// Display that the kernel may substitute for display.Display in cells.
// Values in package-level variables keep their methods. With yaegi
// v0.16.1 literals passed directly (&P{1}, T{3}) keep or lose them
// depending on what was evaluated before, a pointer to a value-receiver
// type (&tv) loses them, and a pointer held in a local variable of a cell
// function makes the method call fail inside yaegi (an error output).
// Those cases are only logged. The interpreter goes on in every case.
func TestYaegiGlueDisplay(t *testing.T) {
	rec := &recorder{}
	defer display.SetPublisher(display.SetPublisher(rec))
	i := newInterp(t)
	eval(t, i, `type P struct{ N int }`)
	eval(t, i, `func (p *P) HTML() string { return "<b>p</b>" }`)
	eval(t, i, `type T struct{ N int }`)
	eval(t, i, `func (t T) HTML() string { return "<b>t</b>" }`)
	eval(t, i, `p := &P{2}`)
	eval(t, i, `tv := T{4}`)
	eval(t, i, `func show() { q := &P{5}; gofuturesDisplay(q) }`)
	for _, c := range []struct {
		src  string
		html string // "?": only logged
	}{
		{`gofuturesDisplay(&P{1})`, "?"},
		{`gofuturesDisplay(p)`, "<b>p</b>"},
		{`gofuturesDisplay(tv)`, "<b>t</b>"},
		{`gofuturesDisplay(T{3})`, "?"},
		{`gofuturesDisplay(&tv)`, "?"},
		{`show()`, "?"},
	} {
		n := len(rec.all())
		eval(t, i, c.src)
		msgs := rec.all()[n:]
		if len(msgs) != 1 {
			t.Fatalf("%s: %d messages", c.src, len(msgs))
		}
		got, _ := msgs[0].Data["text/html"].(string)
		t.Logf("%s: %.100q", c.src, got)
		if c.html != "?" && got != c.html {
			t.Errorf("%s: text/html %q, want %q", c.src, got, c.html)
		}
	}
	if v := eval(t, i, `1 + 1`); v.Interface() != 2 {
		t.Errorf("interpreter broken after the display calls: %v", v)
	}
}
