package mono

// overrides are plain-Go replacements, written for this package, of
// standard-library declarations whose own source cannot run in the
// interpreter: ones implemented by the runtime (go:linkname) or in
// assembly, and ones built on package unsafe. Each is Go source in the
// package it replaces; its declarations take the place of the same-named
// ones (a type takes its methods with it) before that package is
// type-checked, so the rest of the package uses them unchanged.
var overrides = map[string]string{
	// maps.Clone asks the runtime for a copy of the map's table.
	"maps": `package maps

func Clone[M ~map[K]V, K comparable, V any](m M) M {
	if m == nil {
		return nil
	}
	c := make(M, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}
`,
	// slices.overlaps compares addresses with package unsafe. Without it,
	// two non-empty slices overlap when the first element of one is an
	// element of the other. (For zero-size elements this may say yes
	// where unsafe says no; callers then take their copying path, which
	// gives the same result.)
	"slices": `package slices

func overlaps[E any](a, b []E) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for i := range b {
		if &b[i] == &a[0] {
			return true
		}
	}
	for i := range a {
		if &a[i] == &b[0] {
			return true
		}
	}
	return false
}
`,
	// atomic.Pointer keeps an unsafe.Pointer. Here it keeps its pointer
	// boxed in a Value, which the interpreter provides compiled: every
	// operation is still one atomic operation on the Value.
	"sync/atomic": `package atomic

type Pointer[T any] struct {
	v Value
}

type pointerBox[T any] struct {
	p *T
}

func (x *Pointer[T]) Load() *T {
	b, _ := x.v.Load().(pointerBox[T])
	return b.p
}

func (x *Pointer[T]) Store(val *T) {
	x.v.Store(pointerBox[T]{val})
}

func (x *Pointer[T]) Swap(new *T) (old *T) {
	b, _ := x.v.Swap(pointerBox[T]{new}).(pointerBox[T])
	return b.p
}

func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	// A Value never stored holds nil, which Pointer reads as a nil *T.
	if old == nil && x.v.CompareAndSwap(nil, pointerBox[T]{new}) {
		return true
	}
	return x.v.CompareAndSwap(pointerBox[T]{old}, pointerBox[T]{new})
}

// And and Or (Go 1.23) are assembly; here each is a compare-and-swap
// loop over the compiled Load and CompareAndSwap.

func AndInt32(addr *int32, mask int32) (old int32) {
	for {
		old = LoadInt32(addr)
		if CompareAndSwapInt32(addr, old, old&mask) {
			return old
		}
	}
}

func OrInt32(addr *int32, mask int32) (old int32) {
	for {
		old = LoadInt32(addr)
		if CompareAndSwapInt32(addr, old, old|mask) {
			return old
		}
	}
}

func AndInt64(addr *int64, mask int64) (old int64) {
	for {
		old = LoadInt64(addr)
		if CompareAndSwapInt64(addr, old, old&mask) {
			return old
		}
	}
}

func OrInt64(addr *int64, mask int64) (old int64) {
	for {
		old = LoadInt64(addr)
		if CompareAndSwapInt64(addr, old, old|mask) {
			return old
		}
	}
}

func AndUint32(addr *uint32, mask uint32) (old uint32) {
	for {
		old = LoadUint32(addr)
		if CompareAndSwapUint32(addr, old, old&mask) {
			return old
		}
	}
}

func OrUint32(addr *uint32, mask uint32) (old uint32) {
	for {
		old = LoadUint32(addr)
		if CompareAndSwapUint32(addr, old, old|mask) {
			return old
		}
	}
}

func AndUint64(addr *uint64, mask uint64) (old uint64) {
	for {
		old = LoadUint64(addr)
		if CompareAndSwapUint64(addr, old, old&mask) {
			return old
		}
	}
}

func OrUint64(addr *uint64, mask uint64) (old uint64) {
	for {
		old = LoadUint64(addr)
		if CompareAndSwapUint64(addr, old, old|mask) {
			return old
		}
	}
}

func AndUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	for {
		old = LoadUintptr(addr)
		if CompareAndSwapUintptr(addr, old, old&mask) {
			return old
		}
	}
}

func OrUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	for {
		old = LoadUintptr(addr)
		if CompareAndSwapUintptr(addr, old, old|mask) {
			return old
		}
	}
}
`,
	// reflect.TypeFor reads the type's descriptor with package unsafe;
	// here it asks TypeOf, through a nil pointer for interface types.
	// reflect.TypeAssert (Go 1.25) avoids an allocation with package
	// unsafe; its documentation states its meaning as this assertion.
	"reflect": `package reflect

func TypeAssert[T any](v Value) (T, bool) {
	x, ok := v.Interface().(T)
	return x, ok
}

func TypeFor[T any]() Type {
	var zero T
	if t := TypeOf(zero); t != nil {
		return t
	}
	return TypeOf((*T)(nil)).Elem()
}
`,
	// iter.Pull and Pull2 run seq as a runtime coroutine (go:linkname).
	// Here seq runs in a goroutine that hands over one value per call of
	// next over unbuffered channels; a panic in seq reaches the caller of
	// next or stop, as with Go's.
	"iter": `package iter

type pullMsg[K, V any] struct {
	k     K
	v     V
	ok    bool // a value; false: seq returned
	fault bool // seq panicked with p
	p     any
}

func pullRun[K, V any](seq func(yield func(K, V) bool)) (next func() (K, V, bool), stop func()) {
	resume := make(chan bool)
	out := make(chan pullMsg[K, V])
	started, done := false, false
	run := func() {
		panicking := true
		defer func() {
			if panicking {
				out <- pullMsg[K, V]{fault: true, p: recover()}
				return
			}
			out <- pullMsg[K, V]{}
		}()
		stopped := false
		seq(func(k K, v V) bool {
			if stopped {
				return false
			}
			out <- pullMsg[K, V]{k: k, v: v, ok: true}
			stopped = !<-resume
			return !stopped
		})
		panicking = false
	}
	next = func() (K, V, bool) {
		var k K
		var v V
		if done {
			return k, v, false
		}
		if started {
			resume <- true
		} else {
			started = true
			go run()
		}
		m := <-out
		if m.fault {
			done = true
			panic(m.p)
		}
		if !m.ok {
			done = true
			return k, v, false
		}
		return m.k, m.v, true
	}
	stop = func() {
		if done {
			return
		}
		done = true
		if !started {
			return
		}
		resume <- false
		if m := <-out; m.fault {
			panic(m.p)
		}
	}
	return next, stop
}

func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	n, stop := pullRun(func(yield func(struct{}, V) bool) {
		seq(func(v V) bool { return yield(struct{}{}, v) })
	})
	return func() (V, bool) {
		_, v, ok := n()
		return v, ok
	}, stop
}

func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	return pullRun(func(yield func(K, V) bool) { seq(yield) })
}
`,
	// rand.N and rand.Uint (Go 1.23) draw from an unexported global
	// source that asks the runtime; here they draw through the compiled
	// package's Uint64N and Uint64, which use the same runtime source.
	"math/rand/v2": `package rand

func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(Uint64N(uint64(n)))
}

func Uint() uint {
	return uint(Uint64())
}
`,
	// unique.Make interns through the runtime's weak pointers. Here a
	// handle points into one map of all values made, guarded by a
	// mutex: handles compare as Go's do, but their values are never
	// freed.
	"unique": `package unique

import "sync"

type Handle[T comparable] struct {
	value *T
}

func (h Handle[T]) Value() T {
	return *h.value
}

var (
	handlesMu sync.Mutex
	handles   = map[any]any{}
)

func Make[T comparable](value T) Handle[T] {
	handlesMu.Lock()
	defer handlesMu.Unlock()
	if p, ok := handles[value]; ok {
		return Handle[T]{p.(*T)}
	}
	p := new(T)
	*p = value
	handles[value] = p
	return Handle[T]{p}
}
`,
	// internal/bytealg is assembly. Copies of standard-library code that
	// call it (os.CopyFS, filepath.Localize, ...) get these loops.
	"internal/bytealg": `package bytealg

func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

func IndexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func Count(b []byte, c byte) int {
	n := 0
	for _, x := range b {
		if x == c {
			n++
		}
	}
	return n
}

func CountString(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func Index(a, b []byte) int {
	return IndexString(string(a), string(b))
}

func IndexString(a, b string) int {
	for i := 0; i+len(b) <= len(a); i++ {
		if a[i:i+len(b)] == b {
			return i
		}
	}
	return -1
}

func Compare(a, b []byte) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		switch {
		case a[i] < b[i]:
			return -1
		case a[i] > b[i]:
			return +1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return +1
	}
	return 0
}

func MakeNoZero(n int) []byte {
	return make([]byte, n)
}
`,
}
