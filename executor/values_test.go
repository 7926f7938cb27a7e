package executor

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"
	"time"
)

type upper string

func (u upper) MarshalJSON() ([]byte, error) { return json.Marshal("U:" + string(u)) }

// appendValue/decodeValue must agree with encoding/json, which they stand
// in for on scalar kinds.
func TestValueCodecMatchesJSON(t *testing.T) {
	for _, v := range []any{0, -42, int8(-7), int64(math.MaxInt64), uint(7), uint64(math.MaxUint64), uint8(255),
		true, false, 3.0, -2.5, 1e300, float32(1.5), "héllo \"q\"", time.Second, upper("x"),
		[2]int{1, 2}, map[string]int{"a": 1}, struct{ A int }{3}} {
		rv := reflect.ValueOf(v)
		var f frame
		if err := appendValue(&f, rv); err != nil {
			t.Fatalf("%T %v: %v", v, v, err)
		}
		m := fields{b: f.b}
		got := m.bytes()
		if m.err != nil || len(m.b) != 0 {
			t.Fatalf("%T %v: frame %q", v, v, f.b)
		}
		want, _ := json.Marshal(v)
		if string(got) != string(want) {
			t.Errorf("encode %T %v = %s, encoding/json gives %s", v, v, got, want)
		}
		if _, ok := v.(upper); ok {
			continue // no UnmarshalJSON
		}
		back := reflect.New(rv.Type()).Elem()
		if err := decodeValue(got, back); err != nil {
			t.Fatalf("decode %T %s: %v", v, got, err)
		}
		if !reflect.DeepEqual(back.Interface(), v) {
			t.Errorf("round trip %T: %v -> %v", v, v, back.Interface())
		}
	}
	var n int8
	if err := decodeValue([]byte("300"), reflect.ValueOf(&n).Elem()); err == nil {
		t.Error("300 fits no int8: want an error")
	}
}
