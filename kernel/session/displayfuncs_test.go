package session

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/gofutures/gofutures/display"
)

// shown records what display publishes: kind (0 display, 1 update),
// text/plain and text/html.
type shown struct {
	mu   sync.Mutex
	msgs []string
}

func (s *shown) Publish(m display.Message) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.msgs = append(s.msgs, fmt.Sprintf("%v %v %v", m.Kind, m.Data["text/plain"], m.Data["text/html"]))
	return nil
}

// Values of cell types given to display's functions that inspect their
// methods (BundleOf, Display, a Handle's Update and Show, RenderersOf,
// JSON) show them as in a Go program, wherever the call is: in
// functions, methods, closures, goroutines and top-level statements.
// Outside a kernel Display prints the text/plain form.
func TestDisplayCellTypesInFunctions(t *testing.T) {
	rec := &shown{}
	defer display.SetPublisher(display.SetPublisher(rec))
	runCells(t, richOpts(), []cellCase{
		{`import (
	"fmt"
	"sort"
	"strings"

	"github.com/gofutures/gofutures/display"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func (t Temp) HTML() string { return fmt.Sprintf("<b>%.1f</b>", float64(t)) }

type Doc struct{ Title string }

func (d *Doc) Markdown() string { return "# " + d.Title }

type Plain struct{ n int }

type Pt struct{ X, Y int }

func (p Pt) JSON() any { return []int{p.X, p.Y} }

func mimes(b display.Bundle) string {
	var ks []string
	for k := range b.Data {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, " ")
}

func show(v any) string {
	b := display.BundleOf(v)
	return fmt.Sprintf("%v | %v | %s", b, b.Data["text/html"], mimes(b))
}`, ""},
		{`func run() {
	b := display.BundleOf(Temp(21.5))
	fmt.Println(b, b.Data["text/html"], mimes(b))
	fmt.Println(show(Temp(3)))
	d := &Doc{"hi"}
	fmt.Println(display.BundleOf(d), mimes(display.BundleOf(d)))
	fmt.Println(display.BundleOf(Plain{4}))
	fmt.Println(display.BundleOf(Pt{1, 2}).Data["application/json"])
	var x any = Temp(1)
	fmt.Println(display.BundleOf(x))
	r := display.RenderersOf(Temp(2))
	fmt.Println(r.HTML != nil, r.String != nil, r.Markdown != nil)
	done := make(chan string)
	go func() { done <- display.BundleOf(Temp(5)).String() }()
	fmt.Println(<-done)
	f := func(t Temp) display.Bundle { return display.BundleOf(t) }
	fmt.Println(f(6), mimes(f(6)))
	display.Display(Temp(7))
	h := display.NewHandle()
	_ = h.Show(Temp(8))
	_ = h.Update(Temp(9))
}
run()`, "21.5°C <b>21.5</b> text/html text/plain\n3.0°C | <b>3.0</b> | text/html text/plain\n# hi text/markdown text/plain\n{4}\n[1 2]\n1.0°C\ntrue true false\n5.0°C\n6.0°C text/html text/plain\n"},
		{`display.BundleOf(Temp(10)).String()`, "=> 10.0°C"},
		{`display.Display(Temp(12))`, ""},
		{`fmt.Println(show(Temp(11)))`, "11.0°C | <b>11.0</b> | text/html text/plain\n"},
	})
	want := []string{"0 7.0°C <b>7.0</b>", "0 8.0°C <b>8.0</b>", "1 9.0°C <b>9.0</b>", "0 12.0°C <b>12.0</b>"}
	if got := strings.Join(rec.msgs, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("published:\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
}
