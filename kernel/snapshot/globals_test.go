package snapshot

import (
	"reflect"
	"testing"

	"github.com/traefik/yaegi/interp"
)

// Globals reads the variables where yaegi's Globals panics: a var
// declaration that failed to compile left its symbol without a slot in
// the global frame (index out of range). It finds what yaegi found before
// that declaration: the same names, the interpreter's own variables.
func TestGlobalsAfterAFailedVar(t *testing.T) {
	in := interp.New(interp.Options{})
	if _, err := in.Eval("type Point struct{ X, Y, Z int }\nconst c = 7\nvar keep = 3\nvar p = &Point{1, 2, 3}\nvar s any = \"x\""); err != nil {
		t.Fatal(err)
	}
	want := in.Globals()
	if _, err := in.Eval("var bad any = Point{1, 2}"); err == nil {
		t.Fatal("the declaration compiled")
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("yaegi's Globals no longer panics here: this test tests nothing")
			}
		}()
		in.Globals()
	}()
	got := Globals(in)
	if len(got) != len(want) {
		t.Fatalf("Globals has %d names, yaegi's had %d", len(got), len(want))
	}
	for n, w := range want {
		g, ok := got[n]
		if !ok || g.Type() != w.Type() || !reflect.DeepEqual(g.Interface(), w.Interface()) {
			t.Errorf("%s: %v, yaegi's %v", n, g, w)
		}
	}
	if p := got["p"]; !p.CanAddr() || p.UnsafeAddr() != want["p"].UnsafeAddr() {
		t.Error("Globals' variables are not the interpreter's own")
	}
}
