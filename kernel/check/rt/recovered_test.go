package rt

import (
	"reflect"
	"testing"
)

// Recovered gives back the typed value Panicking noted for the raw one
// yaegi panicked with, in the goroutine that noted it only, once.
func TestRecoveredTypedPanic(t *testing.T) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		Panicking("typed elsewhere", "x") // never recovered here
	}()
	<-done
	if got := Recovered(reflect.ValueOf("x")); got != "x" {
		t.Errorf("another goroutine's value: got %v", got)
	}
	Panicking("typed y", "y")
	if got := Recovered(reflect.ValueOf("y")); got != "typed y" {
		t.Errorf("got %v, want the typed value", got)
	}
	if got := Recovered(reflect.ValueOf("y")); got != "y" {
		t.Errorf("noted once, recovered twice: got %v", got)
	}
}

// The name is found among the first field's other keys, and a struct
// holding another is spelled once the inner one is.
func TestCellTypeNamesTagged(t *testing.T) {
	for msg, want := range map[string]string{
		`interface {} is struct { Side float64 "gofutures:\"Square\"" }, not int`:                                                         `interface {} is main.Square, not int`,
		`interface {} is struct { Side float64 "json:\"s\" gofutures:\"Square\"" }, not int`:                                              `interface {} is main.Square, not int`,
		`interface {} is struct { Base struct { ID int "gofutures:\"Base\"" } "gofutures:\"Square\" gofuturese:\"0\""; Xa int }, not int`: `interface {} is main.Square, not int`,
		`interface {} is struct { A int "json:\"a\"" }, not int`:                                                                          `interface {} is struct { A int "json:\"a\"" }, not int`,
	} {
		if got := cellTypeNames(msg); got != want {
			t.Errorf("cellTypeNames(%q)\n = %q\nwant %q", msg, got, want)
		}
	}
}
