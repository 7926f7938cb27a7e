package executor

import (
	"encoding/binary"
	"fmt"
	"reflect"
	"unsafe"
)

// A worker runs a Map chunk with the function's batch form (see
// BatchResolver): it decodes every call's arguments into one slice per
// parameter, makes one call, and encodes the results from one slice per
// result. Scalars (scalars.go) go straight from the request into the
// slices and from the slices into the reply; the slices are kept for the
// next chunk where their elements share no memory a call could keep.

// column is one of the slices a batch function is called with.
type column struct {
	v    reflect.Value  // the slice
	kind reflect.Kind   // of its elements if they are scalars, else reflect.Invalid
	base unsafe.Pointer // its first element
	size uintptr        // of an element
}

func newColumn(t reflect.Type, n int) column {
	c := column{v: reflect.MakeSlice(reflect.SliceOf(t), n, n), size: t.Size()}
	c.base = c.v.UnsafePointer()
	if scalarType(t) {
		c.kind = t.Kind()
	}
	return c
}

// at returns the address of element i.
func (c column) at(i int) unsafe.Pointer { return unsafe.Add(c.base, uintptr(i)*c.size) }

// batchSlots are what a worker calls a batch function with.
type batchSlots struct {
	args, res []column
	n         int  // the length of the columns
	keep      bool // reuse the columns: every parameter type is free of references
	done      *int
	errs      []error
	in        []reflect.Value
}

// setBatch finds the batch function of wf, if r has one of the expected
// signature.
func (wf *workerFunc) setBatch(r BatchResolver) {
	if wf.fixed < len(wf.params) {
		return
	}
	// Results are encoded after the whole batch ran: they must not share
	// memory a later call could change.
	for _, t := range wf.outs {
		if !refFree(t) {
			return
		}
	}
	b, err := r.LookupBatch(wf.name)
	if err != nil || !b.IsValid() || b.Kind() != reflect.Func {
		return
	}
	want := []reflect.Type{reflect.TypeFor[*int](), reflect.TypeFor[int]()}
	for _, t := range wf.params {
		want = append(want, reflect.SliceOf(t))
	}
	for _, t := range wf.outs {
		want = append(want, reflect.SliceOf(t))
	}
	if wf.outErr {
		want = append(want, reflect.TypeFor[[]error]())
	}
	bt := b.Type()
	if bt.NumIn() != len(want) || bt.NumOut() != 0 || bt.IsVariadic() {
		return
	}
	for i, t := range want {
		if bt.In(i) != t {
			return
		}
	}
	wf.batch = b
	wf.bs = &batchSlots{keep: true, done: new(int)}
	for _, t := range wf.params {
		wf.bs.keep = wf.bs.keep && refFree(t)
	}
}

// slots returns the batch slots for a chunk of n calls: columns of at
// least n elements, zero where the arguments are not all scalars (and
// written over call by call where they are).
func (wf *workerFunc) slots(n int) *batchSlots {
	bs := wf.bs
	if bs.keep && bs.n >= n {
		return bs
	}
	size := n
	if bs.keep {
		size = max(n, 2*bs.n)
	}
	bs.args, bs.res, bs.n = bs.args[:0], bs.res[:0], size
	for _, t := range wf.params {
		bs.args = append(bs.args, newColumn(t, size))
	}
	for _, t := range wf.outs {
		bs.res = append(bs.res, newColumn(t, size))
	}
	return bs
}

// callBatch reads n calls' arguments from m, runs them with the batch
// function and appends their results to out, up to the first failure.
func (wf *workerFunc) callBatch(out *frame, m *fields, n int) {
	bs := wf.slots(n)
	// Decode until the first call that cannot be; the calls before it run.
	count, derr := wf.decodeBatch(m, bs.args, n)
	*bs.done = 0
	in := append(bs.in[:0], reflect.ValueOf(bs.done), reflect.ValueOf(count))
	for _, c := range bs.args {
		in = append(in, c.v)
	}
	for _, c := range bs.res {
		in = append(in, c.v.Slice(0, count))
	}
	if wf.outErr {
		if cap(bs.errs) < count {
			bs.errs = make([]error, count)
		}
		bs.errs = bs.errs[:count]
		clear(bs.errs)
		in = append(in, reflect.ValueOf(bs.errs))
	}
	bs.in = in
	_, pe := wf.callReflect(wf.batch, in)
	clear(in) // nothing of this chunk is kept
	done := min(*bs.done, count)
	if !wf.appendBatchResults(out, bs.res, done) {
		return
	}
	switch {
	case done >= count && derr != nil:
		out.failure(derr.Error())
	case done >= count:
	case pe != nil:
		out.panicked(pe)
	case wf.outErr && bs.errs[done] != nil:
		wf.taskError(out, bs.errs[done])
	default:
		out.failure(fmt.Sprintf("executor: %s: the batch function stopped after %d of %d calls", wf.name, done, count))
	}
	if wf.outErr {
		clear(bs.errs)
	}
	if !bs.keep {
		bs.args, bs.res, bs.n = nil, nil, 0
	}
}

// decodeBatch decodes the arguments of n calls from m into args, up to
// the first call that cannot be decoded: it returns how many were, and
// the error of the one that was not.
func (wf *workerFunc) decodeBatch(m *fields, args []column, n int) (int, error) {
	i := 0
	// The calls whose arguments are scalars that decode as they are go
	// straight into the columns; the first other call, and all after it,
	// go the general way.
	b := m.b
fast:
	for ; i < n && m.err == nil; i++ {
		call := b
		nargs, c := binary.Uvarint(b)
		if c <= 0 || nargs != uint64(len(args)) {
			break
		}
		b = b[c:]
		for _, col := range args {
			size, c := binary.Uvarint(b)
			if col.kind == reflect.Invalid || c <= 0 || size > uint64(len(b)-c) ||
				!decodeScalar(b[c:c+int(size)], col.kind, col.at(i)) {
				b = call
				break fast
			}
			b = b[c+int(size):]
		}
	}
	if m.err == nil {
		m.b = b
	}
	for ; i < n; i++ {
		var derr error
		nargs := m.count()
		if m.err == nil && nargs != len(wf.params) {
			derr = wf.arityError(nargs)
		}
		for j := range nargs {
			raw := m.bytes()
			if derr == nil && m.err == nil {
				v := args[j].v.Index(i)
				v.SetZero() // a column kept from the last chunk
				if err := decodeValue(raw, v); err != nil {
					derr = fmt.Errorf("executor: %s: decoding argument %d as %s: %v", wf.name, j, wf.params[j], err)
				}
			}
		}
		if derr == nil && m.err != nil {
			derr = fmt.Errorf("executor: %s: %w", wf.name, m.err)
		}
		if derr != nil {
			return i, derr
		}
	}
	return n, nil
}

// appendBatchResults appends the outcomes of the first done calls, whose
// results are in res. It reports whether they could be encoded.
func (wf *workerFunc) appendBatchResults(out *frame, res []column, done int) bool {
	scalars := true
	for _, c := range res {
		scalars = scalars && c.kind != reflect.Invalid
	}
	if !scalars {
		for i := range done {
			if !wf.appendResults(out, len(res), func(k int) reflect.Value { return res[k].v.Index(i) }) {
				return false
			}
		}
		return true
	}
	b := out.b
	for i := range done {
		b = append(b, resOK)
		b = binary.AppendUvarint(b, uint64(len(res)))
		for _, c := range res {
			b = appendScalar(b, c.kind, c.at(i))
		}
	}
	out.b = b
	return true
}
