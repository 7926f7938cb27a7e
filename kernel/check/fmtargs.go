package check

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Values of cell types given to fmt print, in yaegi v0.16.1, as values of
// the types they stand for: {Xx:1 Xy:2} for main.point{x:1, y:2}, no
// String method inside slices, maps, fields and pointers, %d of a
// Stringer int as the interpreter's wrapper of it. The lowering hands
// fmt's and log's printing functions, in place of an argument whose
// static type involves a cell type, rt.Fmt of it: the value in a slice
// of its static type, and the rt.Table of that type: its Nodes (Go's
// names, field names, methods as function literals) and a resolver that
// finds the cell types in interface values (rt.FmtAny for an argument
// of an interface type). Print-like calls go through rt.Operands, which
// spaces the operands by the kinds of the values they hold. Other
// arguments are left as they are.

// fmtState is what the lowering of printing calls keeps while it lowers
// a cell.
type fmtState struct {
	cands       map[*types.Interface][]types.Type // of fmtCands
	fmtCache    map[string][]*fmtText             // of fmtTable
	fmtDecls    []*cell.Decl                      // functions returning rt.Tables (Result.Generated)
	methodCache map[string][]*fmtText             // of nodeTable.methods

	compiledBases map[types.Object]bool // cell types defined from compiled types fmt calls methods of (compiledBases)
}

// printFunc describes a printing function: the arguments it takes before
// those it formats, whether the first formatted one is a format, and
// whether it separates operands as Print does (a space where neither is
// a string).
type printFunc struct {
	skip   int
	format bool
	spaced bool
}

// printers are the printing functions whose arguments are lowered.
var printers = map[string]printFunc{
	"fmt.Print": {0, false, true}, "fmt.Println": {0, false, false}, "fmt.Sprint": {0, false, true},
	"fmt.Sprintln": {0, false, false}, "fmt.Fprint": {1, false, true}, "fmt.Fprintln": {1, false, false},
	"fmt.Append": {1, false, true}, "fmt.Appendln": {1, false, false},
	"fmt.Printf": {0, true, false}, "fmt.Sprintf": {0, true, false}, "fmt.Errorf": {0, true, false},
	"fmt.Fprintf": {1, true, false}, "fmt.Appendf": {1, true, false},
	"log.Print": {0, false, true}, "log.Println": {0, false, false}, "log.Fatal": {0, false, true},
	"log.Fatalln": {0, false, false}, "log.Panic": {0, false, true}, "log.Panicln": {0, false, false},
	"log.Printf": {0, true, false}, "log.Fatalf": {0, true, false}, "log.Panicf": {0, true, false},
}

// fmtArgs wraps the arguments of a call of a printing function (fn of
// package path) whose static types involve cell types in rt.Fmt; it
// returns the indexes of those it wrapped. Arguments in typed (%T, see
// percentT) are left alone, as are those of %p and %w, and all of a call
// whose format is not a constant; those in shared are %T's too, but
// percentT gave %T a name of its own.
func (lw *lowerer) fmtArgs(c *ast.CallExpr, path, name string, typed, shared map[int]bool) map[int]bool {
	pr, ok := printers[path+"."+name]
	if !ok || len(c.Args) <= pr.skip {
		return nil
	}
	if c.Ellipsis.IsValid() {
		return lw.fmtSpread(c, pr)
	}
	if lw.fmtTuple(c, pr) { // (fmttuple.go)
		return map[int]bool{0: true}
	}
	first := pr.skip
	skip := map[int]bool{}
	bad := map[int]bool{}   // operands of a verb that does not suit them
	sharp := map[int]bool{} // operands of %#v, which names their types
	extra := len(c.Args)    // the first operand the format leaves unused
	extraVerb := `+"%v"`    // appended to the format for rt.Extra
	if pr.format {
		tv := lw.info.Types[c.Args[first]]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return nil
		}
		used, reordered := 0, false
		for _, v := range rt.Verbs(constant.StringVal(tv.Value)) {
			i := first + 1 + v.Arg
			if v.Verb == 'v' && sharpFlag(constant.StringVal(tv.Value), v.At) {
				sharp[i] = true
			}
			if strings.IndexByte("Tpw", v.Verb) >= 0 && !(v.Verb == 'T' && shared[i]) {
				skip[i] = true
			} else if i < len(c.Args) && !verbSuits(v.Verb, lw.info.TypeOf(c.Args[i])) {
				bad[i] = true
			}
			used, reordered = max(used, v.Arg+1), v.Reordered
		}
		open, closable := openDirective(constant.StringVal(tv.Value))
		if !reordered && (!open || closable) && lw.extraNamed(c.Args[min(first+1+used, len(c.Args)):]) {
			extra = first + 1 + used
			if open {
				// fmt reports the directive the format ends in, then the
				// unused operands: "%" ends it as a %%, as fmt's %5% is
				extraVerb = `+"%!(NOVERB)%v"`
			}
		}
		first++
	}
	type wrap struct{ open, close string }
	plans := map[int]wrap{}
	for i := first; i < len(c.Args); i++ {
		if typed[i] || skip[i] {
			continue
		}
		if isReflect(lw.info.TypeOf(c.Args[i]), "Type") {
			plans[i] = wrap{rtName + ".TypeArg(", ")"} // printed by its String
			continue
		}
		tbl, ts, iface, ok := lw.argTable(c.Args[i], func(t types.Type) bool {
			_, tuple := t.(*types.Tuple)
			// a notebook type of a basic underlying type prints as its
			// value, but fmt's complaint about a verb names its type
			// (%!d(main.Name=n), not the interpreter's rt.StringN0)
			n, named := types.Unalias(t).(*types.Named)
			// %#v names the types in a value: a notebook type of a basic
			// type there too ([]main.Name{"a"}, not []rt.StringN0{"a"})
			return !tuple && (lw.fmtNeeds(t) || bad[i] && named && isCellNamed(n) || (i >= extra || sharp[i]) && namesMain(t))
		})
		if !ok {
			continue
		}
		open, close := described("Fmt", tbl, ts, iface)
		plans[i] = wrap{open, close}
	}
	if len(plans) == 0 && extra == len(c.Args) {
		return nil
	}
	lw.extraImport(rtName, rt.Path)
	last := c.Args[len(c.Args)-1]
	if extra < len(c.Args) {
		// fmt would name the interpreter's types in its report of the
		// operands the format leaves unused: rt.Extra writes the report,
		// for a %v at the format's end
		lw.insertClose(c.Args[first-1].End(), extraVerb)
		lw.insert(c.Args[extra].Pos(), rtName+".Extra(")
		lw.insertClose(last.End(), ")")
	}
	if pr.spaced {
		// Print puts a space between operands where neither is a string,
		// which the wrapped ones are not: rt.Operands spaces them by the
		// kinds of the values they hold, and prints them
		lw.insert(c.Args[first].Pos(), rtName+".Operands(")
		lw.insertClose(last.End(), ")")
	}
	wrapped := map[int]bool{}
	for i, w := range plans {
		lw.insert(c.Args[i].Pos(), w.open)
		lw.insertClose(c.Args[i].End(), w.close)
		wrapped[i] = true
	}
	return wrapped
}

// fmtSpread lowers a call of a printing function that spreads its
// operands (fmt.Println(xs...), fmt.Printf(format, args...)): each goes
// to fmt as rt.FmtAny of it with the table of the slice's element type,
// an interface (rt.FmtSpread); a format, constant or not, leaves the
// operands of %p and %w alone (rt.FmtSpreadf), and those of %T too
// unless the slice is a name: then they are the names of their dynamic
// types as Go's (typeNamer), formatted by %s (rt.FormatT, rt.FmtSpreadT).
func (lw *lowerer) fmtSpread(c *ast.CallExpr, pr printFunc) map[int]bool {
	last := len(c.Args) - 1
	want := pr.skip + 1
	if pr.format {
		want++
	}
	if len(c.Args) != want {
		return nil
	}
	tv := lw.info.Types[c.Args[last]]
	sl, ok := types.Unalias(tv.Type).Underlying().(*types.Slice)
	if !ok {
		return nil
	}
	arg := c.Args[last]
	tbl, ok := "", false
	if lw.fmtNeeds(sl.Elem()) {
		tbl, ok = lw.fmtTable(sl.Elem())
	}
	if !ok {
		// fmt prints the values right, but %T's operands need their
		// names (rt.FmtSpreadT without a table)
		if !pr.format || !pure(arg) || !types.IsInterface(sl.Elem()) || !lw.namesCellTypes() {
			return nil
		}
		tbl = "nil"
	}
	lw.extraImport(rtName, rt.Path)
	if pr.format {
		// the format is read again: only one without side effects
		format := c.Args[last-1]
		if !pureFormat(format) {
			return nil
		}
		if pure(arg) && types.IsInterface(sl.Elem()) {
			// %T names the operand's type as Go does (the slice is
			// read again too: only one without side effects)
			lw.insert(format.Pos(), rtName+".FormatT(")
			lw.insertClose(format.End(), ", len("+lw.text(arg)+"))")
			lw.insert(arg.Pos(), rtName+".FmtSpreadT("+lw.text(format)+", ")
			lw.insertClose(arg.End(), ", "+tbl+", "+lw.typeNamer(sl.Elem())+")")
			return map[int]bool{last: true}
		}
		lw.insert(arg.Pos(), rtName+".FmtSpreadf("+lw.text(format)+", ")
		lw.insertClose(arg.End(), ", "+tbl+")")
		return map[int]bool{last: true}
	}
	if pr.spaced {
		lw.insert(arg.Pos(), rtName+".Operands("+rtName+".FmtSpread(")
		lw.insertClose(arg.End(), ", "+tbl+")...)")
		// the call spreads no more: drop its "..."
		lw.replace(c.Ellipsis, c.Ellipsis+3, "")
		return map[int]bool{last: true}
	}
	lw.insert(arg.Pos(), rtName+".FmtSpread(")
	lw.insertClose(arg.End(), ", "+tbl+")")
	return map[int]bool{last: true}
}

// namesCellTypes reports whether the notebook declares a type that a
// value in an "any" may have, which %T names (typeNamer).
func (lw *lowerer) namesCellTypes() bool {
	return len(lw.implementing(types.Universe.Lookup("any").Type().Underlying().(*types.Interface))) > 0
}

// extraNamed reports whether fmt would name a type of the interpreter's
// in its report of the unused operands xs: one of them is of an
// interface type, or of a type whose spelling names a cell's type.
func (lw *lowerer) extraNamed(xs []ast.Expr) bool {
	for _, x := range xs {
		if t := lw.info.TypeOf(x); t != nil && namesMain(t) {
			return true
		}
	}
	return false
}

// namesMain reports whether a value of static type t may print its type
// as a cell's type: t is an interface, or its spelling names one.
func namesMain(t types.Type) bool {
	_, iface := t.Underlying().(*types.Interface)
	return iface || mentionsMain(t) || mentionsInstance(t)
}

// sharpFlag reports whether the directive of format whose verb is at
// at has the flag '#'.
func sharpFlag(format string, at int) bool {
	start := strings.LastIndexByte(format[:at], '%')
	return start >= 0 && strings.ContainsRune(format[start:at], '#')
}

// pureFormat reports whether evaluating the format e twice is the same
// as once: pure, or a concatenation of such.
func pureFormat(e ast.Expr) bool {
	if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok {
		return b.Op == token.ADD && pureFormat(b.X) && pureFormat(b.Y)
	}
	return pure(e)
}

// indexedVerbs lists the verbs of a fmt format with the arguments they
// format (rt.Verbs).
func indexedVerbs(f string) []verb {
	var out []verb
	for _, v := range rt.Verbs(f) {
		out = append(out, verb{at: v.At, verb: v.Verb, arg: v.Arg})
	}
	return out
}

// fmtNeeds reports whether fmt prints a value of static type t wrongly
// in yaegi v0.16.1: t involves a type a cell declared (a named one, a
// struct with unexported fields), or an interface with methods that one
// implements (an error variable holding a cell's error) and that fmt
// prints wrongly (see fmtCands).
func (lw *lowerer) fmtNeeds(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if isCellNamed(t) {
			_, basic := t.Underlying().(*types.Basic)
			// one over a basic type without methods prints as its value,
			// unless yaegi gave it the compiled type it is defined from
			return !basic || hasFmtMethods(t) || hasFmtMethods(types.NewPointer(t)) || lw.compiledBases[t.Obj()]
		}
		if it, ok := t.Underlying().(*types.Interface); ok {
			return len(lw.fmtCands(it)) > 0
		}
		return false
	case *types.Pointer:
		return lw.fmtNeeds(t.Elem())
	case *types.Slice:
		return lw.fmtNeeds(t.Elem())
	case *types.Array:
		return lw.fmtNeeds(t.Elem())
	case *types.Map:
		return lw.fmtNeeds(t.Key()) || lw.fmtNeeds(t.Elem())
	case *types.Struct:
		for f := range t.Fields() {
			if !f.Exported() && f.Pkg() != nil && f.Pkg().Path() == "main" || lw.fmtNeeds(f.Type()) {
				return true
			}
		}
	case *types.Interface:
		return len(lw.fmtCands(t)) > 0
	}
	return false
}

// fmtCands returns the cell types a value of interface type it may hold
// that fmt prints wrongly in yaegi v0.16.1: every one, for an interface
// with methods; for an empty one, those with a String, Error, GoString or
// Format method, structs (and pointers to them), and the others that
// yaegi holds in an interface as its record (heldAsRecord).
func (lw *lowerer) fmtCands(it *types.Interface) []types.Type {
	lw.typeSetUses++ // (also when cached: relower.go)
	if c, ok := lw.cands[it]; ok {
		return c
	}
	if lw.cands == nil {
		lw.cands = map[*types.Interface][]types.Type{}
	}
	// none while they are sought, should what they are made of ask
	lw.cands[it] = nil
	var out []types.Type
	for _, t := range lw.implementing(it) {
		// in an interface with methods, yaegi v0.16.1 holds any value
		// of a notebook type as its wrapper of the value and the
		// methods, which fmt printed ({[{1} {2}] 0x50ee20 …} for a
		// slice type implementing sort.Interface)
		if it.NumMethods() > 0 || printsWrong(t) || heldAsRecord(t) {
			out = append(out, t)
		}
	}
	// the earlier cells' copies of instances of the notebook's generic
	// types, which the cell's package does not declare
	for _, n := range lw.earlierInstances() {
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			if types.Implements(t, it) && (it.NumMethods() > 0 || printsWrong(t)) {
				out = append(out, t)
			}
		}
	}
	if it.NumMethods() == 0 {
		out = append(out, lw.anyCompTypes()...)
	}
	lw.cands[it] = out
	return out
}

// heldAsRecord reports whether t is a notebook type other than a struct
// or an interface, or a pointer to one, with methods (markedNamed's
// too): yaegi v0.16.1 holds a value of it in an interface as its record
// of the value and its type, which fmt printed ({0xc000… {0x5e2f00
// 0xc000… 407}} for a type IDs []int with a Len method).
func heldAsRecord(t types.Type) bool {
	n, ok := cellConcrete(t)
	if !ok {
		return false
	}
	if _, st := n.Underlying().(*types.Struct); st {
		return false
	}
	return types.NewMethodSet(types.NewPointer(n)).Len() > 0 || markedNamed(n)
}

// printsWrong reports whether fmt prints a value of the cell type t
// wrongly in yaegi v0.16.1 when it is held by an interface.
func printsWrong(t types.Type) bool {
	if hasFmtMethods(t) || hasJSONMethods(t) || logValueSig(types.NewMethodSet(t)) != nil || hasDisplayMethods(t) {
		return true // (json's, slog's and display's methods: for rt.JSON, rt.Slog and rt.Bundle, which share the tables)
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	_, st := t.Underlying().(*types.Struct)
	return st
}

// hasFmtMethods reports whether t's method set has a method fmt calls.
func hasFmtMethods(t types.Type) bool {
	ms := types.NewMethodSet(t)
	for _, m := range []string{"String", "Error", "GoString", "Format"} {
		if ms.Lookup(nil, m) != nil {
			return true
		}
	}
	return false
}

// compiledBases returns the cell types of a basic underlying type that
// files (the notebook's and the cell's) define from a compiled type with
// a method fmt calls (type Timeout time.Duration): yaegi v0.16.1 gives
// their values that type, whose String fmt calls ("1s" for Go's
// 1000000000).
func compiledBases(files []*ast.File, info *types.Info) map[types.Object]bool {
	var out map[types.Object]bool
	for _, f := range files {
		if f == nil {
			continue
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, sp := range gd.Specs {
				ts := sp.(*ast.TypeSpec)
				if _, sel := ts.Type.(*ast.SelectorExpr); !sel || ts.Assign.IsValid() || ts.TypeParams != nil {
					continue
				}
				n, ok := info.TypeOf(ts.Type).(*types.Named)
				if !ok || isCellNamed(n) || !hasFmtMethods(n) {
					continue
				}
				if _, basic := n.Underlying().(*types.Basic); !basic {
					continue
				}
				if obj := info.Defs[ts.Name]; obj != nil {
					if out == nil {
						out = map[types.Object]bool{}
					}
					out[obj] = true
				}
			}
		}
	}
	return out
}

// isCellNamed reports whether t is a named type a cell declared.
func isCellNamed(t *types.Named) bool {
	return t.Obj().Pkg() != nil && t.Obj().Pkg().Path() == "main"
}

// hasNode reports whether a value of type t needs a Node: t involves a
// cell's type or an interface (which may hold one).
func hasNode(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		_, iface := t.Underlying().(*types.Interface)
		return iface || isCellNamed(t)
	case *types.Pointer:
		return hasNode(t.Elem())
	case *types.Slice:
		return hasNode(t.Elem())
	case *types.Array:
		return hasNode(t.Elem())
	case *types.Chan:
		return hasNode(t.Elem())
	case *types.Map:
		return hasNode(t.Key()) || hasNode(t.Elem())
	case *types.Struct:
		for f := range t.Fields() {
			if !f.Exported() && f.Pkg() != nil && f.Pkg().Path() == "main" || hasNode(f.Type()) {
				return true
			}
		}
	case *types.Interface:
		return true
	}
	return false
}

// verbSuits reports whether fmt formats a value of type t with verb
// without complaint (%!d(string=x)); for types other than basic ones (or
// named ones of basic underlying types) it says yes.
func verbSuits(verb byte, t types.Type) bool {
	if t == nil {
		return true
	}
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		return true
	}
	var k reflect.Kind // (rt.VerbsOf's kinds: one of each verb list)
	switch info := b.Info(); {
	case info&types.IsBoolean != 0:
		k = reflect.Bool
	case info&types.IsInteger != 0:
		k = reflect.Int
	case info&(types.IsFloat|types.IsComplex) != 0:
		k = reflect.Float64
	case info&types.IsString != 0:
		k = reflect.String
	default:
		return true
	}
	return strings.IndexByte(rt.VerbsOf(k), verb) >= 0
}

// openDirective reports whether the format f ends inside a directive
// ("abc%", "%5"), for which fmt writes %!(NOVERB), and whether a "%"
// appended to f would close that directive without consuming an operand
// (none of its flags is "*" or an index).
func openDirective(f string) (open, closable bool) {
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(f) && strings.IndexByte("+-# 0123456789.*[]", f[j]) >= 0 {
			j++
		}
		if j == len(f) {
			return true, strings.IndexAny(f[i+1:], "*[") < 0
		}
		i = j
	}
	return false, false
}
