package rt

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unsafe"
)

// json.Unmarshal into a cell's struct sees yaegi's type: an embedded
// struct is a field like another (its fields are not promoted), an
// unexported field is exported with an X prefix ("Xp" sets p), and a
// cell type's UnmarshalJSON is never called. The lowering hands json, in
// place of the pointer to decode into, JSONTarget of it: an Unmarshaler
// that decodes into the value as json decodes in a Go program, through
// json itself for what needs nothing of the kind.

// JSONTarget returns what json.Unmarshal or a Decoder's Decode may decode
// into in place of the pointer box holds ([]P{p}, P of the static type
// t describes): p itself when it is nil or not a pointer.
func JSONTarget(box any, t *Table) any {
	v := reflect.ValueOf(box).Index(0)
	if v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if !v.IsValid() {
		return nil // a nil interface: json's InvalidUnmarshalError
	}
	if len(t.Nodes) > 0 && t.Nodes[0].Iface {
		// (what the interface holds may be yaegi's record of a pointer)
		return dynamicTarget(v, t)
	}
	if v.Kind() != reflect.Pointer || v.IsNil() || len(t.Nodes) == 0 {
		return v.Interface()
	}
	n := 0
	if len(t.Nodes[0].Elems) != 1 {
		return v.Interface()
	}
	d := &decoder{j: newJSONer(t)}
	if !d.j.needs(t.Nodes[n].Elems[0]) {
		return v.Interface()
	}
	return &target{d: d, v: v.Elem(), n: t.Nodes[n].Elems[0]}
}

// dynamicTarget is JSONTarget of v, held in an interface of Node 0 of t
// (json.Unmarshal(data, v) in a func load(data []byte, v any)): the
// pointer to a value of a cell type the table's resolver knows decodes
// as that type's does; anything else goes to json as it is.
func dynamicTarget(v reflect.Value, t *Table) any {
	d := &decoder{j: newJSONer(t)}
	p, n := d.j.p.dynamic(v, &t.Nodes[0])
	if n < 0 || p.Kind() != reflect.Pointer || p.IsNil() || !strings.HasPrefix(t.Nodes[n].Name, "*") || len(t.Nodes[n].Elems) != 1 {
		return Unwrap(v.Interface())
	}
	elem := t.Nodes[n].Elems[0]
	if !d.j.needs(elem) {
		return Unwrap(v.Interface())
	}
	return &target{d: d, v: p.Elem(), n: elem}
}

// target decodes into v, of Node n.
type target struct {
	d *decoder
	v reflect.Value
	n int
}

func (t *target) UnmarshalJSON(b []byte) error {
	t.d.err = nil
	t.d.root = b
	if err := t.d.decode(b, t.v, t.n); err != nil {
		return err
	}
	return t.d.err
}

// decoder holds the first type error met: json goes on decoding after
// one and returns it at the end.
type decoder struct {
	j    *jsoner
	err  error
	root []byte         // what json gave the target: type errors' offsets count from it
	opts decoderOptions // those of the json.Decoder decoding (JSONDecode)
}

// decoderOptions are the settings of a json.Decoder that hold for what
// it decodes.
type decoderOptions struct {
	useNumber, disallowUnknownFields bool
}

// optionsOf reads dec's settings (UseNumber, DisallowUnknownFields),
// which json.Decoder keeps in unexported fields and has no getters of;
// none where its layout is not the one known.
func optionsOf(dec *json.Decoder) decoderOptions {
	var o decoderOptions
	if dec == nil {
		return o
	}
	d := reflect.ValueOf(dec).Elem().FieldByName("d")
	if !d.IsValid() || d.Kind() != reflect.Struct {
		return o
	}
	if f := d.FieldByName("useNumber"); f.IsValid() && f.Kind() == reflect.Bool {
		o.useNumber = f.Bool()
	}
	if f := d.FieldByName("disallowUnknownFields"); f.IsValid() && f.Kind() == reflect.Bool {
		o.disallowUnknownFields = f.Bool()
	}
	return o
}

// JSONDecode is dec.Decode(v), v what JSONTarget returned: its decoding
// keeps dec's UseNumber and DisallowUnknownFields (the lowering's call of
// a json.Decoder's Decode into a cell type's value).
func JSONDecode(dec *json.Decoder, v any) error {
	if t, ok := v.(*target); ok && dec != nil {
		t.d.opts = optionsOf(dec)
	}
	return dec.Decode(v)
}

var null = []byte("null")

// decode decodes b into v (settable) of Node n as json decodes it.
func (d *decoder) decode(b []byte, v reflect.Value, n int) error {
	node := d.j.p.node(n)
	if node != nil && node.Iface && !node.Empty {
		return d.iface(b, v, node)
	}
	if node == nil || !d.j.needs(n) || node.Iface {
		return d.plain(b, v)
	}
	if v.Kind() == reflect.Pointer && (node.UnmarshalJSON != nil || node.UnmarshalText != nil) {
		// json sets a pointer to nil for a JSON null, calling nothing,
		// and makes what a nil one points to before it calls its method
		if bytes.Equal(bytes.TrimSpace(b), null) {
			v.SetZero()
			return nil
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
	}
	switch {
	case node.UnmarshalJSON != nil:
		return callUnmarshal(node.UnmarshalJSON, v, b)
	case node.PtrUnmarshalJSON != nil:
		return callUnmarshal(node.PtrUnmarshalJSON, v.Addr(), b)
	case node.UnmarshalText != nil || node.PtrUnmarshalText != nil:
		// a JSON string's text goes to UnmarshalText, as json does
		var text string
		if b = bytes.TrimSpace(b); len(b) == 0 || b[0] != '"' || json.Unmarshal(b, &text) != nil {
			break
		}
		if node.UnmarshalText != nil {
			return callUnmarshal(node.UnmarshalText, v, []byte(text))
		}
		return callUnmarshal(node.PtrUnmarshalText, v.Addr(), []byte(text))
	}
	if bytes.Equal(bytes.TrimSpace(b), null) {
		switch v.Kind() {
		case reflect.Pointer, reflect.Map, reflect.Slice:
			v.SetZero()
		}
		return nil
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		return d.decode(b, v.Elem(), node.Elems[0])
	case reflect.Struct:
		return d.object(b, v, node)
	case reflect.Slice, reflect.Array:
		var raw []part
		if err := json.Unmarshal(b, &raw); err != nil {
			return d.plain(b, v) // json's own error for what is no array
		}
		if v.Kind() == reflect.Slice && len(raw) == 0 {
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		}
		for i, r := range raw {
			if v.Kind() == reflect.Slice {
				// json decodes into the slice's array as it finds it (a
				// field the JSON lacks keeps its value), grown as it grows it
				if i >= v.Cap() {
					v.Grow(1)
				}
				if i >= v.Len() {
					v.SetLen(i + 1)
				}
			}
			if i >= v.Len() {
				break
			}
			if err := d.decode(r.b, v.Index(i), node.Elems[0]); err != nil {
				return err
			}
		}
		if v.Kind() == reflect.Slice && len(raw) < v.Len() {
			v.SetLen(len(raw))
		}
		for i := len(raw); v.Kind() == reflect.Array && i < v.Len(); i++ {
			v.Index(i).SetZero()
		}
		return nil
	case reflect.Map:
		kt := v.Type().Key()
		key := d.j.p.node(node.Elems[0])
		text := key != nil && (key.UnmarshalText != nil || key.PtrUnmarshalText != nil)
		var raw map[string]part
		if kt.Kind() != reflect.String && !isInt(kt.Kind()) && !text || json.Unmarshal(b, &raw) != nil {
			return d.plain(b, v)
		}
		if v.IsNil() {
			v.Set(reflect.MakeMapWithSize(v.Type(), len(raw)))
		}
		for _, k := range inOrder(raw) {
			r := raw[k]
			kv := reflect.New(kt).Elem()
			if text {
				// a key type's UnmarshalText first, as json does
				var err error
				if key.UnmarshalText != nil {
					err = callUnmarshal(key.UnmarshalText, kv, []byte(k))
				} else {
					err = callUnmarshal(key.PtrUnmarshalText, kv.Addr(), []byte(k))
				}
				if err != nil {
					return err
				}
			} else if kt.Kind() == reflect.String {
				kv.SetString(k)
			} else if i, err := strconv.ParseInt(k, 10, 64); err == nil && !kv.OverflowInt(i) {
				kv.SetInt(i)
			} else {
				d.save(&json.UnmarshalTypeError{Value: "number " + k, Type: kt})
				continue
			}
			e := reflect.New(v.Type().Elem()).Elem()
			if err := d.decode(r.b, e, node.Elems[1]); err != nil {
				return err
			}
			v.SetMapIndex(kv, e)
		}
		return nil
	}
	return d.plain(b, v)
}

// part is a value of a JSON array or object, the very bytes json read
// it from (json.RawMessage copies them): where it starts tells its
// place in what json decodes.
type part struct{ b []byte }

func (p *part) UnmarshalJSON(b []byte) error {
	p.b = b
	return nil
}

// inOrder returns the keys of an object's values in the order the object
// has them, as json decodes them into a map (its first type error is the
// first in the text).
func inOrder(raw map[string]part) []string {
	keys := slices.Collect(maps.Keys(raw))
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Compare(uintptr(unsafe.Pointer(unsafe.SliceData(raw[a].b))), uintptr(unsafe.Pointer(unsafe.SliceData(raw[b].b))))
	})
	return keys
}

func isInt(k reflect.Kind) bool { return k >= reflect.Int && k <= reflect.Int64 }

// plain decodes b into v with json, which sees v's type right; a type
// error is kept for the end, as json keeps it.
func (d *decoder) plain(b []byte, v reflect.Value) error {
	return d.unmarshal(b, v.Addr().Interface())
}

// unmarshal is json.Unmarshal of b into p, with the decoder's options,
// a type error or an unknown field kept for the end (json goes on
// decoding after either and returns the first).
func (d *decoder) unmarshal(b []byte, p any) error {
	var err error
	if d.opts == (decoderOptions{}) {
		err = json.Unmarshal(b, p)
	} else {
		dec := json.NewDecoder(bytes.NewReader(b))
		if d.opts.useNumber {
			dec.UseNumber()
		}
		if d.opts.disallowUnknownFields {
			dec.DisallowUnknownFields()
		}
		err = dec.Decode(p)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		// json counted from the start of b, a part of what it decodes
		te.Offset += d.offset(b)
	}
	if te != nil || err != nil && strings.HasPrefix(err.Error(), "json: unknown field ") {
		// json goes on after these and returns the first at the end
		d.save(err)
		return nil
	}
	return err
}

// offset returns where b starts in d.root, 0 if not in it: json hands
// UnmarshalJSON a part of its input, not a copy.
func (d *decoder) offset(b []byte) int64 {
	if len(b) == 0 || len(d.root) == 0 {
		return 0
	}
	start := uintptr(unsafe.Pointer(unsafe.SliceData(d.root)))
	at := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	if at < start || at >= start+uintptr(len(d.root)) {
		return 0
	}
	return int64(at - start)
}

// unknownField starts json's error for a key no field takes.
const unknownField = "json: unknown field "

func (d *decoder) save(err error) {
	if d.err == nil {
		d.err = err
	}
}

// object decodes a JSON object into the struct v of Node node: json
// decodes it into a struct of the fields json sees (their keys, embedded
// structs' promoted), each decoding into its own place.
func (d *decoder) object(b []byte, v reflect.Value, node *Node) error {
	name := reflectName(node.Name)
	var sfs []reflect.StructField
	var slots []slot
	for _, f := range winners(d.j.fields(v, node, 0, nil, nil, true, nil)) {
		// a slot, not a *slot: json sets a pointer field to nil on null
		// without asking it, where Go's null would reach the field
		sfs = append(sfs, reflect.StructField{Name: "F" + itoa(len(sfs)), Type: reflect.TypeFor[slot](), Tag: jsonTag(f.key, "")})
		quoted := f.opts != "" && slices.Contains(strings.Split(f.opts[1:], ","), "string")
		slots = append(slots, slot{d: d, key: strings.Join(append(slices.Clip(f.via), f.key), "."), strct: name, root: v, path: f.index, n: f.node, quoted: quoted, blocked: f.blocked, zero: f.zero})
	}
	var unknown *unknownKey
	if d.opts.disallowUnknownFields {
		unknown = orderKeys(b, slots, winnerKeys(sfs))
	}
	m := reflect.New(reflect.StructOf(sfs)).Elem()
	for i, s := range slots {
		s.unknown = unknown
		m.Field(i).Set(reflect.ValueOf(s))
	}
	before := d.err
	err := d.unmarshal(b, m.Addr().Interface())
	var te *json.UnmarshalTypeError
	if d.err != before && errors.As(d.err, &te) && te.Type == m.Type() && node.Name != "" {
		// not an object: json names the struct of slots
		te.Type = spelledType{te.Type, node.Name}
	}
	if unknown != nil {
		d.save(unknown.err)
	}
	return err
}

// unknownKey is the first key of an object that no field takes, decoding
// with DisallowUnknownFields, and its place among the object's keys:
// json's error for it comes before those of the fields after it.
type unknownKey struct {
	at  int
	err error
}

// winnerKeys are the keys of the fields sfs decodes, from their tags.
func winnerKeys(sfs []reflect.StructField) []string {
	keys := make([]string, len(sfs))
	for i, sf := range sfs {
		keys[i], _, _ = strings.Cut(sf.Tag.Get("json"), ",") // "-," (jsonTag)
	}
	return keys
}

// orderKeys reads the keys of the object b in order: it sets the place
// of the first key each slot takes (json takes a key for the field of
// that key, else for one of that key but for case), and returns the
// first key none takes; nil if none or b is no object.
func orderKeys(b []byte, slots []slot, keys []string) *unknownKey {
	dec := json.NewDecoder(bytes.NewReader(b))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	for i := range slots {
		slots[i].at = -1
	}
	var unknown *unknownKey
	for k := 0; dec.More(); k++ {
		t, err := dec.Token()
		key, ok := t.(string)
		var skip json.RawMessage
		if err != nil || !ok || dec.Decode(&skip) != nil {
			return unknown
		}
		i := slices.Index(keys, key)
		if i < 0 {
			i = slices.IndexFunc(keys, func(f string) bool { return strings.EqualFold(f, key) })
		}
		switch {
		case i >= 0 && slots[i].at < 0:
			slots[i].at = k
		case i < 0 && unknown == nil:
			unknown = &unknownKey{at: k, err: fmt.Errorf("json: unknown field %q", key)}
		}
	}
	return unknown
}

// slot is one field of a struct being decoded: found from the struct by
// its path of field indexes (embedded pointers allocated on the way, as
// json allocates them).
type slot struct {
	d *decoder
	// key is the field as json's errors name it: its key after the names
	// of the embedded fields it is promoted through (Base.Inner.id);
	// strct is the struct's type name ("" for an unnamed one)
	key, strct string
	root       reflect.Value
	path       []int
	n          int
	quoted     bool   // the field's tag has the ",string" option
	blocked    string // the unexported struct type of a nil embedded pointer on the path (fields)
	at         int    // the place of its key among the object's (orderKeys)
	unknown    *unknownKey
	zero       any // the zero value of a field the lowering holds in an interface{} (field.zero)
}

func (s *slot) UnmarshalJSON(b []byte) error {
	if s.unknown != nil && s.at > s.unknown.at {
		s.d.save(s.unknown.err) // json met it first
	}
	if s.blocked != "" {
		// json leaves the value and goes on
		s.d.save(fmt.Errorf("json: cannot set embedded pointer to unexported struct: %s", s.blocked))
		return nil
	}
	v := s.root
	for k, i := range s.path {
		v = v.Field(i)
		if k < len(s.path)-1 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
	}
	if box := v; s.zero != nil && box.Kind() == reflect.Interface {
		// decoded into a value of the field's type, which then goes
		// back into the interface{}
		z := reflect.ValueOf(s.zero)
		v = reflect.New(z.Type()).Elem()
		if !box.IsNil() && box.Elem().Type() == z.Type() {
			v.Set(box.Elem())
		}
		defer func() {
			if v.IsZero() {
				box.SetZero() // (the zero value is no value in the box)
			} else {
				box.Set(v)
			}
		}()
	}
	before := s.d.err
	var err error
	if s.quoted && !s.d.j.needs(s.n) && scalarKind(v.Kind()) {
		err = s.d.quoted(b, v)
	} else {
		err = s.d.decode(b, v, s.n)
	}
	if s.d.err != before {
		var te *json.UnmarshalTypeError
		if errors.As(s.d.err, &te) {
			// name the field as json names it: the path of keys, and the
			// innermost struct
			if te.Field == "" {
				te.Field, te.Struct = s.key, s.strct
			} else {
				te.Field = s.key + "." + te.Field
			}
		}
	}
	return err
}

// scalarKind tells the kinds json's ",string" option applies to.
func scalarKind(k reflect.Kind) bool {
	return k == reflect.Bool || k == reflect.String || k >= reflect.Int && k <= reflect.Float64
}

// quoted decodes b into v as json decodes a field tagged ",string": into
// a struct of one field so tagged, which json sees right; its errors are
// kept for the end, as json keeps them, a type error naming no field yet.
func (d *decoder) quoted(b []byte, v reflect.Value) error {
	t := reflect.StructOf([]reflect.StructField{{Name: "V", Type: v.Type(), Tag: `json:"v,string"`}})
	w := reflect.New(t)
	w.Elem().Field(0).Set(v)
	err := json.Unmarshal(append(append([]byte(`{"v":`), b...), '}'), w.Interface())
	if te := (*json.UnmarshalTypeError)(nil); errors.As(err, &te) {
		te.Field, te.Struct = "", ""
	}
	if err != nil {
		d.save(err)
	}
	v.Set(w.Elem().Field(0))
	return nil
}

func callUnmarshal(f any, v reflect.Value, b []byte) error {
	return errorOf(invoke(f, v, reflect.ValueOf(slices.Clone(b)))[0])
}
