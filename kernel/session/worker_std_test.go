package session

import (
	"reflect"
	"strings"
	"testing"
)

// Standard-library functions come by their path-qualified names
// (executor sends math.Sqrt as "math.Sqrt"), whether or not the notebook
// imported their packages.
func TestWorkerResolverStdFuncs(t *testing.T) {
	r := NewWorkerResolver(Options{})
	for name, want := range map[string]any{
		"math.Sqrt":           2.0,
		"strings.ToUpper":     "AB",
		"encoding/json.Valid": true,
		"math/rand/v2.IntN":   0,
	} {
		fn, err := r.Lookup(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var args []reflect.Value
		switch name {
		case "math.Sqrt":
			args = []reflect.Value{reflect.ValueOf(4.0)}
		case "strings.ToUpper":
			args = []reflect.Value{reflect.ValueOf("ab")}
		case "encoding/json.Valid":
			args = []reflect.Value{reflect.ValueOf([]byte("{}"))}
		case "math/rand/v2.IntN":
			args = []reflect.Value{reflect.ValueOf(1)}
		}
		if got := fn.Call(args)[0].Interface(); got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	for _, name := range []string{"math.Nope", "nosuch/pkg.F", "math.Pi", "math/rand.v2.IntN"} {
		if _, err := r.Lookup(name); err == nil || !strings.Contains(err.Error(), "worker:") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
