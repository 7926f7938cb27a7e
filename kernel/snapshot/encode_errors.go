package snapshot

// Errors of types without an exported name, which a decoder cannot find:
// those of the standard library's errors.New, fmt.Errorf and errors.Join
// are made again by those functions, with the same message and wrapping
// the same errors (decoded as values of the snapshot, so that errors.Is
// and errors.As find what they found); an error of another such type
// comes back as errors.New of its message, reported.

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// Error kinds of tErrText.
const (
	eText  byte = iota + 1 // another type: errors.New of the message
	eNew                   // *errors.errorString: errors.New
	eWrap                  // *fmt.wrapError: fmt.Errorf with one %w
	eWraps                 // *fmt.wrapErrors: fmt.Errorf with several %w
	eJoin                  // *errors.joinError: errors.Join
)

var errorType = reflect.TypeFor[error]()

// errKind is the kind of error t is, and the errors it wraps.
func errKind(t reflect.Type, err error) (byte, []error) {
	switch t.String() {
	case "*errors.errorString":
		return eNew, nil
	case "*fmt.wrapError":
		return eWrap, []error{errors.Unwrap(err)}
	case "*fmt.wrapErrors":
		if u, ok := err.(interface{ Unwrap() []error }); ok {
			return eWraps, u.Unwrap()
		}
	case "*errors.joinError":
		if u, ok := err.(interface{ Unwrap() []error }); ok {
			return eJoin, u.Unwrap()
		}
	}
	return eText, nil
}

// errValue writes err, whose dynamic value dyn has a type of no exported
// name. A pointer held twice (a sentinel error in a variable and in a
// chain) is written once.
func (e *encoder) errValue(dyn reflect.Value, err error) {
	e.byte1(tErrText)
	key := ptrKey{t: dyn.Type()}
	if dyn.Kind() == reflect.Pointer {
		key.p = uintptr(dyn.UnsafePointer())
		if e.held != nil {
			e.held(e.varName, key.p)
		}
		if id, ok := e.ptrs[key]; ok {
			e.uvarint(id)
			return
		}
	}
	id := e.newID()
	if key.p != 0 {
		e.ptrs[key] = id
	}
	e.uvarint(id)
	kind, wrapped := errKind(dyn.Type(), err)
	e.byte1(kind)
	e.str(dyn.Type().String())
	e.str(err.Error())
	if kind < eWrap {
		return
	}
	e.uvarint(uint64(len(wrapped)))
	e.path.push(pathPart{kind: 'f', field: "Unwrap()"})
	for i, w := range wrapped {
		if kind != eWrap {
			e.path.push(pathPart{kind: 'i', index: i})
		}
		x := reflect.New(errorType).Elem()
		if w != nil {
			x.Set(reflect.ValueOf(&w).Elem())
		}
		e.value(x)
		if kind != eWrap {
			e.path.pop()
		}
	}
	e.path.pop()
}

// errValue sets v to an error errValue wrote.
func (d *decoder) errValue(v reflect.Value) {
	id := d.uv()
	if old, ok := d.ids[id]; ok {
		d.shared(v, old)
		return
	}
	kind := d.readByte()
	typ, msg := d.str(), d.str()
	var wrapped []error
	complete := true
	if kind >= eWrap {
		n := d.count(1)
		d.path.push(pathPart{kind: 'f', field: "Unwrap()"})
		for i := range n {
			if kind != eWrap {
				d.path.push(pathPart{kind: 'i', index: i})
			}
			x := reflect.New(errorType).Elem()
			d.value(x)
			w, _ := x.Interface().(error)
			complete = complete && w != nil
			wrapped = append(wrapped, w)
			if kind != eWrap {
				d.path.pop()
			}
		}
		d.path.pop()
	}
	var err error
	switch {
	case kind == eNew:
		err = errors.New(msg)
	case !complete:
	case kind == eWrap || kind == eWraps:
		err = errorf(msg, wrapped)
	case kind == eJoin:
		err = errors.Join(wrapped...)
	}
	if err == nil || err.Error() != msg {
		err = errors.New(msg)
		if v.IsValid() {
			d.problem(fmt.Sprintf("%s comes back as errors.New(%q): the same message, not the same type", withArticle(typ), msg))
		}
	}
	ev := reflect.ValueOf(err)
	d.ids[id] = ev
	if !v.IsValid() {
		return
	}
	if v.Kind() != reflect.Interface || !ev.Type().Implements(v.Type()) {
		d.problem(fmt.Sprintf("held a %s, is now %s: left zero", typ, typeString(v.Type())))
		return
	}
	v.Set(ev)
}

// errorf is fmt.Errorf's error with message msg wrapping the errors ws
// with %w, their messages found in msg in order, or nil.
func errorf(msg string, ws []error) error {
	var format strings.Builder
	args := make([]any, 0, 2*len(ws)+1)
	rest := msg
	for _, w := range ws {
		i := strings.Index(rest, w.Error())
		if i < 0 {
			return nil
		}
		format.WriteString("%s%w")
		args = append(args, rest[:i], w)
		rest = rest[i+len(w.Error()):]
	}
	format.WriteString("%s")
	args = append(args, rest)
	return fmt.Errorf(format.String(), args...)
}
