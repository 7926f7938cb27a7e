package check

import "testing"

// A value of a cell's interface type that a function got as a parameter,
// from a call or from a concrete value the lowering converts, asserts
// back from an "any" it is put in (a list's element, a cache's value), as
// in Go (yaegi v0.16.1 held it in two records: the assertion failed, or
// panicked with "main.HTML is not main.Page: missing method Path").
func TestIfaceParamFromCall(t *testing.T) {
	runSteps(t,
		step{`import "container/list"
type Page interface{ Path() string }
type HTML struct{ URL string }
func (h HTML) Path() string { return h.URL }
type Redirect struct{ From string }
func (r *Redirect) Path() string { return r.From }
func home() Page { return HTML{"/"} }
func keep(p Page) any { return p }
func store(l *list.List, p Page) { var v any = p; l.PushBack(v) }
func all(ps ...Page) (out []any) { for _, p := range ps { out = append(out, any(p)) }; return }`, ""},
		step{`_, ok := keep(home()).(HTML)
fmt.Println(ok, keep(HTML{"/a"}).(Page).Path(), keep(&Redirect{"/r"}).(*Redirect).From)
l := list.New()
store(l, home())
store(l, &Redirect{"/old"})
for e := l.Front(); e != nil; e = e.Next() { fmt.Print(e.Value.(Page).Path(), " ") }
for _, v := range all(home(), HTML{"/b"}) { fmt.Print(v.(HTML).URL, " ") }`, "true /a /r\n/ /old / /b "},
	)
}
