package rt

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"reflect"
)

// log/slog sees a value of a cell type as fmt and json see it (see
// fmt.go and json.go): its TextHandler prints {ID:7 Password:x} for a
// type whose String method it should call, its JSONHandler encodes the
// fields json would not, and a type's LogValue is never called (a secret
// it hides is logged). The lowering hands slog, in place of such a value
// among a call's arguments, Slog of it with its type's Table.

// Slog returns what log/slog logs for the only element of box (a slice
// of length one of the value's static type, which t describes), as slog
// logs that value in a Go program: a slog.LogValuer calling the type's
// LogValue method; else a value that prints as fmt prints the original
// (the TextHandler's %+v), encodes as json encodes it (the JSONHandler)
// and is an error, or an encoding.TextMarshaler, when the type is one.
// A value of a type no cell declared is returned as it is.
func Slog(box any, t *Table) any {
	return slogOf(reflect.ValueOf(box).Index(0), t)
}

// SlogAny is Slog of a value of an interface type, given as it is.
func SlogAny(x any, t *Table) any {
	return slogOf(reflect.ValueOf(&x).Elem(), t)
}

func slogOf(v reflect.Value, t *Table) any {
	p := &printer{nodes: t.Nodes, resolve: t.Resolve}
	d, n := v, 0
	if h, ok := p.held(v, p.node(0)); ok {
		if nilInterface(h) {
			return nil
		}
		d, n = p.dynamic(h, p.node(0))
	}
	node := p.node(n)
	if node == nil {
		if d.CanInterface() {
			return d.Interface() // compiled: slog sees it right
		}
		return nil
	}
	if node.LogValue != nil {
		return &logValuer{f: node.LogValue, v: d}
	}
	s := slogged{value: value{v: v, nodes: t.Nodes, resolve: t.Resolve}, node: node, d: d}
	switch {
	case node.Error != nil && node.MarshalJSON != nil:
		return &slogErrorJSON{s}
	case node.Error != nil:
		return &slogError{s}
	case node.MarshalText != nil:
		return &slogText{s}
	}
	return &slogPlain{s}
}

// logValuer calls a cell type's LogValue method: f is func(T) (any,
// any), the method's result and what it panicked with.
type logValuer struct {
	f any
	v reflect.Value
}

// LogValue returns the method's result; its panic goes on to slog, which
// logs it as Go's slog does (a runtime error as Go's: recoveredValue).
func (l *logValuer) LogValue() slog.Value {
	out := reflect.ValueOf(l.f).Call([]reflect.Value{l.v})
	if p := out[1]; !p.IsNil() {
		panic(recoveredValue(p.Interface()))
	}
	v, _ := out[0].Interface().(slog.Value)
	return v
}

// slogged is a value of a cell type without LogValue: fmt prints it as
// Fmt's value does. The types below embed it with the methods slog's
// handlers look for that the value's type has.
type slogged struct {
	value
	node *Node         // of the dynamic type
	d    reflect.Value // the dynamic value
}

// json encodes the value as Go's json does, HTML characters as they are
// (slog's JSONHandler escapes none).
func (s *slogged) json() ([]byte, error) {
	j := newJSONer(&Table{Nodes: s.nodes, Resolve: s.resolve})
	v := s.v
	if v.Kind() != reflect.Interface && v.CanInterface() {
		v = reflect.ValueOf(v.Interface()) // not addressable, as json's argument
	}
	x := j.conv(v, 0)
	if j.cycle != nil {
		return nil, j.cycle
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(x); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// slogPlain is a value slog prints with fmt and encodes with json.
type slogPlain struct{ slogged }

// MarshalJSON encodes the value as Go's json does.
func (s *slogPlain) MarshalJSON() ([]byte, error) { return s.json() }

// slogError is a value of an error type: slog's JSONHandler logs its
// Error() (it would prefer a MarshalJSON, which the type has not).
type slogError struct{ slogged }

// Error returns the value's Error().
func (s *slogError) Error() string { return fmt.Sprint(&s.value) }

// slogErrorJSON is a value of an error type with MarshalJSON.
type slogErrorJSON struct{ slogged }

// Error returns the value's Error().
func (s *slogErrorJSON) Error() string { return fmt.Sprint(&s.value) }

// MarshalJSON encodes the value as Go's json does (calling the type's
// MarshalJSON).
func (s *slogErrorJSON) MarshalJSON() ([]byte, error) { return s.json() }

// slogText is a value of a type with MarshalText, which slog's
// TextHandler calls.
type slogText struct{ slogged }

// MarshalJSON encodes the value as Go's json does.
func (s *slogText) MarshalJSON() ([]byte, error) { return s.json() }

// MarshalText calls the type's MarshalText.
func (s *slogText) MarshalText() ([]byte, error) { return callMarshal(s.node.MarshalText, s.d) }
