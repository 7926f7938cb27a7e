package session

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/cell/mono"
	"github.com/gofutures/gofutures/kernel/check"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// siteKind returns the kind of site (check.SiteIndex, ...) a panic with
// value v and stack comes from, when the interpreter raised it itself,
// running an operation of a cell's code; "" otherwise (a panic call, a
// compiled function's runtime error, rt's).
func siteKind(v any, stack []byte) string {
	kind := valueKind(v)
	msg := fmt.Sprint(v)
	if kind == check.SiteSend && panicOrigin(stack) == byRT && strings.Contains(string(stack), "\n"+rt.Path+".Select(") {
		return kind // a select's send (the lowering's rt.Select)
	}
	if kind == "" || panicOrigin(stack) != byInterp && !nilCallByInterp(msg, stack) {
		return ""
	}
	return kind
}

// valueKind returns the kind of site (check.SiteIndex, ...) a panic with
// value v comes from when the interpreter raised it itself, "" for a
// value it does not raise.
func valueKind(v any) string {
	msg := fmt.Sprint(v)
	var kind string
	var ve *reflect.ValueError
	switch {
	case errors.As(asError(v), &ve) && ve.Kind == reflect.Invalid, reflectPanics[msg] == nilDeref:
		kind = check.SiteNil // a nil pointer dereference
	case msg == "reflect: slice index out of range", msg == "reflect: array index out of range", msg == "reflect: string index out of range":
		kind = check.SiteIndex
	case msg == "assignment to entry in nil map":
		kind = check.SiteNilMap
	case msg == "runtime error: integer divide by zero":
		kind = check.SiteDiv
	case msg == "send on closed channel":
		kind = check.SiteSend
	case msg == "close of closed channel", msg == "close of nil channel":
		kind = check.SiteClose
	case reflectOwnPanics[msg] != "":
		kind = check.SiteMake
	case sliceToArray.MatchString(msg):
		kind = check.SiteConv
	case strings.HasPrefix(msg, "runtime error: hash of unhashable type "):
		kind = check.SiteHash
	default:
		// yaegi's failed assertion has its position in front
		if m := posPrefix.FindStringSubmatch(msg); m != nil && strings.HasPrefix(msg[len(m[0]):], "interface conversion: ") {
			kind = check.SiteAssert
		}
	}
	return kind
}

// nilCallByInterp reports whether the panic whose value prints as msg
// and whose stack is stack is reflect's call of a nil function that the
// interpreter made for a cell's call of a nil func value: reflect's call
// raised it, called by the interpreter (a compiled function the
// interpreter called would be the first frame; a cell's own
// reflect.Value.Call would be called through reflect).
func nilCallByInterp(msg string, stack []byte) bool {
	if msg != "reflect.Value.Call: call of nil function" {
		return false
	}
	lines, ok := afterPanic(stack)
	if !ok {
		return false
	}
	var fns []string
	for _, l := range lines {
		if l != "" && !strings.HasPrefix(l, "\t") {
			fns = append(fns, l)
		}
		if len(fns) == 3 {
			break
		}
	}
	return len(fns) == 3 && strings.HasPrefix(fns[0], "reflect.Value.call(") && strings.HasPrefix(fns[1], "reflect.Value.Call(") &&
		strings.HasPrefix(fns[2], "github.com/traefik/yaegi/interp.")
}

// asError is v if it is an error, else nil.
func asError(v any) error {
	err, _ := v.(error)
	return err
}

// Who raised a panic (panicOrigin).
const (
	byCompiled = iota // compiled code a cell called, or not known
	byInterp          // the interpreter's own code, through the runtime and the reflection it uses
	byRT              // rt's helpers of lowered cells
)

// panicOrigin tells who raised the panic whose stack is stack: the
// first function after the last panic's that is not the runtime's or
// reflect's (a reflect.Value.Call of the interpreter's: compiled code).
func panicOrigin(stack []byte) int {
	lines, ok := afterPanic(stack)
	if !ok {
		return byCompiled
	}
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "\t") || l == "":
		case strings.HasPrefix(l, "reflect.Value.call(") || strings.HasPrefix(l, "reflect.Value.Call("):
			return byCompiled
		case strings.HasPrefix(l, "runtime.") || strings.HasPrefix(l, "internal/runtime/") || strings.HasPrefix(l, "reflect."):
			// (the runtime's maps are in internal/runtime/maps)
		case strings.HasPrefix(l, "github.com/traefik/yaegi/interp."):
			return byInterp
		case strings.HasPrefix(l, rt.Path+"."):
			return byRT
		default:
			return byCompiled
		}
	}
	return byCompiled
}

// compiledCallee returns the name, as Go's runtime names it, of the
// compiled function or method a cell called that raised the panic whose
// stack is stack (strings.Repeat, math/big.(*Int).Quo, called by the
// interpreter through reflect), "" when compiled code did not raise it.
func compiledCallee(stack []byte) string {
	if panicOrigin(stack) != byCompiled {
		return ""
	}
	return reflectCallee(stack, false)
}

// reflectCallee returns the name, as Go's runtime names its frame, of the
// first compiled function after the panic in stack (innermost first)
// that the interpreter called through reflect, skipping the runtime's
// and reflect's frames, and rt's when throughRT (rt raised the panic
// again for that function), "" when the interpreter's frame comes first
// or the stack does not say.
func reflectCallee(stack []byte, throughRT bool) string {
	lines, ok := afterPanic(stack)
	if !ok {
		return ""
	}
	last := ""
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "\t") || l == "":
		case strings.HasPrefix(l, "reflect.Value.call("):
			return last
		case strings.HasPrefix(l, "runtime.") || strings.HasPrefix(l, "reflect."):
		case throughRT && strings.HasPrefix(l, rt.Path+"."):
		case strings.HasPrefix(l, "github.com/traefik/yaegi/"), strings.HasPrefix(l, rt.Path+"."):
			return ""
		default:
			if i := strings.LastIndex(l, "("); i > 0 {
				last = l[:i]
			}
		}
	}
	return ""
}

// interpFrames returns how many of the interpreter's frames the panic
// whose stack is stack went through (each prints one frame line as it
// unwinds), or 0 if the stack does not say.
func interpFrames(stack []byte) int {
	s := string(stack)
	i := strings.LastIndex(s, "\npanic(")
	if i < 0 {
		return 0
	}
	return strings.Count(s[i:], "\ngithub.com/traefik/yaegi/interp.runCfg(")
}

// frameDecl returns the declaration of the function or method whose
// frame yaegi names fn (a method's frame has the method's name only):
// the function's when there is one, else the one method of that name of
// the cells' types;
// unique reports whether no other function or method has that name.
func (s *Session) frameDecl(fn string) (d *cell.Decl, unique bool) {
	var fns, methods []*cell.Decl
	for _, d := range s.decls {
		switch {
		case len(d.Names) != 1:
		case d.Kind == cell.Func && d.Names[0] == fn:
			fns = append(fns, d)
		case d.Kind == cell.Method && strings.HasSuffix(d.Names[0], "."+fn) && !generatedDecl(d):
			// (not the lowering's types with methods of the same names:
			// a box of a nil pointer in a compiled interface, nilbox.go)
			methods = append(methods, d)
		}
	}
	switch {
	case len(fns) > 0:
		return fns[0], len(fns) == 1 && len(methods) == 0
	case len(methods) == 1:
		return methods[0], true
	}
	return nil, false
}

// frameDeclAt is frameDecl for a frame yaegi printed at line and col of
// the source it evaluated: of several methods of fn's name (Handle of
// two types), the one whose evaluated source has a statement there, when
// only one has.
func (s *Session) frameDeclAt(fn string, line, col int) (*cell.Decl, bool) {
	d, unique := s.frameDecl(fn)
	if d != nil || unique {
		return d, unique
	}
	var found *cell.Decl
	for _, m := range s.decls {
		if m.Kind != cell.Method || len(m.Names) != 1 || !strings.HasSuffix(m.Names[0], "."+fn) || generatedDecl(m) {
			continue
		}
		h := s.funcs[m.Key()]
		if h == nil {
			return nil, false // evaluated where the session did not note
		}
		for _, v := range h.versions {
			if v.line < 0 {
				return nil, false
			}
			if _, ok := versionFrame(v, line, col); ok && v.d.Source() == m.Source() {
				if found != nil && found != m {
					return nil, false
				}
				found = m
			}
		}
	}
	return found, found != nil
}

// siteLine returns the line of the one place in d's function body where
// a panic of kind can come from, or 0 when there are none or several.
func siteLine(d *cell.Decl, kind string) int {
	if lines := d.Sites[kind]; len(lines) == 1 {
		return lines[0]
	}
	return 0
}

// errorKind returns the kind of site (cell.Decl's Sites) a runtime error
// as Go words it (what a cell's recover returned) comes from, "" for
// another.
func errorKind(err error) string {
	msg := err.Error()
	switch {
	case msg == "assignment to entry in nil map":
		return check.SiteNilMap
	case msg == "runtime error: integer divide by zero":
		return check.SiteDiv
	case msg == "runtime error: "+nilDeref:
		return check.SiteNil
	case strings.HasPrefix(msg, "runtime error: index out of range"):
		return check.SiteIndex
	case msg == "send on closed channel":
		return check.SiteSend
	case msg == "close of closed channel", msg == "close of nil channel":
		return check.SiteClose
	case strings.HasPrefix(msg, "runtime error: hash of unhashable type "):
		return check.SiteHash
	}
	return ""
}

// copyMethodCalls returns the lines of the calls, among calls (of a body
// of kernel/cell/mono's copy of generic code), of method name ("T.M") of
// the copies of a generic type T the notebook declared (mainꞏTꞏint.M).
func copyMethodCalls(calls map[string][]int, name string) []int {
	t, m, ok := strings.Cut(name, ".")
	if !ok {
		return nil
	}
	prefix, suffix := "main"+mono.Sep+t+mono.Sep, "."+m
	var lines []int
	for k, ls := range calls {
		if len(k) > len(prefix)+len(suffix) && strings.HasPrefix(k, prefix) && strings.HasSuffix(k, suffix) && !strings.Contains(k[len(prefix):len(k)-len(suffix)], ".") {
			lines = append(lines, ls...)
		}
	}
	return lines
}
