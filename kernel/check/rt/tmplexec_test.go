package rt

import (
	"errors"
	htmltemplate "html/template"
	"io"
	"runtime"
	"strings"
	"testing"
	"text/template"
	"time"
)

// cellP stands for a struct a cell declares: in yaegi's reflection it
// has no methods; the Table lists them as functions.
type cellP struct{ First, Last string }

// cellTable is the Table of cellP with the methods Full, Greet (of two
// parameters), Check ((string, error)) and the pointer method Upper.
func cellTable() *Table {
	return &Table{Nodes: []Node{{Name: "main.P", Fields: []string{"First", "Last"}, Elems: []int{-1, -1}, Methods: []Method{
		{Name: "Check", Func: func(p cellP, ok bool) (string, error, any) {
			if !ok {
				return "", errors.New("not ok"), nil
			}
			return "ok", nil, nil
		}},
		{Name: "Full", Func: func(p cellP) (string, any) { return p.First + " " + p.Last, nil }},
		{Name: "Greet", Func: func(p cellP, s string, n float64) (string, any) {
			return s + p.First + strings.Repeat("!", int(n)), nil
		}},
		{Name: "Upper", Ptr: true, Func: func(p *cellP) (string, any) { return strings.ToUpper(p.First), nil }},
	}}}}
}

func TestExecuteCallsMethods(t *testing.T) {
	for _, c := range []struct {
		src  string
		data any
		want string
	}{
		{"{{.First}} / {{.Full}}", cellP{"a", "b"}, "a / a b"},
		{"{{.Upper}} {{.Greet \"hi \" 2}} {{.Check true}}", &cellP{"c", "d"}, "C hi c!! ok"},
		{"{{.Upper}}", cellP{"c", "d"}, `template: t:1:2: executing "t" at <.Upper>: can't evaluate field Upper in type rt.cellP`},
		{"{{range .}}{{.Upper}}{{.Full | printf \"(%s)\"}}{{end}}", []cellP{{"a", "b"}, {"e", "f"}}, "A(a b)E(e f)"},
		{"{{.Check false}}", cellP{}, `template: t:1:2: executing "t" at <.Check>: error calling Check: not ok`},
		{"{{.Greet}}", cellP{}, `template: t:1:2: executing "t" at <.Greet>: wrong number of args for Greet: want 2 got 0`},
		{"{{with $p := .}}{{$p.Full}}{{end}}", map[string]any{"Full": 1}, "1"},
		// a field, a map's key, named as a method with parameters
		{"{{.Greet}} {{.Check}} {{$.Greet}} {{(.).Check}}", struct{ Greet, Check int }{7, 8}, "7 8 7 8"},
		{"{{.Greet}} {{.Greet | printf \"%d\"}}", map[string]any{"Greet": 5}, "5 5"},
		{"{{.Greet \"a\"}}", cellP{}, `template: t:1:2: executing "t" at <.Greet>: wrong number of args for Greet: want 2 got 1`},
		{"{{.Greet \"a\"}}", struct{ Greet int }{}, `template: t:1:2: executing "t" at <.Greet>: Greet has arguments but cannot be invoked as function`},
	} {
		tm := template.Must(template.New("t").Parse(c.src))
		var sb strings.Builder
		err := Execute(tm, &sb, c.data, cellTable())
		got := sb.String()
		if err != nil {
			got += err.Error()
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.src, got, c.want)
		}
	}
}

// The template executed is a copy: the original's trees are unchanged,
// and an html/template escapes the methods' results.
func TestExecuteCopiesTemplate(t *testing.T) {
	tm := template.Must(template.New("t").Parse("{{.Full}}"))
	var sb strings.Builder
	if err := Execute(tm, &sb, cellP{"a", "b"}, cellTable()); err != nil || sb.String() != "a b" {
		t.Fatalf("got %q, %v", sb.String(), err)
	}
	if s := tm.Tree.Root.String(); s != "{{.Full}}" {
		t.Errorf("original tree now %s", s)
	}
	h := htmltemplate.Must(htmltemplate.New("h").Parse(`<a title="{{.Full}}">{{.Greet "<" 1}}</a>`))
	sb.Reset()
	if err := ExecuteTemplate(h, &sb, "h", cellP{"a", "b"}, cellTable()); err != nil {
		t.Fatal(err)
	}
	if want := `<a title="a b">&lt;a!</a>`; sb.String() != want {
		t.Errorf("got %q, want %q", sb.String(), want)
	}
}

// BenchmarkExecute measures Execute (a copy of the template rewritten
// on each call) against text/template's Execute of a template that
// needs no methods.
func BenchmarkExecute(b *testing.B) {
	src := "{{.First}} {{.Last}} {{range .Items}}{{.}} {{end}}{{if .First}}yes{{end}}\n"
	data := struct {
		First, Last string
		Items       []int
	}{"a", "b", []int{1, 2, 3}}
	tm := template.Must(template.New("t").Parse(src))
	b.Run("text/template", func(b *testing.B) {
		for b.Loop() {
			tm.Execute(io.Discard, data)
		}
	})
	mt := template.Must(template.New("t").Parse("{{.First}} {{.Full}} {{range .Items}}{{.}} {{end}}{{if .First}}yes{{end}}\n"))
	p := struct {
		cellP
		Items []int
	}{cellP{"a", "b"}, []int{1, 2, 3}}
	tbl := cellTable()
	tbl.Nodes[0].Methods[1].Func = func(p struct {
		cellP
		Items []int
	}) (string, any) {
		return p.First + " " + p.Last, nil
	}
	b.Run("rt.Execute", func(b *testing.B) {
		for b.Loop() {
			if err := Execute(mt, io.Discard, p, tbl); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// A printing action and printf's arguments print a cell value as fmt
// does in a Go program: its String method, at any depth.
func TestExecutePrintsCellValues(t *testing.T) {
	type tag = struct {
		V string `gofutures:"Tag"`
	}
	tbl := &Table{Nodes: []Node{
		{Name: "[]main.Tag", Elems: []int{1}},
		{Name: "main.Tag", Fields: []string{"V"}, Elems: []int{-1},
			String:  func(x tag) (string, any) { return "#" + x.V, nil },
			Methods: []Method{{Name: "String", Func: func(x tag) (string, any) { return "#" + x.V, nil }}}},
	}}
	tm := template.Must(template.New("t").Parse(`{{range .}}{{.}} {{end}}{{.}} {{printf "%v|%s" . (index . 0)}} {{len .}}`))
	var sb strings.Builder
	if err := Execute(tm, &sb, []tag{{"a"}, {"b"}}, tbl); err != nil {
		t.Fatal(err)
	}
	if want := "#a #b [#a #b] [#a #b]|#a 2"; sb.String() != want {
		t.Errorf("got %q, want %q", sb.String(), want)
	}
}

// Each of a template's trees is rewritten once: a template listed by
// Templates and executed itself is not rewritten again.
func TestExecuteRewritesOnce(t *testing.T) {
	tm := template.Must(template.New("t").Parse(`{{define "u"}}{{.Full}}{{end}}{{.Full}} {{template "u" .}}`))
	tbl := cellTable()
	var sb strings.Builder
	for range 2 {
		if err := Execute(tm, &sb, cellP{"a", "b"}, tbl); err != nil {
			t.Fatal(err)
		}
	}
	ms := newMethodSets(tbl)
	for orig, r := range ms.trees {
		if strings.Count(r.tree.Root.String(), printFunc) != strings.Count(orig.Root.String(), ".Full") {
			t.Errorf("%s rewritten as %s", orig.Root, r.tree.Root)
		}
	}
	if len(ms.trees) != 2 || sb.String() != "a b a ba b a b" {
		t.Errorf("%d trees, %q", len(ms.trees), sb.String())
	}
}

// TestExecuteKeepsNoTable: a Table made for each call (of a type
// declared in a function) goes once the template has executed: the
// method sets made of it are kept with it, not in a map of all Tables.
func TestExecuteKeepsNoTable(t *testing.T) {
	freed := make(chan bool, 1)
	func() {
		tbl := cellTable()
		// (a finalizer of tbl itself need not run: tbl and its method
		// sets refer to each other)
		sentinel := &[32]byte{}
		runtime.SetFinalizer(sentinel, func(*[32]byte) { freed <- true })
		tbl.Resolve = func(any) (int, any) { _ = sentinel; return -1, nil }
		tm := template.Must(template.New("t").Parse("{{.Full}}"))
		if err := Execute(tm, io.Discard, cellP{"a", "b"}, tbl); err != nil {
			t.Fatal(err)
		}
	}()
	for range 50 {
		runtime.GC()
		select {
		case <-freed:
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
	t.Fatal("the Table was kept after Execute")
}

// TestExecuteMissingKey: a map's key named as a method honours the
// template's option missingkey.
func TestExecuteMissingKey(t *testing.T) {
	for _, c := range []struct{ opt, want string }{
		{"missingkey=default", "<no value>"},
		{"missingkey=zero", "<no value>"},
		{"missingkey=error", `template: t:1:2: executing "t" at <.Full>: map has no entry for key "Full"`},
	} {
		var sb strings.Builder
		tm := template.Must(template.New("t").Option(c.opt).Parse("{{.Full}}"))
		if err := Execute(tm, &sb, map[string]any{"x": cellP{}}, cellTable()); err != nil {
			sb.WriteString(err.Error())
		}
		var hb strings.Builder
		hm := htmltemplate.Must(htmltemplate.New("t").Option(c.opt).Parse("{{.Full}}"))
		if err := Execute(hm, &hb, map[string]any{"x": cellP{}}, cellTable()); err != nil {
			hb.WriteString(err.Error())
		}
		if sb.String() != c.want {
			t.Errorf("text %s: got %q, want %q", c.opt, sb.String(), c.want)
		}
		if c.opt == "missingkey=error" && hb.String() != c.want {
			t.Errorf("html %s: got %q, want %q", c.opt, hb.String(), c.want)
		}
	}
}
