package check

import (
	"fmt"
	"go/ast"
	"go/types"

	"strings"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// jsonCall lowers the calls of encoding/json that see values of cell
// types through reflection (see rt/json.go): the value json.Marshal,
// json.MarshalIndent and a json.Encoder's Encode encode goes through
// rt.JSON with its type's Table (no unexported fields, a cell type's
// MarshalJSON called); the value json.Unmarshal and a json.Decoder's
// Decode decode into through rt.JSONTarget (decoded as in Go), their
// error through rt.JSONError (the struct named). It returns the indexes
// of the arguments it wrapped.
func (lw *lowerer) jsonCall(c *ast.CallExpr, sig *types.Signature, name string) map[int]bool {
	recv := recvString(sig)
	switch {
	case recv == "" && (name == "Marshal" || name == "MarshalIndent") && len(c.Args) >= 1,
		recv == "*encoding/json.Encoder" && name == "Encode" && len(c.Args) == 1:
		if !lw.describeArg(c.Args[0], "JSON", func(t types.Type) bool { return lw.jsonNeeds(t, nil) }) {
			return nil
		}
		if !lw.goDeferred[c] {
			// a cycle's error as Go's json gives it
			if name == "Encode" {
				lw.insert(c.Pos(), rtName+".JSONEncodeError(")
			} else {
				lw.insert(c.Pos(), rtName+".JSONResult(")
			}
			lw.insertClose(c.End(), ")")
		}
		return map[int]bool{0: true}
	case recv == "" && name == "Unmarshal" && len(c.Args) == 2,
		recv == "*encoding/json.Decoder" && name == "Decode" && len(c.Args) == 1:
		a := c.Args[len(c.Args)-1]
		tbl, ts, _, ok := lw.jsonTable(a)
		if !ok {
			if tv := lw.info.Types[a]; tv.Type != nil && !lw.goDeferred[c] && mentionsCellBasic(tv.Type, nil) {
				// json's type error names the cell type, not its base
				lw.extraImport(rtName, rt.Path)
				lw.insert(c.Pos(), rtName+".JSONTypeError(")
				lw.insertClose(c.End(), ")")
			}
			return nil
		}
		lw.extraImport(rtName, rt.Path)
		// decoded as Go decodes (rt.JSONTarget), into an interface's
		// value as into its dynamic type's
		lw.insert(a.Pos(), rtName+".JSONTarget([]"+ts+"{")
		lw.insertClose(a.End(), "}, "+tbl+")")
		if !lw.goDeferred[c] { // (deferred, the wrapper would run the call at once)
			lw.insert(c.Pos(), rtName+".JSONError(")
			if sel, ok := c.Fun.(*ast.SelectorExpr); ok && name == "Decode" {
				// dec.Decode(x) as rt.JSONDecode(dec, x): the decoder's
				// settings hold for rt's decoding
				lw.insert(c.Pos(), rtName+".JSONDecode(")
				lw.replace(sel.X.End(), c.Lparen+1, ", ")
			}
			lw.insertClose(c.End(), ", "+tbl+")")
		}
		return map[int]bool{len(c.Args) - 1: true}
	}
	return nil
}

// jsonTable returns the rt.Table of the static type of e, spelled, when
// a value of it involves a cell type that json sees wrongly.
func (lw *lowerer) jsonTable(e ast.Expr) (tbl, ts string, iface, ok bool) {
	return lw.argTable(e, func(t types.Type) bool { return lw.jsonNeeds(t, nil) })
}

// recvString spells the receiver's type of a method's signature, "" for
// a function.
func recvString(sig *types.Signature) string {
	if sig.Recv() == nil {
		return ""
	}
	return types.TypeString(sig.Recv().Type(), nil)
}

// describeArg wraps the argument a, when needs holds for its static type,
// in rt's fn with its type's table (described), and reports whether it
// did.
func (lw *lowerer) describeArg(a ast.Expr, fn string, needs func(types.Type) bool) bool {
	tbl, ts, iface, ok := lw.argTable(a, needs)
	if !ok {
		return false
	}
	lw.extraImport(rtName, rt.Path)
	open, close := described(fn, tbl, ts, iface)
	lw.insert(a.Pos(), open)
	lw.insertClose(a.End(), close)
	return true
}

// argTable returns, for the argument e of a call that rt's helpers take
// over when needs holds for its static type, the expression of that
// type's rt.Table, the type spelled, and whether it is an interface; ok
// is false when e needs no help or its type cannot be spelled or
// described.
func (lw *lowerer) argTable(e ast.Expr, needs func(types.Type) bool) (tbl, ts string, iface, ok bool) {
	tv := lw.info.Types[e]
	if tv.Type == nil || !tv.IsValue() || tv.IsNil() || !needs(tv.Type) {
		return "", "", false, false
	}
	if ts = lw.typ(tv.Type); !spellable(ts) {
		return "", "", false, false
	}
	if tbl, ok = lw.fmtTable(tv.Type); !ok {
		return "", "", false, false
	}
	_, iface = tv.Type.Underlying().(*types.Interface)
	return tbl, ts, iface, true
}

// described returns the texts around an argument that rt's fn takes with
// its type's table: fn([]T{x}, table), fnAny(x, table) for a value of an
// interface type (yaegi v0.16.1 panics putting an error variable that
// holds a cell's value into a []error).
func described(fn, tbl, ts string, iface bool) (open, close string) {
	if iface {
		return rtName + "." + fn + "Any(", ", " + tbl + ")"
	}
	return rtName + "." + fn + "([]" + ts + "{", "}, " + tbl + ")"
}

// jsonNeeds reports whether t involves a struct a cell declared (json
// would see its unexported fields), a cell type with json's or text's
// methods (hasJSONMethods: json would not call them), or an interface
// that may hold one of them.
func (lw *lowerer) jsonNeeds(t types.Type, seen map[types.Type]bool) bool {
	return lw.codecNeeds(t, hasJSONMethods, seen)
}

// codecNeeds reports whether t involves a struct a cell declared, a cell
// type for which methods holds (of it or of its pointer), or an interface
// that may hold one of them.
func (lw *lowerer) codecNeeds(t types.Type, methods func(types.Type) bool, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	if seen == nil {
		seen = map[types.Type]bool{}
	}
	seen[t] = true
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if isCellNamed(t) {
			if methods(t) || methods(types.NewPointer(t)) {
				return true
			}
			if _, st := t.Underlying().(*types.Struct); st {
				return true
			}
		}
		if it, ok := t.Underlying().(*types.Interface); ok {
			return len(lw.fmtCands(it)) > 0
		}
		return isCellNamed(t) && lw.codecNeeds(t.Underlying(), methods, seen)
	case *types.Pointer:
		return lw.codecNeeds(t.Elem(), methods, seen)
	case *types.Slice:
		return lw.codecNeeds(t.Elem(), methods, seen)
	case *types.Array:
		return lw.codecNeeds(t.Elem(), methods, seen)
	case *types.Map:
		return lw.codecNeeds(t.Key(), methods, seen) || lw.codecNeeds(t.Elem(), methods, seen)
	case *types.Struct:
		for f := range t.Fields() {
			if !f.Exported() && f.Pkg() != nil && f.Pkg().Path() == "main" || lw.codecNeeds(f.Type(), methods, seen) {
				return true
			}
		}
	case *types.Interface:
		return len(lw.fmtCands(t)) > 0
	}
	return false
}

// hasJSONMethods reports whether t's method set has MarshalJSON,
// MarshalText, UnmarshalJSON or UnmarshalText.
func hasJSONMethods(t types.Type) bool {
	ms := types.NewMethodSet(t)
	for _, m := range []string{"MarshalJSON", "MarshalText", "UnmarshalJSON", "UnmarshalText"} {
		if ms.Lookup(nil, m) != nil {
			return true
		}
	}
	return false
}

// templateCall lowers a template's Execute and ExecuteTemplate (of
// text/template and html/template) given data whose static type involves
// cell types: the template executes through rt.Execute (or
// rt.ExecuteTemplate), which lets it call the cell types' methods, and
// the error goes through rt.TemplateError, which names the cell types as
// Go does. The call becomes a function of the receiver and the
// arguments, evaluated in their order, that returns the error, the data
// and its type's Table (with the methods: tmplmethods.go).
func (lw *lowerer) templateCall(c *ast.CallExpr, sig *types.Signature, name string) {
	recv := recvString(sig)
	if recv != "*text/template.Template" && recv != "*html/template.Template" {
		return
	}
	params := map[string][]string{"Execute": {"w", "d"}, "ExecuteTemplate": {"w", "n", "d"}}[name]
	sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	if params == nil || !ok || len(c.Args) != len(params) || c.Ellipsis.IsValid() {
		return
	}
	data := c.Args[len(c.Args)-1]
	tv := lw.info.Types[data]
	if tv.Type == nil || !tv.IsValue() || tv.IsNil() || !lw.tmplNeeds(tv.Type) || lw.goDeferred[c] {
		return
	}
	tbl, ok := lw.table(tv.Type, true)
	if !ok {
		return
	}
	ts := []string{"t " + lw.typ(lw.info.TypeOf(sel.X))}
	for i, a := range c.Args {
		ts = append(ts, params[i]+" "+lw.typ(types.Default(lw.info.TypeOf(a))))
	}
	for _, t := range ts {
		if !spellable(t) {
			return
		}
	}
	lw.extraImport(rtName, rt.Path)
	lw.insert(c.Pos(), fmt.Sprintf("%[1]s.TemplateError(func(%[2]s) (error, any, *%[1]s.Table) { tb := %[5]s; return %[1]s.%[3]s(t, %[4]s, tb), d, tb }(",
		rtName, strings.Join(ts, ", "), name, strings.Join(params, ", "), tbl))
	lw.replace(sel.X.End(), c.Lparen+1, ", ")
	lw.insertClose(c.End(), ")")
}

// mentionsCellBasic reports whether t involves a cell type of a basic
// underlying type (type ID int), which a decoding error names: its value
// in the interpreter is of one of rt's bases (rt.IntN0) that rt spells.
func mentionsCellBasic(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	if seen == nil {
		seen = map[types.Type]bool{}
	}
	seen[t] = true
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if !isCellNamed(t) {
			return false
		}
		if _, basic := t.Underlying().(*types.Basic); basic {
			return true
		}
		return mentionsCellBasic(t.Underlying(), seen)
	case *types.Pointer:
		return mentionsCellBasic(t.Elem(), seen)
	case *types.Slice:
		return mentionsCellBasic(t.Elem(), seen)
	case *types.Array:
		return mentionsCellBasic(t.Elem(), seen)
	case *types.Map:
		return mentionsCellBasic(t.Key(), seen) || mentionsCellBasic(t.Elem(), seen)
	case *types.Struct:
		for f := range t.Fields() {
			if mentionsCellBasic(f.Type(), seen) {
				return true
			}
		}
	}
	return false
}
