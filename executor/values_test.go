package executor

import (
	"bytes"
	"math"
	"reflect"
	"testing"
	"time"
)

type point struct {
	X, Y  float64
	label string
}

type withTime struct {
	At   time.Time
	Data []byte
	Any  any
}

// roundTrip encodes v as a value of its own type and decodes it back.
func roundTrip(t *testing.T, v any) any {
	t.Helper()
	rv := reflect.ValueOf(&v).Elem() // v as an interface value
	if v != nil {
		rv = reflect.ValueOf(v)
	}
	var f frame
	if err := appendValue(&f, rv); err != nil {
		t.Fatalf("encode %T %v: %v", v, v, err)
	}
	m := fields{b: f.b}
	raw := m.bytes()
	if m.err != nil || len(m.b) != 0 {
		t.Fatalf("%T %v: frame %q", v, v, f.b)
	}
	back := reflect.New(rv.Type()).Elem()
	if err := decodeValue(raw, back); err != nil {
		t.Fatalf("decode %T %v: %v", v, v, err)
	}
	return back.Interface()
}

// Values cross exactly: floats bit for bit, integers at full width (in
// an any too), nil and empty apart, []byte and time.Time as they are.
func TestValuesRoundTripExactly(t *testing.T) {
	at := time.Date(2026, 11, 30, 1, 2, 3, 456789012, time.FixedZone("", 3600))
	for _, v := range []any{0, -42, int8(-7), int64(math.MaxInt64), int64(math.MinInt64), uint(7), uint64(math.MaxUint64),
		uint8(255), true, false, 3.0, -2.5, 1e300, math.Inf(1), math.Inf(-1), math.Copysign(0, -1), float32(1.5),
		float32(math.Inf(-1)), complex(1, math.Inf(1)), "héllo \"q\"", time.Second, at,
		[2]int{1, 2}, map[string]int{"a": 1}, map[string]int{}, map[string]int(nil), []int{}, []int(nil),
		[]byte{}, []byte(nil), []byte("\x00\xff"), struct{ A int }{3}, point{1, 2, "p"}, &point{3, 4, "q"}, (*point)(nil),
		[]any{int64(math.MaxInt64), uint64(math.MaxUint64), 1 << 60, "s", []byte("b"), at, nil, 2.5, math.Inf(1), []int{}, []int(nil), map[string]any{"k": int8(3)}},
		withTime{At: at, Data: []byte("d"), Any: uint64(1<<64 - 1)}} {
		got := roundTrip(t, v)
		if !reflect.DeepEqual(got, v) {
			t.Errorf("round trip %T: %#v -> %#v", v, v, got)
		}
	}
	nan := roundTrip(t, math.NaN()).(float64)
	if math.Float64bits(nan) != math.Float64bits(math.NaN()) {
		t.Errorf("NaN: %v", nan)
	}
	anyNaN := roundTrip(t, []any{math.NaN()}).([]any)
	if f, ok := anyNaN[0].(float64); !ok || !math.IsNaN(f) {
		t.Errorf("NaN in an any: %#v", anyNaN)
	}
	if b := roundTrip(t, []byte(nil)).([]byte); b != nil {
		t.Errorf("nil []byte came back as %#v", b)
	}
	if b := roundTrip(t, []byte{}).([]byte); b == nil || !bytes.Equal(b, []byte{}) {
		t.Errorf("empty []byte came back as %#v", b)
	}
}

// What cannot cross says so; corrupt input fails without a panic.
func TestValuesRefused(t *testing.T) {
	type cyc struct{ Next *cyc }
	c := &cyc{}
	c.Next = c
	for _, v := range []any{c, []any{make(chan int)}, []any{func() {}}} {
		var f frame
		if err := appendValue(&f, reflect.ValueOf(v)); err == nil {
			t.Errorf("%T: want an error", v)
		}
	}
	var n int8
	var f frame
	_ = appendValue(&f, reflect.ValueOf(300))
	m := fields{b: f.b}
	if err := decodeValue(m.bytes(), reflect.ValueOf(&n).Elem()); err == nil {
		t.Error("300 fits no int8: want an error")
	}
	for _, raw := range [][]byte{{}, {'N', 3, 'x'}, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1}, {'T', 1, 1, 'a', 0, 1, 99}} {
		var x []any
		if err := decodeValue(raw, reflect.ValueOf(&x).Elem()); err == nil {
			t.Errorf("%q: want an error", raw)
		}
		var y any
		_ = decodeValue(raw, reflect.ValueOf(&y).Elem())
	}
}
