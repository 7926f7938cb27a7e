package check

import (
	"go/ast"
	"go/types"
	"strings"
)

// xmlCall lowers the calls of encoding/xml that see values of cell types
// through reflection (see rt/xml.go): the value xml.Marshal,
// xml.MarshalIndent and an Encoder's Encode encode goes through rt.XML
// with its type's Table (named, fields and methods as in Go), that of an
// Encoder's EncodeElement through rt.XMLElement; the value xml.Unmarshal
// and a Decoder's Decode and DecodeElement decode into through
// rt.XMLTarget. It returns the index of the argument it wrapped.
func (lw *lowerer) xmlCall(c *ast.CallExpr, sig *types.Signature, name string) map[int]bool {
	recv := recvString(sig)
	arg, fn := 0, ""
	switch {
	case recv == "" && (name == "Marshal" || name == "MarshalIndent") && len(c.Args) >= 1,
		recv == "*encoding/xml.Encoder" && name == "Encode" && len(c.Args) == 1:
		fn = "XML"
	case recv == "*encoding/xml.Encoder" && name == "EncodeElement" && len(c.Args) == 2:
		fn = "XMLElement"
	case recv == "" && name == "Unmarshal" && len(c.Args) == 2:
		arg, fn = 1, "XMLTarget"
	case recv == "*encoding/xml.Decoder" && (name == "Decode" && len(c.Args) == 1 || name == "DecodeElement" && len(c.Args) == 2):
		fn = "XMLTarget"
	default:
		return nil
	}
	if !lw.describeArg(c.Args[arg], fn, lw.xmlNeeds) {
		return nil
	}
	return map[int]bool{arg: true}
}

// xmlNeeds reports whether xml sees a value of t wrongly: t involves a
// struct a cell declared, a cell type with a method xml calls, an
// interface that may hold one, or is a cell's named type (xml names an
// element by its type), or a pointer to, slice or array of one.
func (lw *lowerer) xmlNeeds(t types.Type) bool {
	if lw.codecNeeds(t, hasXMLMethods, nil) {
		return true
	}
	for {
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Named:
			return isCellNamed(u)
		default:
			return false
		}
	}
}

// The methods xml calls, and their signatures as sigKey spells them.
var xmlMethodKeys = []struct{ name, key string }{
	{"MarshalXML", "(*encoding/xml.Encoder, encoding/xml.StartElement) error"},
	{"UnmarshalXML", "(*encoding/xml.Decoder, encoding/xml.StartElement) error"},
	{"MarshalXMLAttr", "(encoding/xml.Name) (encoding/xml.Attr, error)"},
	{"UnmarshalXMLAttr", "(encoding/xml.Attr) error"},
	{"MarshalText", marshalKey},
	{"UnmarshalText", unmarshalKey},
}

// hasXMLMethods reports whether t's method set has a method xml calls.
func hasXMLMethods(t types.Type) bool {
	ms := types.NewMethodSet(t)
	for _, m := range xmlMethodKeys {
		if hasMethod(ms, m.name, m.key) {
			return true
		}
	}
	return false
}

// xmlMethods returns the fields of the Node of t that give its methods
// of xml's Marshaler, Unmarshaler, MarshalerAttr and UnmarshalerAttr (ms
// its method set, pms that of *T, nil for a pointer), as function
// literals of the receiver that return what the method panicked with
// last (rt.XML, rt.XMLTarget).
func (lw *lowerer) xmlMethods(t types.Type, ms, pms *types.MethodSet) []string {
	var out []string
	for _, m := range xmlMethodKeys[:4] {
		if !hasMethod(ms, m.name, m.key) && (pms == nil || !hasMethod(pms, m.name, m.key)) {
			continue
		}
		x := lw.importName("encoding/xml")
		fn := map[string]string{
			"MarshalXML":       "func(x %[1]s, e *X.Encoder, s X.StartElement) (err error, p any) { defer func() { p = recover() }(); err = x.%[2]s(e, s); return }",
			"UnmarshalXML":     "func(x %[1]s, d *X.Decoder, s X.StartElement) (err error, p any) { defer func() { p = recover() }(); err = x.%[2]s(d, s); return }",
			"MarshalXMLAttr":   "func(x %[1]s, n X.Name) (a X.Attr, err error, p any) { defer func() { p = recover() }(); a, err = x.%[2]s(n); return }",
			"UnmarshalXMLAttr": "func(x %[1]s, a X.Attr) (err error, p any) { defer func() { p = recover() }(); err = x.%[2]s(a); return }",
		}[m.name]
		out = append(out, lw.methodField(t, ms, pms, m.name, m.key, strings.ReplaceAll(fn, "X.", x+"."))...)
	}
	return out
}
