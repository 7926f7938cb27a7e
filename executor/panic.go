package executor

import (
	"fmt"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/gofutures/gofutures/internal/recovered"
)

// newPanicError describes a task's panic with value r, as recovered (in
// a notebook, what the cell panicked with: see internal/recovered).
func newPanicError(name string, r any) *PanicError {
	return &PanicError{Func: name, Value: recovered.Value(r), Stack: debug.Stack()}
}

// Traceback makes a compiled program's workers name the frames of the
// task's own code a panic went through (see TracebackResolver).
func (registryResolver) Traceback(any) []string { return compiledTraceback() }

// cellFile is the name a notebook's cell has in a compiled worker program
// (kernel/check.Program's //line directives).
var cellFile = regexp.MustCompile(`^In\[(\d+)\]$`)

// compiledTraceback returns the frames between the panic being recovered
// up the stack and the reflect call (or batch function, see
// RegisterBatch) that ran the task, innermost first,
// leaving out the runtime's: "Cell In[3], line 5, in gcd" for a frame in a
// notebook's cell, "main.gcd (main.go:12)" otherwise. It must be called
// while the panicking frames are still on the stack: from a deferred
// function that recovered.
func compiledTraceback() []string {
	pcs := make([]uintptr, 64)
	pcs = pcs[:runtime.Callers(2, pcs)]
	frames := runtime.CallersFrames(pcs)
	var out []string
	panicking := false
	for {
		f, more := frames.Next()
		switch {
		case !panicking:
			panicking = f.Function == "runtime.gopanic"
		case strings.HasPrefix(f.Function, "reflect."), strings.HasPrefix(f.Function, selfPackage+"."):
			return out
		case isBatch(f.Function):
			return out // the loop that called the task's function
		case strings.HasPrefix(f.Function, "runtime."):
		default:
			fn := f.Function[strings.LastIndexByte(f.Function, '/')+1:]
			if m := cellFile.FindStringSubmatch(f.File); m != nil {
				out = append(out, fmt.Sprintf("Cell In[%s], line %d, in %s", m[1], f.Line, strings.TrimPrefix(fn, "main.")))
			} else {
				out = append(out, fmt.Sprintf("%s (%s:%d)", fn, filepath.Base(f.File), f.Line))
			}
		}
		if !more {
			return out
		}
	}
}

func isBatch(function string) bool {
	_, ok := batchNames.Load(function)
	return ok
}

// selfPackage is this package's import path, as frames name it.
var selfPackage = reflect.TypeFor[registryResolver]().PkgPath()
