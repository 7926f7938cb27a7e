package snapshot

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// reboxError makes again the lowering's error box v (Interp.ErrBox), a
// pointer to the box whose V the decoder set and whose F it could not:
// the value V holds goes to a variable of its notebook type, and the box
// is made around it in interpreted code, as the lowering makes it.
func (b *Interp) reboxError(v reflect.Value) (reflect.Value, error) {
	tmp, _, err := b.heldVar(v)
	if err != nil {
		return reflect.Value{}, err
	}
	if _, err := b.In.Eval("var " + tmp + "e error"); err != nil {
		return reflect.Value{}, fmt.Errorf("declaring an error: %w", err)
	}
	mk := fmt.Sprintf("%[1]se = &%[2]s{V: %[1]s, F: func() string { return %[1]s.Error() }}", tmp, b.ErrBox)
	if _, err := b.In.Eval(mk); err != nil {
		return reflect.Value{}, fmt.Errorf("boxing a %s: %w", tmp, err)
	}
	e := Globals(b.In)[tmp+"e"]
	if !e.IsValid() {
		return reflect.Value{}, fmt.Errorf("a boxed %s is not an error", tmp)
	}
	return e, nil
}

// MakeIn implements BoxMaker: the box v (a pointer to the lowering's box
// of type dyn, Interp.Boxes) is made again around the value its V holds,
// whose methods of t are the box's funcs F0 ... Fn (in the order of t's
// methods, as the lowering wrote them), in a variable of type t.
func (b *Interp) MakeIn(t reflect.Type, dyn string, v reflect.Value) (reflect.Value, error) {
	name, ok := strings.CutPrefix(dyn, "*main.")
	if b.Boxes == "" || !ok || !strings.HasPrefix(name, b.Boxes) || t.Kind() != reflect.Interface {
		return reflect.Value{}, fmt.Errorf("not a box: %s", dyn)
	}
	tmp, held, err := b.heldVar(v)
	if err != nil {
		return reflect.Value{}, err
	}
	if held.Kind() == reflect.Pointer && held.IsNil() {
		// (its methods' values would dereference it)
		return reflect.Value{}, fmt.Errorf("a box of a nil pointer")
	}
	iface, err := b.source(t.String())
	if err != nil {
		return reflect.Value{}, err
	}
	fields := []string{"V: " + tmp}
	for i := range t.NumMethod() {
		fields = append(fields, fmt.Sprintf("F%d: %s.%s", i, tmp, t.Method(i).Name))
	}
	if _, err := b.In.Eval("var " + tmp + "i " + iface); err != nil {
		return reflect.Value{}, fmt.Errorf("declaring a %s: %w", iface, err)
	}
	if _, err := b.In.Eval(fmt.Sprintf("%si = &%s{%s}", tmp, name, strings.Join(fields, ", "))); err != nil {
		return reflect.Value{}, fmt.Errorf("boxing in a %s: %w", iface, err)
	}
	return Globals(b.In)[tmp+"i"], nil
}

// heldVar declares a variable of the notebook type of the value v, one
// of the lowering's boxes, holds in its field V, sets it to that value,
// and returns its name and the value.
func (b *Interp) heldVar(v reflect.Value) (string, reflect.Value, error) {
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct || v.Elem().NumField() == 0 {
		return "", reflect.Value{}, fmt.Errorf("not a box: %s", v.Type())
	}
	held := v.Elem().Field(0)
	for held.Kind() == reflect.Interface && !held.IsNil() {
		held = held.Elem()
	}
	if !held.IsValid() {
		return "", reflect.Value{}, fmt.Errorf("an empty box")
	}
	// the notebook type of what it holds: yaegi's record names it, or
	// (a struct, or a pointer to one) the struct type is the notebook's
	var name string
	if isValueInterface(held.Type()) {
		name, held = dynTypeName(held), viOf(held).value
	} else {
		t, star := held.Type(), ""
		if t.Kind() == reflect.Pointer {
			t, star = t.Elem(), "*"
		}
		if n, ok := b.TypeName(t); ok {
			name = star + "main." + n
		}
	}
	src, err := b.source(name)
	if err != nil {
		return "", reflect.Value{}, err
	}
	if !held.IsValid() {
		return "", reflect.Value{}, fmt.Errorf("an empty box of a %s", src)
	}
	b.tmpSeq++
	tmp := "gofuturesSnapBox" + strconv.Itoa(b.tmpSeq)
	if _, err := b.In.Eval("var " + tmp + " " + src); err != nil {
		return "", reflect.Value{}, fmt.Errorf("declaring a %s: %w", src, err)
	}
	x := Globals(b.In)[tmp]
	if !x.CanSet() || !held.Type().AssignableTo(x.Type()) {
		return "", reflect.Value{}, fmt.Errorf("a %s is not a %s", held.Type(), src)
	}
	x.Set(held)
	return tmp, held, nil
}
