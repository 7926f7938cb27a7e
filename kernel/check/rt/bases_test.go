package rt

import (
	"reflect"
	"testing"
)

// A notebook type gets a base of its kind of its own, the same one when
// its cell runs again; one claimed (a log replayed elsewhere) is not
// given to another; the bases are named as the notebook's types.
func TestBases(t *testing.T) {
	a, ok := Base("float64", "zzCelsius", "main.zzCelsius")
	if !ok || baseTypes[a].Kind() != reflect.Float64 {
		t.Fatalf("Base: %q %v", a, ok)
	}
	if again, _ := Base("float64", "zzCelsius", "main.zzCelsius"); again != a {
		t.Errorf("again: %q, want %q", again, a)
	}
	if i, _ := Base("int", "zzCelsius", "main.zzCelsius"); i == a || baseTypes[i].Kind() != reflect.Int {
		t.Errorf("of another kind: %q", i)
	}
	var free string
	for i := range baseCount {
		if _, taken := bases.names[baseIdent("float64", i)]; !taken {
			free = baseIdent("float64", i)
			break
		}
	}
	ClaimBase(free, "zzKelvin", "main.zzKelvin")
	if k, _ := Base("float64", "zzKelvin", "main.zzKelvin"); k != free {
		t.Errorf("claimed: %q, want %q", k, free)
	}
	if f, _ := Base("float64", "zzFahrenheit", "main.zzFahrenheit"); f == free || f == a {
		t.Errorf("another type got a base taken: %q", f)
	}
	if got := TypeString(reflect.ValueOf([]any{nil}).Index(0).Interface()); got != "<nil>" {
		t.Errorf("nil: %q", got)
	}
	v := reflect.New(baseTypes[a]).Elem()
	v.SetFloat(2)
	if got := TypeString(v.Interface()); got != "main.zzCelsius" {
		t.Errorf("TypeString: %q", got)
	}
	if got := TypeString(reflect.MakeSlice(reflect.SliceOf(baseTypes[a]), 0, 0).Interface()); got != "[]main.zzCelsius" {
		t.Errorf("TypeString of a slice: %q", got)
	}
	if _, ok := Base("float64x", "zz", "main.zz"); ok {
		t.Errorf("a kind without bases")
	}
}
