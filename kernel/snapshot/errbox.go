package snapshot

import (
	"fmt"
	"reflect"
	"strconv"
)

// reboxError makes again the lowering's error box v (Interp.ErrBox), a
// pointer to the box whose V the decoder set and whose F it could not:
// the value V holds goes to a variable of its notebook type, and the box
// is made around it in interpreted code, as the lowering makes it.
func (b *Interp) reboxError(v reflect.Value) (reflect.Value, error) {
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct || v.Elem().NumField() == 0 {
		return reflect.Value{}, fmt.Errorf("not a box: %s", v.Type())
	}
	held := v.Elem().Field(0)
	for held.Kind() == reflect.Interface && !held.IsNil() {
		held = held.Elem()
	}
	if !held.IsValid() {
		return reflect.Value{}, fmt.Errorf("an empty box")
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
		return reflect.Value{}, err
	}
	if !held.IsValid() {
		return reflect.Value{}, fmt.Errorf("an empty box of a %s", src)
	}
	b.tmpSeq++
	tmp := "gofuturesSnapBox" + strconv.Itoa(b.tmpSeq)
	if _, err := b.In.Eval("var " + tmp + " " + src); err != nil {
		return reflect.Value{}, fmt.Errorf("declaring a %s: %w", src, err)
	}
	x := Globals(b.In)[tmp]
	if !x.CanSet() || !held.Type().AssignableTo(x.Type()) {
		return reflect.Value{}, fmt.Errorf("a %s is not a %s", held.Type(), src)
	}
	x.Set(held)
	if _, err := b.In.Eval("var " + tmp + "e error"); err != nil {
		return reflect.Value{}, fmt.Errorf("declaring an error: %w", err)
	}
	mk := fmt.Sprintf("%[1]se = &%[2]s{V: %[1]s, F: func() string { return %[1]s.Error() }}", tmp, b.ErrBox)
	if _, err := b.In.Eval(mk); err != nil {
		return reflect.Value{}, fmt.Errorf("boxing a %s: %w", src, err)
	}
	e := Globals(b.In)[tmp+"e"]
	if !e.IsValid() {
		return reflect.Value{}, fmt.Errorf("a boxed %s is not an error", src)
	}
	return e, nil
}
