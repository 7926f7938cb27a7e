package executor

import (
	"reflect"
	"runtime"
	"sync"
	"unsafe"
	"weak"
)

// Function values tagged with their names (see Tag).
var (
	tagsMu sync.Mutex
	tags   = map[uintptr]taggedFunc{}
)

type taggedFunc struct {
	name string
	ref  weak.Pointer[byte]
}

// funcData returns the pointer a func value held in an interface is: its
// closure, distinct for every closure made (reflect.MakeFunc included).
func funcData(fn any) unsafe.Pointer {
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&fn))[1]
}

// Tag returns a function that calls fn, of fn's type, tagged with name:
// wherever it goes (a variable, a slice, a parameter), a ProcessPool
// knows which function its workers must run for it.
// The gofutures kernel tags the notebook's top-level functions where cells
// use them as values; compiled programs use Register.
func Tag(name string, fn any) any {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		return fn
	}
	// A closure of its own, on the heap (a function without captured
	// variables may be static data, which weak pointers cannot refer to):
	// its address names it until it is collected.
	fn = reflect.MakeFunc(v.Type(), v.Call).Interface()
	p := funcData(fn)
	key := uintptr(p)
	tagsMu.Lock()
	tags[key] = taggedFunc{name: name, ref: weak.Make((*byte)(p))}
	tagsMu.Unlock()
	runtime.AddCleanup((*byte)(p), func(key uintptr) {
		tagsMu.Lock()
		if t, ok := tags[key]; ok && t.ref.Value() == nil {
			delete(tags, key)
		}
		tagsMu.Unlock()
	}, key)
	return fn
}

// taggedName returns the name fn was tagged with.
func taggedName(fn any) (string, bool) {
	if reflect.ValueOf(fn).Kind() != reflect.Func {
		return "", false
	}
	p := funcData(fn)
	tagsMu.Lock()
	t, ok := tags[uintptr(p)]
	tagsMu.Unlock()
	if !ok || t.ref.Value() != (*byte)(p) {
		return "", false
	}
	return t.name, true
}
