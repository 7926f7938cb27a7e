package executor

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

type celsius float64

type small int8

// scalarSamples are values of every scalar kind at their edges.
var scalarSamples = []any{
	0, 1, -1, 63, -64, 64, math.MaxInt, math.MinInt,
	int8(math.MaxInt8), int8(math.MinInt8), int16(math.MinInt16), int32(math.MaxInt32), int64(math.MinInt64), int64(math.MaxInt64),
	uint(0), uint(math.MaxUint), uint8(255), uint16(math.MaxUint16), uint32(math.MaxUint32), uint64(math.MaxUint64), uintptr(1 << 40),
	true, false,
	0.0, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1), math.SmallestNonzeroFloat64, math.MaxFloat64,
	float32(1.5), float32(math.Inf(-1)), float32(math.NaN()), math.Float32frombits(0x7fc00001),
	complex(math.NaN(), math.Inf(-1)), complex64(complex(1, -2)),
	"", "héllo", strings.Repeat("x", 300), "\x00\xff",
	celsius(-273.15), small(-5),
}

// same reports whether a and b are the same value of the same type,
// floats bit for bit.
func same(a, b any) bool {
	if reflect.TypeOf(a) != reflect.TypeOf(b) {
		return false
	}
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	switch va.Kind() {
	case reflect.Float32, reflect.Float64:
		return math.Float64bits(va.Float()) == math.Float64bits(vb.Float())
	case reflect.Complex64, reflect.Complex128:
		ca, cb := va.Complex(), vb.Complex()
		return math.Float64bits(real(ca)) == math.Float64bits(real(cb)) && math.Float64bits(imag(ca)) == math.Float64bits(imag(cb))
	}
	return a == b
}

// The scalar fast paths write and read exactly the bytes of values.go.
func TestScalarsAsValues(t *testing.T) {
	for _, v := range scalarSamples {
		rv := reflect.ValueOf(v)
		var slow frame
		if err := appendValue(&slow, rv); err != nil {
			t.Fatal(err)
		}
		c := reflect.New(rv.Type()).Elem()
		c.Set(rv)
		fast := appendScalar(nil, rv.Kind(), c.Addr().UnsafePointer())
		if !bytes.Equal(fast, slow.b) {
			t.Errorf("%T %v: appendScalar %x, appendValue %x", v, v, fast, slow.b)
		}
		m := fields{b: fast}
		raw := m.bytes()
		back := reflect.New(rv.Type()).Elem()
		if !decodeScalar(raw, rv.Kind(), back.Addr().UnsafePointer()) || !same(back.Interface(), v) {
			t.Errorf("%T %v: decodeScalar gave %v", v, v, back.Interface())
		}
	}
}

// What decodeValue refuses decodeScalar leaves to it, and the variable
// as it was.
func TestScalarsRefuse(t *testing.T) {
	enc := func(v any) []byte {
		var f frame
		if err := appendValue(&f, reflect.ValueOf(v)); err != nil {
			t.Fatal(err)
		}
		m := fields{b: f.b}
		return m.bytes()
	}
	cases := []struct {
		raw []byte
		t   reflect.Type
	}{
		{enc(300), reflect.TypeFor[int8]()},
		{enc(-1 << 40), reflect.TypeFor[int32]()},
		{enc(uint64(1 << 16)), reflect.TypeFor[uint16]()},
		{enc(uint64(256)), reflect.TypeFor[small]()},
		{enc("x"), reflect.TypeFor[int]()},         // bytes left over
		{enc(1), reflect.TypeFor[string]()},        // a length beyond the bytes
		{[]byte{2}, reflect.TypeFor[bool]()},       // bad bool
		{[]byte{0x80}, reflect.TypeFor[uint]()},    // truncated varint
		{enc(1.5)[:7], reflect.TypeFor[float64]()}, // short float
		{append(enc(1.5), 0), reflect.TypeFor[float32]()},
		{enc(complex(1, 2))[:15], reflect.TypeFor[complex128]()},
		{[]byte{}, reflect.TypeFor[int]()},
	}
	for _, c := range cases {
		v := reflect.New(c.t).Elem()
		if err := decodeValue(c.raw, v); err == nil {
			t.Fatalf("%x as %s: decodeValue takes it", c.raw, c.t)
		}
		x := reflect.New(c.t).Elem()
		if decodeScalar(c.raw, c.t.Kind(), x.Addr().UnsafePointer()) || !x.IsZero() {
			t.Errorf("%x as %s: decodeScalar took it (%v)", c.raw, c.t, x.Interface())
		}
	}
}

// A chunk's scalar results come back as they went, each its own value of
// the result type, up to the first failure; a result that does not
// decode fails as without the fast path.
func TestChunkScalarResults(t *testing.T) {
	for _, v := range scalarSamples {
		rt := reflect.TypeOf(v)
		var f frame
		f.byte(evDone)
		f.uint(7)
		f.string("")
		for range 3 {
			f.byte(resOK)
			f.uint(1)
			if err := appendValue(&f, reflect.ValueOf(v)); err != nil {
				t.Fatal(err)
			}
		}
		f.taskError("stop", nil, nil)
		got, err := decodeReply("fn", fields{b: f.b}, []reflect.Type{rt}, 4, nil, nil)
		vals, _ := got.([]any)
		var ce *chunkError
		if !errors.As(err, &ce) || ce.k != 3 || len(vals) != 3 {
			t.Fatalf("%T %v: %#v, %v", v, v, got, err)
		}
		for _, g := range vals {
			if !same(g, v) {
				t.Errorf("%T %v: came back as %T %v", v, v, g, g)
			}
		}
	}
	// 300 is no int8: the general way's error.
	var f frame
	f.byte(evDone)
	f.uint(1)
	f.string("")
	f.byte(resOK)
	f.uint(1)
	appendValue(&f, reflect.ValueOf(5))
	f.byte(resOK)
	f.uint(1)
	appendValue(&f, reflect.ValueOf(300))
	got, err := decodeReply("fn", fields{b: f.b}, []reflect.Type{reflect.TypeFor[int8]()}, 2, nil, nil)
	if err == nil || !strings.Contains(err.Error(), "300 overflows int8") || fmt.Sprint(got) != "[5]" {
		t.Fatalf("overflow: %v, %v", got, err)
	}
}

// boxAt's values are values of their type like any other.
func TestBoxAt(t *testing.T) {
	xs := []celsius{1.5, -2}
	v := boxAt(typeWord(reflect.TypeFor[celsius]()), unsafe.Pointer(&xs[1]))
	if c, ok := v.(celsius); !ok || c != -2 || fmt.Sprint(v) != "-2" || v != any(celsius(-2)) {
		t.Fatalf("%#v", v)
	}
}

// batchResolver gives functions of scalar parameters and their batch
// forms, whose slices a worker keeps from chunk to chunk.
type batchResolver struct{}

func (batchResolver) Load(uint64, []byte) error { return nil }

func (batchResolver) Lookup(name string) (reflect.Value, error) {
	switch name {
	case "show":
		return reflect.ValueOf(show), nil
	case "tag":
		return reflect.ValueOf(tag), nil
	}
	return reflect.Value{}, fmt.Errorf("no %q", name)
}

func show(b bool, s string, c celsius) string { return fmt.Sprint(b, s, c) }

// toggle is a struct a worker decodes the general way, into the slice
// of the last chunk: its false must not read as the last true.
type toggle struct {
	On    bool
	label string
}

func tag(p toggle) string { return fmt.Sprint(p.On, p.label) }

func (batchResolver) LookupBatch(name string) (reflect.Value, error) {
	switch name {
	case "show":
		return reflect.ValueOf(func(done *int, n int, bs []bool, ss []string, cs []celsius, out []string) {
			for i := *done; i < n; i++ {
				out[i] = show(bs[i], ss[i], cs[i])
				*done = i + 1
			}
		}), nil
	case "tag":
		return reflect.ValueOf(func(done *int, n int, ps []toggle, out []string) {
			for i := *done; i < n; i++ {
				out[i] = tag(ps[i])
				*done = i + 1
			}
		}), nil
	}
	return reflect.Value{}, fmt.Errorf("no batch for %q", name)
}

// A worker that keeps a batch function's slices from chunk to chunk
// decodes every call afresh: a false after a true, a shorter chunk, a
// call that fails to decode halfway through its arguments.
func TestServeWorkerBatchKept(t *testing.T) {
	var in []byte
	in = append(in, request(opTask, 1, "show", []any{true, "a", celsius(1)}, []any{true, "bb", celsius(2)}, []any{true, "c", celsius(3)})...)
	in = append(in, request(opTask, 2, "show", []any{false, "", celsius(0)}, []any{false, "d", celsius(-1)})...)
	in = append(in, request(opTask, 3, "show", []any{true, "e", celsius(4)}, []any{false, rawArg("\x09"), celsius(5)}, []any{false, "f", celsius(6)})...)
	in = append(in, request(opTask, 4, "show", []any{false, "g", celsius(7)}, []any{rawArg("\x02"), "h", celsius(8)})...)
	in = append(in, request(opTask, 5, "tag", []any{toggle{true, "p"}}, []any{toggle{true, "q"}})...)
	in = append(in, request(opTask, 6, "tag", []any{toggle{false, "r"}}, []any{toggle{}})...)
	var out bytes.Buffer
	if err := ServeWorker(batchResolver{}, bytes.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	fr := newFrameReader(&out)
	var got []string
	for {
		m, err := fr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		ev, id, msg := m.byte(), m.uint(), m.string()
		if ev == evReady {
			continue
		}
		s := fmt.Sprintf("%d%s:", id, msg)
		for len(m.b) > 0 && m.err == nil {
			switch m.byte() {
			case resOK:
				for range m.count() {
					var r string
					if err := decodeValue(m.bytes(), reflect.ValueOf(&r).Elem()); err != nil {
						t.Fatal(err)
					}
					s += fmt.Sprintf(" %q", r)
				}
			case resErr:
				s += " err " + m.string()
				m.count()
			}
		}
		got = append(got, s)
	}
	want := []string{
		`1: "truea1" "truebb2" "truec3"`,
		`2: "false0" "falsed-1"`,
		`3: "truee4" err executor: show: decoding argument 1 as string: not a string: executor: truncated message`,
		`4: "falseg7" err executor: show: decoding argument 0 as bool: not a bool: bad bool`,
		`5: "truep" "trueq"`,
		`6: "falser" "false"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("replies:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Map submits nothing where an item cannot be sent, and submits chunks
// of scalars of a fixed size as it encodes them, which cannot fail.
func TestMapRemoteSubmits(t *testing.T) {
	var tasks []*RemoteTask
	enqueue := func(rt *RemoteTask) { tasks = append(tasks, rt) }
	it := MapRemote(enqueue, Named("f", func(any) int { return 0 }), []any{1, 2, 3, make(chan int)}, ChunkSize(2))
	if it.Err() == nil || len(tasks) != 0 {
		t.Fatalf("an item that cannot be sent: %v, %d tasks submitted", it.Err(), len(tasks))
	}
	it = MapRemote(enqueue, Named("f", func(int, float32) int { return 0 }), []int{1, 2, 3, 4, 5}, []float32{1, 2, 3, 4, 5, 6}, ChunkSize(2))
	if it.Err() != nil || len(tasks) != 3 || tasks[2].chunk != 1 || fmt.Sprint(it.starts) != "[0 2 4]" {
		t.Fatalf("%v, %d tasks", it.Err(), len(tasks))
	}
	for _, c := range []struct {
		fn    any
		its   []any
		chunk int
		want  bool
	}{
		{func(int, bool) int { return 0 }, []any{[]int{1}, []bool{true}}, 1000, true},
		{func(complex128) int { return 0 }, []any{[]complex128{1}}, 1 << 20, true},
		{func(string) int { return 0 }, []any{[]string{"s"}}, 1000, false},
		{func(point) int { return 0 }, []any{[]point{{}}}, 1000, false},
		{func(int) int { return 0 }, []any{[]int{1}}, 1 << 30, false},
	} {
		e, _ := newCallEncoder("fn", c.fn)
		z, _ := zipArgs("fn", c.its)
		if got := e.direct(z) && e.infallible(c.chunk); got != c.want {
			t.Errorf("%T over %T in chunks of %d: infallible %v, want %v", c.fn, c.its[0], c.chunk, got, c.want)
		}
	}
}

// chunkReply is a worker's reply to a chunk: the results vals, then
// failure if it is not empty.
func chunkReply(vals []int, failure string) []byte {
	var f frame
	f.byte(evDone)
	f.uint(1)
	f.string("")
	for _, v := range vals {
		f.byte(resOK)
		f.uint(1)
		appendValue(&f, reflect.ValueOf(v))
	}
	if failure != "" {
		f.failure(failure)
	}
	return f.b
}

// Collect returns a Map's results where the chunks were decoded, up to
// the first failure; after Next, the rest.
func TestMapCollectInPlace(t *testing.T) {
	run := func(replies func(k int, rt *RemoteTask) []byte) *MapIterator {
		k := 0
		return MapRemote(func(rt *RemoteTask) {
			rt.Finish(rt.Decode(replies(k, rt)))
			k++
		}, Named("f", func(int) int { return 0 }), []int{0, 1, 2, 3, 4, 5, 6}, ChunkSize(3))
	}
	echo := func(k int, rt *RemoteTask) []byte {
		var vals []int
		for i := range rt.chunk {
			vals = append(vals, 10*(3*k+i))
		}
		return chunkReply(vals, "")
	}
	out, err := run(echo).Collect()
	if err != nil || fmt.Sprint(out) != "[0 10 20 30 40 50 60]" {
		t.Fatalf("%v, %v", out, err)
	}
	it := run(echo)
	it.Next()
	it.Next()
	if out, err := it.Collect(); err != nil || fmt.Sprint(out) != "[20 30 40 50 60]" {
		t.Fatalf("after two: %v, %v", out, err)
	}
	out, err = run(func(k int, rt *RemoteTask) []byte {
		if k == 1 {
			return chunkReply([]int{30}, "boom")
		}
		return echo(k, rt)
	}).Collect()
	if err == nil || err.Error() != "executor: map item 4: boom" || fmt.Sprint(out) != "[0 10 20 30]" {
		t.Fatalf("failing chunk: %v, %v", out, err)
	}
	out, err = run(func(k int, rt *RemoteTask) []byte {
		if k == 2 {
			return chunkReply([]int{60, 70}, "") // one call, two results
		}
		return echo(k, rt)
	}).Collect()
	if err == nil || !strings.Contains(err.Error(), "more results than the chunk's 1 calls") || fmt.Sprint(out) != "[0 10 20 30 40 50]" {
		t.Fatalf("too many results: %v, %v", out, err)
	}
}
