package rt

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
)

// encoding/json sees a cell's struct type as yaegi made it: an unnamed
// struct whose unexported fields are exported with an X prefix and that
// has no methods. Marshalled as it is, it gives the unexported fields
// ("Xsecret":"x") and never calls the type's MarshalJSON. The lowering
// hands json, in place of such a value, JSON of it with the description
// of its static type (the Table fmt uses): a value of types json
// encodes as it encodes the original in a Go program.

// JSON returns the value box holds ([]T{x}, x of the static type t's
// first Node describes) as a value encoding/json encodes as Go encodes x:
// structs without their unexported fields, a cell type's MarshalJSON or
// MarshalText called.
func JSON(box any, t *Table) any {
	return newJSONer(t).conv(boxed(box), 0)
}

// JSONAny is JSON of a value of an interface type, given as it is.
func JSONAny(x any, t *Table) any {
	return newJSONer(t).conv(reflect.ValueOf(&x).Elem(), 0)
}

type jsoner struct {
	p *printer
	needSet
	depth int
	path  map[any]bool                // the pointers, maps and slices being converted
	cycle *json.UnsupportedValueError // the first cycle met
}

// newJSONer returns the jsoner of the values of t.
func newJSONer(t *Table) *jsoner {
	return &jsoner{p: &printer{nodes: t.Nodes, resolve: t.Resolve}, needSet: needSet{nodes: t.Nodes, own: jsonOwn}}
}

// jsonOwn reports whether json must be handed a value of a Node converted:
// a struct of a cell, a cell type with MarshalJSON or MarshalText, an
// interface. Other values (a named []byte, a named int without methods)
// json encodes right as they are.
func jsonOwn(node *Node) bool {
	return node.Iface || node.Fields != nil || node.MarshalJSON != nil || node.MarshalText != nil || node.PtrMarshalJSON != nil || node.PtrMarshalText != nil ||
		node.UnmarshalJSON != nil || node.PtrUnmarshalJSON != nil || node.UnmarshalText != nil || node.PtrUnmarshalText != nil
}

// maxDepth is how deep conv follows pointers, maps and slices before it
// looks for a cycle, as encoding/json does.
const maxDepth = 1000

var anyType = reflect.TypeFor[any]()

// conv returns v (of Node n; -1 for none) as a value json encodes as Go
// encodes v.
func (j *jsoner) conv(v reflect.Value, n int) any {
	node := j.p.node(n)
	if d, ok := j.p.held(v, node); ok {
		if nilInterface(d) {
			return nil
		}
		d, n = j.p.dynamic(d, node)
		if !d.IsValid() || d.Kind() == reflect.Interface {
			return nil
		}
		return j.conv(d, n)
	}
	if !v.IsValid() {
		return nil
	}
	if node == nil || !j.needs(n) {
		if c, ok := j.ifaceElems(v, node); ok {
			return c
		}
		if v.CanInterface() {
			return v.Interface()
		}
		return nil
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice:
		if v.IsNil() {
			break
		}
		// a cycle: json's error, as Go's json gives it (JSONResult)
		if j.depth++; j.depth > maxDepth {
			key := [2]any{v.Type(), v.Pointer()}
			if v.Kind() == reflect.Slice {
				key = [2]any{v.Type(), [2]uintptr{v.Pointer(), uintptr(v.Len())}}
			}
			if j.path == nil {
				j.path = map[any]bool{}
			}
			if j.path[key] {
				if j.cycle == nil {
					j.cycle = &json.UnsupportedValueError{Value: v, Str: "encountered a cycle via " + node.Name}
				}
				return &cycle{j.cycle}
			}
			j.path[key] = true
			defer delete(j.path, key)
		}
		defer func() { j.depth-- }()
	}
	if v.Kind() == reflect.Pointer && v.IsNil() {
		return nil // null, as json writes a nil pointer, Marshaler or not
	}
	switch {
	case node.MarshalJSON != nil:
		return &marshaler{method{node.MarshalJSON, v, node.Name}}
	case node.PtrMarshalJSON != nil && v.CanAddr():
		return &marshaler{method{node.PtrMarshalJSON, v.Addr(), "*" + node.Name}}
	case node.MarshalText != nil:
		return &textMarshaler{method{node.MarshalText, v, node.Name}}
	case node.PtrMarshalText != nil && v.CanAddr():
		return &textMarshaler{method{node.PtrMarshalText, v.Addr(), "*" + node.Name}}
	}
	switch v.Kind() {
	case reflect.Pointer:
		return j.conv(v.Elem(), node.Elems[0])
	case reflect.Struct:
		return j.object(v, node)
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return nil
		}
		out := make([]any, v.Len())
		for i := range out {
			out[i] = j.conv(v.Index(i), node.Elems[0])
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return nil
		}
		keyText := func(k reflect.Value) (reflect.Value, bool) { return k, true }
		keyType := v.Type().Key()
		if kn := j.p.node(node.Elems[0]); kn != nil && kn.MarshalText != nil {
			// json names the entries by the keys' MarshalText
			keyType = reflect.TypeFor[string]()
			keyText = func(k reflect.Value) (reflect.Value, bool) {
				b, err := callMarshal(kn.MarshalText, k)
				return reflect.ValueOf(string(b)), err == nil
			}
		}
		m := reflect.MakeMapWithSize(reflect.MapOf(keyType, anyType), v.Len())
		for it := v.MapRange(); it.Next(); {
			e := reflect.New(anyType).Elem()
			if c := j.conv(it.Value(), node.Elems[1]); c != nil {
				e.Set(reflect.ValueOf(c))
			}
			if k, ok := keyText(it.Key()); ok {
				m.SetMapIndex(k, e)
			}
		}
		return m.Interface()
	}
	if v.CanInterface() {
		return v.Interface()
	}
	return nil
}

// field is one field of the object a struct encodes as.
type field struct {
	key, opts string   // json's name of it, and the tag's options
	depth     int      // how deeply embedded
	index     []int    // the path of field indexes to it
	via       []string // the names of the embedded fields on that path (json's error names them)
	blocked   string   // decoding, the type of a nil embedded pointer on the path that json cannot allocate
	tagged    bool
	typ       reflect.Type
	val       reflect.Value
	node      int // its type's Node, -1 for none
	zero      any // decoding a field the lowering holds in an interface{}, its type's zero value (Node.FieldZeros)
}

// object returns a struct value that json encodes as the struct v of
// Node node: its exported fields (and those of embedded structs, by
// json's rules) under their keys, values of cell types converted.
func (j *jsoner) object(v reflect.Value, node *Node) any {
	won := winners(j.fields(v, node, 0, nil, nil, false, nil))
	var sfs []reflect.StructField
	var vals []reflect.Value
	for _, f := range won {
		if strings.Contains(f.opts, ",omitzero") {
			// json asks the type's IsZero, which yaegi's type lacks
			if zero, ok := j.isZero(f.val, f.node); ok {
				if zero {
					continue
				}
				f.opts = strings.ReplaceAll(f.opts, ",omitzero", "")
			}
		}
		if j.needs(f.node) {
			// converted: json would see an any
			if strings.Contains(f.opts, ",omitempty") && empty(f.val) || strings.Contains(f.opts, ",omitzero") && f.val.IsZero() {
				continue
			}
			f.opts = strings.ReplaceAll(f.opts, ",string", "") // for scalars only, which these are not
			c := reflect.New(anyType).Elem()
			if x := j.conv(f.val, f.node); x != nil {
				c.Set(reflect.ValueOf(x))
			}
			f.typ, f.val = anyType, c
		}
		sfs = append(sfs, reflect.StructField{Name: "F" + itoa(len(sfs)), Type: f.typ, Tag: jsonTag(f.key, f.opts)})
		vals = append(vals, f.val)
	}
	s := reflect.New(reflect.StructOf(sfs)).Elem()
	for i, x := range vals {
		if x.IsValid() {
			s.Field(i).Set(x)
		}
	}
	return s.Interface()
}

// isZero reports whether json's omitzero leaves out v, of Node n, by its
// type's IsZero method, and whether the type has one: a nil pointer is
// zero, a value whose method has a pointer receiver is copied to be
// addressed, as json does.
func (j *jsoner) isZero(v reflect.Value, n int) (zero, ok bool) {
	node := j.p.node(n)
	if node == nil || node.IsZero == nil && node.PtrIsZero == nil || !v.IsValid() {
		return false, false
	}
	f := node.IsZero
	switch {
	case v.Kind() == reflect.Pointer && v.IsNil():
		return true, true
	case f == nil:
		f = node.PtrIsZero
		if !v.CanAddr() {
			c := reflect.New(v.Type()).Elem()
			c.Set(v)
			v = c
		}
		v = v.Addr()
	}
	out := reflect.ValueOf(f).Call([]reflect.Value{v})
	if p := out[1]; !p.IsNil() {
		panic(p.Interface())
	}
	return out[0].Bool(), true
}

// winners returns the fields json keeps, in its order: of the fields of
// one key, the shallowest wins; of several as shallow, the one tagged,
// else none.
func winners(fields []field) []field {
	byKey := map[string][]int{}
	var order []string
	for i, f := range fields {
		if _, ok := byKey[f.key]; !ok {
			order = append(order, f.key)
		}
		byKey[f.key] = append(byKey[f.key], i)
	}
	var won []field
	for _, k := range order {
		if f, ok := dominant(fields, byKey[k]); ok {
			won = append(won, f)
		}
	}
	slices.SortStableFunc(won, func(a, b field) int { return slices.Compare(a.index, b.index) })
	return won
}

// shortName is a Node's Name as reflect's Name gives it (Item for
// main.Item).
func shortName(name string) string {
	if k := strings.LastIndexByte(name, '.'); k >= 0 {
		return name[k+1:]
	}
	return name
}

// reflectName is what reflect's Name gives for the type it spells as
// name: the type's name without its package (Pair[main.Base] for
// main.Pair[main.Base]), "" for an unnamed struct type.
func reflectName(name string) string {
	if strings.HasPrefix(name, "struct") {
		return ""
	}
	base, args, generic := strings.Cut(name, "[")
	if generic {
		return shortName(base) + "[" + args
	}
	return shortName(base)
}

func dominant(fields []field, idx []int) (field, bool) {
	best := -1
	for _, i := range idx {
		if best < 0 || fields[i].depth < fields[best].depth {
			best = i
		}
	}
	var same []int
	for _, i := range idx {
		if fields[i].depth == fields[best].depth {
			same = append(same, i)
		}
	}
	if len(same) == 1 {
		return fields[best], true
	}
	var tagged []int
	for _, i := range same {
		if fields[i].tagged {
			tagged = append(tagged, i)
		}
	}
	if len(tagged) == 1 {
		return fields[tagged[0]], true
	}
	return field{}, false
}

// fields lists the fields v (a struct of Node node) encodes, embedded
// structs' promoted; decoding, also those of embedded pointers that are
// nil (json allocates them).
func (j *jsoner) fields(v reflect.Value, node *Node, depth int, index []int, via []string, decoding bool, out []field) []field {
	for f := range cellFields(v, node) {
		if !decoding {
			f = unboxedField(f, node)
		}
		i, elem, fv := f.index, f.node, f.val
		tag := f.sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		key, opts, _ := strings.Cut(tag, ",")
		if opts != "" {
			opts = "," + opts
		}
		// (an embedded interface is a field named as its type, as in
		// json; yaegi's record of a cell interface's value is a struct)
		if f.embedded && key == "" && (elem < 0 || !j.p.nodes[elem].Iface) {
			ev, en := fv, elem
			start := len(out)
			// json cannot allocate a nil embedded pointer to an
			// unexported struct type: the type's name, its error names it
			var blocked string
			if ev.Kind() == reflect.Pointer {
				blocked = ""
				switch {
				case !ev.IsNil():
					ev = ev.Elem()
				case decoding:
					ev = reflect.New(ev.Type().Elem()).Elem()
					blocked = ev.Type().String()
				default:
					continue
				}
				if en >= 0 {
					en = j.p.nodes[en].Elems[0]
					if blocked != "" {
						blocked = j.p.nodes[en].Name
					}
				}
				if exported(f.name) {
					blocked = ""
				}
			}
			if ev.Kind() == reflect.Struct && (en < 0 || j.p.nodes[en].MarshalJSON == nil && j.p.nodes[en].MarshalText == nil) {
				sub := append(append([]int(nil), index...), i)
				subVia := append(slices.Clip(via), f.name)
				if en < 0 {
					out = plainFields(ev, depth+1, sub, subVia, out)
				} else {
					out = j.fields(ev, &j.p.nodes[en], depth+1, sub, subVia, decoding, out)
				}
				for k := start; k < len(out) && blocked != ""; k++ {
					out[k].blocked = blocked
				}
				continue
			}
		}
		if !exported(f.name) {
			continue
		}
		if key == "" {
			key = f.name
		}
		var zero any
		if decoding && i < len(node.FieldZeros) {
			zero = node.FieldZeros[i]
		}
		out = append(out, field{key: key, opts: opts, depth: depth, tagged: tag != "", typ: f.sf.Type, val: fv, index: append(append([]int(nil), index...), i), via: via, node: elem, zero: zero})
	}
	return out
}

// jsonTag is the tag of a field json encodes under key, with the tag's
// options opts (each after a comma): the key "-" keeps a comma after it,
// as the tag `json:"-,"` that named it did, where the bare "-" would
// leave the field out.
func jsonTag(key, opts string) reflect.StructTag {
	if key == "-" && opts == "" {
		opts = ","
	}
	return reflect.StructTag(`json:"` + key + opts + `"`)
}

// plainFields is fields of a compiled struct type embedded in a cell's.
func plainFields(v reflect.Value, depth int, index []int, via []string, out []field) []field {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if tag == "-" || !sf.IsExported() {
			continue
		}
		key, opts, _ := strings.Cut(tag, ",")
		if opts != "" {
			opts = "," + opts
		}
		if key == "" {
			key = sf.Name
		}
		out = append(out, field{key: key, opts: opts, depth: depth, tagged: tag != "", typ: sf.Type, val: v.Field(i), index: append(append([]int(nil), index...), i), via: via, node: -1})
	}
	return out
}

// empty reports whether json's omitempty leaves v out.
func empty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}

// cycle stands for a value met again inside itself: encoding fails with
// json's error (JSONResult unwraps it from the MarshalerError json puts
// it in).
type cycle struct{ err *json.UnsupportedValueError }

func (c *cycle) MarshalJSON() ([]byte, error) { return nil, c.err }

// JSONResult returns what json.Marshal or json.MarshalIndent returned for
// a value JSON made, with a cycle's error as Go's json gives it.
func JSONResult(b []byte, err error) ([]byte, error) {
	return b, JSONEncodeError(err)
}

// JSONEncodeError is JSONResult's for the error of a json.Encoder's
// Encode.
func JSONEncodeError(err error) error {
	var me *json.MarshalerError
	if !errors.As(err, &me) {
		return err
	}
	var uv *json.UnsupportedValueError
	if me.Type == reflect.TypeFor[*cycle]() && errors.As(me.Err, &uv) {
		return uv
	}
	var m *methodError
	if errors.As(me.Err, &m) {
		return m // the cell type's own, named
	}
	return err
}

// method calls a cell type's MarshalJSON or MarshalText (f: func(T)
// ([]byte, error, any), the last result what it panicked with).
type method struct {
	f    any
	v    reflect.Value
	name string // Go's name of the type
}

func (m *method) call(name string) ([]byte, error) {
	b, err := callMarshal(m.f, m.v)
	if err != nil {
		err = &methodError{typ: m.name, method: name, err: err}
	}
	return b, err
}

// marshaler is a json.Marshaler that calls a cell type's MarshalJSON.
type marshaler struct{ method }

func (m *marshaler) MarshalJSON() ([]byte, error) { return m.call("MarshalJSON") }

// textMarshaler is an encoding.TextMarshaler that calls a cell type's
// MarshalText.
type textMarshaler struct{ method }

func (m *textMarshaler) MarshalText() ([]byte, error) { return m.call("MarshalText") }

// methodError is the error of a cell type's MarshalJSON or MarshalText,
// which JSONResult words as json words it for the type.
type methodError struct {
	typ, method string
	err         error
}

func (e *methodError) Error() string {
	return "json: error calling " + e.method + " for type " + e.typ + ": " + e.err.Error()
}

func (e *methodError) Unwrap() error { return e.err }

func callMarshal(f any, v reflect.Value) ([]byte, error) {
	out := invoke(f, v)
	b, _ := out[0].Interface().([]byte)
	return b, errorOf(out[1])
}

// JSONError returns err, what json.Unmarshal or a json.Decoder's Decode
// returned decoding into a value of the static type t describes, with
// the struct a type error is in named as Go names it (yaegi's struct
// types have no name: "Go struct field .id").
func JSONError(err error, t *Table) error {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		return err
	}
	spellType(te)
	if te.Struct != "" || te.Field == "" {
		return err
	}
	n := 0
	path := strings.Split(te.Field, ".")
	name := ""
	embedded := false
	for i, key := range path {
		n = structNode(t.Nodes, n)
		if n < 0 {
			return err
		}
		if !embedded {
			// the struct of a key; one promoted through an embedded field
			// is the outer struct's (Go: Doc.Base.id)
			name = t.Nodes[n].Name
		}
		if i == len(path)-1 {
			break
		}
		n, embedded = fieldNode(t.Nodes[n], key)
	}
	name = reflectName(name)
	if name == "" || strings.ContainsAny(name, "{ ") {
		return err
	}
	te.Struct = name
	return err
}

// structNode returns the Node of the struct that n is, points to or
// holds as elements; -1 if none.
func structNode(nodes []Node, n int) int {
	for n >= 0 && n < len(nodes) {
		nd := nodes[n]
		if nd.Fields != nil {
			return n
		}
		if len(nd.Elems) == 0 {
			return -1
		}
		n = nd.Elems[len(nd.Elems)-1]
	}
	return -1
}

// fieldNode returns the Node of the field of struct Node nd that json
// decodes key into; -1 if unknown (json matches keys without case). It
// reports whether key is the name of an embedded field, which json's
// errors name on the path to a promoted field.
func fieldNode(nd Node, key string) (int, bool) {
	for i, f := range nd.Fields {
		if f == key && i < len(nd.Elems) && slices.Contains(nd.Embedded, i) {
			return nd.Elems[i], true
		}
	}
	for i, f := range nd.Fields {
		if strings.EqualFold(f, key) && i < len(nd.Elems) {
			return nd.Elems[i], false
		}
	}
	return -1, false
}

// JSONTypeError is err, json.Unmarshal's or a Decoder's, with the type
// an *json.UnmarshalTypeError names spelled as Go spells it (main.ID for
// one of rt's bases a cell type is declared from).
func JSONTypeError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		spellType(te)
	}
	return err
}

// spelledType is a reflect.Type that json's messages print as name: the
// type of a notebook as Go spells it, where the value json met is of
// yaegi's struct type (struct { N int "gofutures:\"Item\"" }) or of the
// decoder's struct of slots.
type spelledType struct {
	reflect.Type
	name string
}

func (t spelledType) String() string { return t.name }

// spellType makes te's type print as Go's: main.Item, []main.Item.
func spellType(te *json.UnmarshalTypeError) {
	if te.Type == nil {
		return
	}
	if _, ok := te.Type.(spelledType); ok {
		return
	}
	if s := typeString(te.Type); s != te.Type.String() {
		te.Type = spelledType{te.Type, s}
	}
}
