package executor

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
)

// fuzzResolver knows two harmless functions.
type fuzzResolver struct{}

func (fuzzResolver) Load(uint64, []byte) error { return nil }

func (fuzzResolver) Lookup(name string) (reflect.Value, error) {
	switch name {
	case "join":
		return reflect.ValueOf(func(n int, parts ...string) string { return fmt.Sprint(n, parts) }), nil
	case "fail":
		return reflect.ValueOf(func(msg string) error { return errors.New(msg) }), nil
	case "half", "halfNoBatch":
		return reflect.ValueOf(half), nil
	case "echoAny":
		return reflect.ValueOf(func(v any) any { return v }), nil
	case "missing": // an error whose chain holds a value of a registered type
		return reflect.ValueOf(func(k string) error { return fmt.Errorf("%w: %w", &chainMissing{k}, errOdd) }), nil
	}
	return reflect.Value{}, fmt.Errorf("no %q", name)
}

var batchCalls int

var errOdd = errors.New("odd")

// Sentinels names errOdd.
func (fuzzResolver) Sentinels() ([]string, []error) { return []string{"errOdd"}, []error{errOdd} }

// half fails for odd numbers and panics for negative ones.
func half(n int) (int, error) {
	if n < 0 {
		panic(fmt.Sprintf("negative %d", n))
	}
	if n%2 != 0 {
		return 0, fmt.Errorf("%d is %w", n, errOdd)
	}
	return n / 2, nil
}

// LookupBatch gives a batch function for half, as an interpreter would,
// and one of the wrong signature for halfNoBatch, which workers ignore.
func (fuzzResolver) LookupBatch(name string) (reflect.Value, error) {
	switch name {
	case "half":
		return reflect.ValueOf(func(n *int, count int, a0 []int, r0 []int, errs []error) {
			batchCalls++
			for i := *n; i < count; i++ {
				r0[i], errs[i] = half(a0[i])
				if errs[i] != nil {
					return
				}
				*n = i + 1
			}
		}), nil
	case "halfNoBatch":
		return reflect.ValueOf(func(n *int, count int, a0 []int, r0 []int) {}), nil
	}
	return reflect.Value{}, fmt.Errorf("no batch for %q", name)
}

// rawArg is an argument's encoding as it is, in a request.
type rawArg string

func request(op byte, id uint64, fn string, calls ...[]any) []byte {
	var f frame
	f.reset()
	f.byte(op)
	f.uint(id)
	f.string(fn)
	f.uint(uint64(len(calls)))
	for _, c := range calls {
		f.uint(uint64(len(c)))
		for _, a := range c {
			if r, ok := a.(rawArg); ok {
				f.string(string(r))
				continue
			}
			if err := appendValue(&f, reflect.ValueOf(a)); err != nil {
				panic(err)
			}
		}
	}
	f.send(io.Discard) // fills in the length
	return f.b
}

// serve runs a worker on the requests and returns the results of its
// replies after the ready one, as text.
func serve(t testing.TB, requests []byte) ([]string, error) {
	var out bytes.Buffer
	err := ServeWorker(fuzzResolver{}, bytes.NewReader(requests), &out)
	fr := newFrameReader(&out)
	var got []string
	first := true
	for {
		m, rerr := fr.next()
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			t.Fatalf("worker wrote a bad frame: %v", rerr)
		}
		ev, id, msg := m.byte(), m.uint(), m.string()
		if first {
			if ev != evReady {
				t.Fatalf("first reply %q, want ready", ev)
			}
			first = false
			continue
		}
		s := fmt.Sprintf("%c%d %s:", ev, id, msg)
		for len(m.b) > 0 {
			switch kind := m.byte(); kind {
			case resOK:
				for range m.count() {
					s += " ok " + showResult(m.bytes())
				}
			case resErr, resErrValues:
				s += " err " + m.string()
				for range m.count() {
					s += " is " + m.string()
				}
				if kind == resErrValues {
					for range m.count() {
						s += " holds " + m.string()
						m.bytes()
					}
				}
			case resPanic:
				s += " panic " + m.string()
				m.string()
				for range m.count() {
					s += " in " + m.string()
				}
			}
		}
		if m.err != nil {
			t.Fatalf("worker wrote a malformed reply: %v", m.err)
		}
		got = append(got, s)
	}
	return got, err
}

// showResult shows an int or string result (those of fuzzResolver's
// functions).
func showResult(raw []byte) string {
	if n, ok := decodeInt(raw, intType); ok {
		return fmt.Sprint(n)
	}
	var s string
	if err := decodeValue(raw, reflect.ValueOf(&s).Elem()); err != nil {
		return fmt.Sprintf("%q?", raw)
	}
	return fmt.Sprintf("%q", s)
}

func TestServeWorkerRequests(t *testing.T) {
	var in []byte
	in = append(in, request(opTask, 1, "join", []any{1}, []any{2, "a", "b"})...)
	in = append(in, request(opTask, 2, "join", []any{"x"}, []any{3})...) // stops at the first failure
	in = append(in, request(opTask, 3, "fail", []any{"no"})...)
	in = append(in, request(opTask, 4, "nothing")...)
	in = append(in, request(opTask, 5, "join", []any{})...)
	in = append(in, request(opTask, 6, "missing", []any{"k"})...)
	got, err := serve(t, in)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`F1 : ok "1 []" ok "2 [a b]"`,
		`F2 : err executor: join: decoding argument 0 as int: not a int: 1 bytes left over`,
		`F3 : err no`,
		`F4 no "nothing":`,
		`F5 : err executor: join takes 2 arguments, the task has 0`,
		`F6 : err missing k: odd is errOdd holds missing k`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("replies:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestServeWorkerBatches runs chunks through a batch function: results up
// to the first failure (error, panic, undecodable or missing argument),
// then that failure, as without one.
func TestServeWorkerBatches(t *testing.T) {
	for _, fn := range []string{"half", "halfNoBatch"} {
		batchCalls = 0
		var in []byte
		in = append(in, request(opTask, 1, fn, []any{4}, []any{8}, []any{0})...)
		in = append(in, request(opTask, 2, fn, []any{4}, []any{3}, []any{8})...)
		in = append(in, request(opTask, 3, fn, []any{4}, []any{-1}, []any{8})...)
		in = append(in, request(opTask, 4, fn, []any{4}, []any{"x"}, []any{8})...)
		in = append(in, request(opTask, 5, fn, []any{4}, []any{}, []any{8})...)
		in = append(in, request(opTask, 6, fn, []any{4}, []any{1, 2})...)
		got, err := serve(t, in)
		if err != nil {
			t.Fatal(err)
		}
		if wantBatches := map[string]int{"half": 6, "halfNoBatch": 0}[fn]; batchCalls != wantBatches {
			t.Errorf("%s: %d batch calls, want %d", fn, batchCalls, wantBatches)
		}
		want := []string{
			`F1 : ok 2 ok 4 ok 0`,
			`F2 : ok 2 err 3 is odd is errOdd`,
			`F3 : ok 2 panic negative -1`,
			`F4 : ok 2 err executor: ` + fn + `: decoding argument 0 as int: not a int: 1 bytes left over`,
			`F5 : ok 2 err executor: ` + fn + ` takes 1 arguments, the task has 0`,
			`F6 : ok 2 err executor: ` + fn + ` takes 1 arguments, the task has 2`,
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s replies:\n%s\nwant:\n%s", fn, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// FuzzServeWorker feeds a worker arbitrary requests: it must answer every
// frame it can read with a well-formed reply, and never panic.
func FuzzServeWorker(f *testing.F) {
	f.Add(request(opTask, 1, "join", []any{1, "a"}))
	f.Add(request(opTask, 2, "fail", []any{"x"}))
	f.Add(request(opTask, 3, "half", []any{2}, []any{-3}))
	f.Add(request(opDecls, 0, "", nil))
	f.Add([]byte{frameMarker, 3, 0, 0, 0, 'T', 1})
	f.Add([]byte{frameMarker, 255, 255, 255, 255})
	f.Add([]byte("text"))
	f.Add(request(opTask, 4, "join", []any{1, rawArg("S\x01\x01\x02")}))
	f.Add(request(opTask, 5, "echoAny", []any{[]any{1, "s", map[string]any{"k": []byte("v")}, struct{ A float64 }{1}}}))
	f.Add(request(opVars, 0, ""))
	f.Add(request(opTask, 6, "missing", []any{"k"}))
	var reply frame // a reply's results, for the pool's decoder below
	reply.reset()
	reply.taskError("e", []string{"errOdd"}, []chainValue{{msg: "m", raw: mustEncode(f, chainCode{1, "x"})}})
	f.Add(reply.b[headerLen:])
	f.Fuzz(func(t *testing.T, in []byte) {
		serve(t, in)
		// The pool's side decodes results from any bytes without
		// panicking, a step at least each time.
		m := fields{b: in}
		for len(m.b) > 0 && m.err == nil {
			before := len(m.b)
			decodeResult("f", &m, []reflect.Type{intType}, func(string) error { return errOdd })
			if m.err == nil && len(m.b) >= before {
				t.Fatal("decodeResult read nothing")
			}
		}
	})
}

// Map encodes items straight from the iterables when their element types
// fit the parameters as they are: the bytes must be those of the general
// path, which boxes and converts each item.
func TestMapDirectEncoding(t *testing.T) {
	type point struct{ X, Y int }
	type celsius float64
	fn := func(int, point, *point, [2]string, celsius) int { return 0 }
	e, err := newCallEncoder("fn", fn)
	if err != nil {
		t.Fatal(err)
	}
	its := []any{[]int{1, -2}, []point{{1, 2}, {3, 4}}, []*point{{5, 6}, nil}, [2][2]string{{"a", "b"}, {"c", `"d"`}}, []celsius{21.5, -3}}
	z, err := zipArgs("fn", its)
	if err != nil {
		t.Fatal(err)
	}
	if !e.direct(z) {
		t.Fatal("not direct")
	}
	buf := make([]any, len(its))
	for i := range z.n {
		var slow, fast frame
		if err := e.encode(&slow, z.args(i, buf)); err != nil {
			t.Fatal(err)
		}
		var err error
		if fast.b, _, err = e.encodeItems(fast.b, i, i+1); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(slow.b, fast.b) {
			t.Errorf("item %d: direct %q, general %q", i, fast.b, slow.b)
		}
	}
	for _, c := range []struct {
		fn  any
		its []any
	}{
		{func(any) int { return 0 }, []any{[]any{1}}},             // interface elements: checked one by one
		{func(int64) int { return 0 }, []any{[]int8{1}}},          // converted, not assignable
		{func(chan int) int { return 0 }, []any{[]chan int{nil}}}, // refused with an error by the general path
		{func(...int) int { return 0 }, []any{[]int{1}}},          // variadic
	} {
		e, _ := newCallEncoder("fn", c.fn)
		z, _ := zipArgs("fn", c.its)
		if e.direct(z) {
			t.Errorf("%T over %T: direct, want the general path", c.fn, c.its[0])
		}
	}
}
