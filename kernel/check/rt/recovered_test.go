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
