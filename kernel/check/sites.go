package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"

	"github.com/gofutures/gofutures/kernel/cell"
)

// The kinds of runtime panic the interpreter raises itself in a
// function's code (not in a compiled function it calls, nor in rt), by
// the operations that can raise them (Sites).
const (
	SiteIndex  = "index"  // an index the lowering left unchecked (yaegi's reflect panic)
	SiteNilMap = "nilmap" // a write to a map: "assignment to entry in nil map"
	SiteDiv    = "div"    // an integer division: "integer divide by zero"
	SiteAssert = "assert" // a single-result type assertion: "interface conversion: ..."
	SiteSend   = "send"   // a send: "send on closed channel"
	SiteClose  = "close"  // a call of close: "close of closed channel", "close of nil channel"
	SiteMake   = "make"   // a make with a length: "makeslice: len out of range"
	SiteConv   = "conv"   // a slice converted to an array: "cannot convert slice with length ..."
	SiteHash   = "hash"   // a map's key of interface type: "hash of unhashable type ..."
	// SiteNil is a dereference, or what yaegi may dereference: *p, a
	// field or method selected through a pointer or on a pointer or
	// interface, or promoted through an embedded field, an index, slice,
	// range, len or cap of a pointer to an array, a call of a function
	// value (yaegi's reflect panics on a zero Value).
	SiteNil = "nil"
)

// sites returns, for each kind, the cell lines of the operations in fd's
// own body (function literals run in frames of their own) that can raise
// it, a superset: an index the lowering checks (kept: the sequence
// numbers of the edits newLowered applied) raises Go's error, noting its
// line (rt.IndexL7), so it is no site of yaegi's.
func (lw *lowerer) sites(fd *ast.FuncDecl, kept map[int]bool) map[string][]int {
	if fd.Body == nil || lw.noLines {
		return nil
	}
	out := lw.bodySites(fd.Body, kept)
	lw.addExits(fd, out)
	return out
}

// SitePanicCall keys the lines of a body's calls of panic (not a
// runtime error's kind): the line a panic call noted tells which of two
// frames raised it.
const SitePanicCall = "panic call"

// SiteExit keys the lines where fd's body returns normally (its return
// statements', its closing brace's when it can end without one): the
// line of Go's frame of a function whose deferred call panicked as it
// returned. No runtime error comes from them.
const SiteExit = "exit"

// addExits adds fd's lines of SiteExit to sites.
func (lw *lowerer) addExits(fd *ast.FuncDecl, sites map[string][]int) {
	var lines []int
	for _, e := range lw.exits(fd) {
		if !slices.Contains(lines, e.line) {
			lines = append(lines, e.line)
		}
	}
	if len(lines) > 0 {
		slices.Sort(lines)
		sites[SiteExit] = lines
	}
}

// exit is a place where a function's body returns normally: a return
// statement, or the closing brace.
type exit struct {
	pos  token.Pos
	line int
}

// exits returns the places where fd's body returns normally (outside
// its function literals): its return statements, and its closing brace
// when it can end without one.
func (lw *lowerer) exits(fd *ast.FuncDecl) []exit {
	var out []exit
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if l := lw.line(n.Return); l > 0 {
				out = append(out, exit{n.Return, l})
			}
		}
		return true
	})
	list := fd.Body.List
	returns := false
	if len(list) > 0 {
		_, returns = list[len(list)-1].(*ast.ReturnStmt)
	}
	if !returns && (fd.Type.Results == nil || len(fd.Type.Results.List) == 0) {
		// (a function with results ends in a terminating statement)
		if l := lw.line(fd.Body.Rbrace); l > 0 {
			out = append(out, exit{fd.Body.Rbrace, l})
		}
	}
	return out
}

// lits returns the function literals in fd's body, at any depth, each
// with Go's name for it (func1, func2 in the order they appear in the
// body, func1.1 for the first one inside func1), the lines of its body's
// braces in l.Src and its own Sites.
func (lw *lowerer) lits(fd *ast.FuncDecl, l *Lowered, kept map[int]bool) []cell.Lit {
	if fd.Body == nil || lw.noLines {
		return nil
	}
	var out []cell.Lit
	deferred := map[*ast.FuncLit]bool{}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if d, ok := n.(*ast.DeferStmt); ok {
			if fl, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit); ok {
				deferred[fl] = true
			}
		}
		return true
	})
	eachLit(fd, func(fl *ast.FuncLit, name string) {
		open, close := l.forward(lw.off(fl.Body.Lbrace)), l.forward(lw.off(fl.Body.Rbrace))
		out = append(out, cell.Lit{Name: name, Open: open, Close: close, Sites: lw.bodySites(fl.Body, kept), Deferred: deferred[fl]})
	})
	return out
}

// SiteDeferred + a kind keys the lines of a body's deferred calls that
// are sites of that kind (defer close(ch): "deferred close"): a panic
// they raise as the function returns comes with no frame of the
// function's from yaegi v0.16.1.
const SiteDeferred = "deferred "

// bodySites is sites for a function's body, or a function literal's.
func (lw *lowerer) bodySites(body *ast.BlockStmt, kept map[int]bool) map[string][]int {
	out := map[string][]int{}
	adder := func(prefix string) func(kind string, p token.Pos) {
		return func(kind string, p token.Pos) {
			if l := lw.line(p); l > 0 && !slices.Contains(out[prefix+kind], l) {
				out[prefix+kind] = append(out[prefix+kind], l)
			}
		}
	}
	lw.inspectSites(body, kept, adder(""))
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				if b, ok := lw.info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
					adder("")(SitePanicCall, n.Lparen)
				}
			}
		case *ast.DeferStmt:
			if _, lit := ast.Unparen(n.Call.Fun).(*ast.FuncLit); !lit {
				lw.inspectSites(n.Call, kept, adder(SiteDeferred))
			}
		}
		return true
	})
	for k := range out {
		slices.Sort(out[k])
	}
	return out
}

// inspectSites calls add with the kind and position of each site in n,
// outside the function literals n holds (n itself may be one).
func (lw *lowerer) inspectSites(n ast.Node, kept map[int]bool, add func(kind string, p token.Pos)) {
	if n == nil || reflect.ValueOf(n).IsNil() {
		return
	}
	mapWrite := func(e ast.Expr) {
		if ix, ok := ast.Unparen(e).(*ast.IndexExpr); ok && isMap(lw.info.Types[ix.X].Type) {
			if id, ok := ast.Unparen(ix.X).(*ast.Ident); !ok || !lw.madeMaps[lw.info.Uses[id]] {
				add(SiteNilMap, ix.Lbrack)
			}
		}
	}
	top := n
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return n == top
		case *ast.IndexExpr:
			if pointerUnder(lw.info.Types[n.X].Type) {
				add(SiteNil, n.Lbrack)
			}
			if lw.mayHashPanic(n.X, n.Index) {
				add(SiteHash, n.Lbrack)
			}
			if seq, ok := lw.checkedIdx[n]; !ok || !kept[seq] {
				if lw.mayIndexPanic(n) {
					add(SiteIndex, n.Lbrack)
				}
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				mapWrite(l)
			}
			if (n.Tok == token.QUO_ASSIGN || n.Tok == token.REM_ASSIGN) && len(n.Rhs) == 1 && lw.intDivision(n.Lhs[0], n.Rhs[0]) {
				add(SiteDiv, n.TokPos)
			}
		case *ast.IncDecStmt:
			mapWrite(n.X)
		case *ast.RangeStmt:
			if pointerUnder(lw.info.Types[n.X].Type) {
				add(SiteNil, n.For)
			}
			if n.Tok == token.ASSIGN {
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if e != nil {
						mapWrite(e)
					}
				}
			}
		case *ast.BinaryExpr:
			if (n.Op == token.QUO || n.Op == token.REM) && lw.intDivision(n, n.Y) {
				add(SiteDiv, n.OpPos)
			}
		case *ast.StarExpr:
			if lw.info.Types[n].IsValue() && !lw.nonNil[n] {
				add(SiteNil, n.Star)
			}
		case *ast.SelectorExpr:
			if lw.throughPointer(n) && !lw.nonNil[n] {
				add(SiteNil, n.Sel.Pos())
			}
		case *ast.SliceExpr:
			if pointerUnder(lw.info.Types[n.X].Type) {
				add(SiteNil, n.Lbrack)
			}
		case *ast.TypeAssertExpr:
			if _, commaOk := lw.info.Types[n].Type.(*types.Tuple); n.Type != nil && !commaOk {
				add(SiteAssert, n.Lparen)
			}
		case *ast.SendStmt:
			add(SiteSend, n.Arrow)
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				if b, ok := lw.info.Uses[id].(*types.Builtin); ok && b.Name() == "close" {
					add(SiteClose, n.Lparen)
				}
				if b, ok := lw.info.Uses[id].(*types.Builtin); ok && b.Name() == "make" && len(n.Args) > 1 {
					add(SiteMake, n.Lparen)
				}
				if b, ok := lw.info.Uses[id].(*types.Builtin); ok && b.Name() == "delete" && len(n.Args) == 2 && lw.mayHashPanic(n.Args[0], n.Args[1]) {
					add(SiteHash, n.Lparen)
				}
			}
			if lw.info.Types[n.Fun].IsType() && len(n.Args) == 1 && toArray(lw.info.Types[n.Fun].Type) && isSlice(lw.info.Types[n.Args[0]].Type) {
				add(SiteConv, n.Lparen)
			}
			if lw.funcValueCall(n) || lw.lenOfPointer(n) {
				add(SiteNil, n.Lparen)
			}
		}
		return true
	})
}

// toArray reports whether t is an array or a pointer to one.
func toArray(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Array)
	return ok
}

// isSlice reports whether t's underlying type is a slice.
func isSlice(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Slice)
	return ok
}

// mayHashPanic reports whether m[key] (or delete(m, key)) can hash a
// value of a type that has no hash: m is a map and key's value is of an
// interface type (not a constant's, converted to it).
func (lw *lowerer) mayHashPanic(m, key ast.Expr) bool {
	if !isMap(lw.info.Types[m].Type) {
		return false
	}
	tv := lw.info.Types[key]
	return tv.Type != nil && tv.Value == nil && types.IsInterface(tv.Type)
}

func isMap(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Map)
	return ok
}

// intDivision reports whether x / y, of x's type, is an integer division
// whose divisor is not a constant (a constant zero does not compile).
func (lw *lowerer) intDivision(x, y ast.Expr) bool {
	if lw.info.Types[y].Value != nil {
		return false
	}
	t := lw.info.Types[x].Type
	if t == nil {
		return true // unknown: a site
	}
	b, ok := t.Underlying().(*types.Basic)
	return !ok || b.Info()&types.IsInteger != 0
}

// mayIndexPanic reports whether x[i] can be out of range: an index of a
// slice, a string, or an array (or a pointer to one) by a non-constant.
func (lw *lowerer) mayIndexPanic(n *ast.IndexExpr) bool {
	t := lw.info.Types[n.X].Type
	if t == nil {
		return true
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Map, *types.Signature:
		return false // a map, or a generic function's instance
	case *types.Array:
		return lw.info.Types[n.Index].Value == nil
	case *types.Basic:
		return u.Info()&types.IsString != 0
	}
	return true
}

func pointerUnder(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}

// throughPointer reports whether the field or method sel selects goes
// through a pointer (an embedded one too), or is a method of a pointer
// or an interface value: yaegi may dereference a nil one.
func (lw *lowerer) throughPointer(sel *ast.SelectorExpr) bool {
	s, ok := lw.info.Selections[sel]
	if !ok || s.Kind() == types.MethodExpr {
		return false // a package's name, or a method expression
	}
	if s.Indirect() || pointerUnder(s.Recv()) || types.IsInterface(s.Recv()) || len(s.Index()) > 1 {
		return true // (promoted: through an embedded pointer or interface)
	}
	if f, ok := s.Obj().(*types.Func); ok {
		if r := f.Type().(*types.Signature).Recv(); r != nil && types.IsInterface(r.Type()) {
			return true
		}
	}
	return false
}

// funcValueCall reports whether c calls a function value (which may be
// nil), not a declared function or method, a builtin, a conversion or a
// function literal.
func (lw *lowerer) funcValueCall(c *ast.CallExpr) bool {
	fun := ast.Unparen(c.Fun)
	if tv := lw.info.Types[fun]; tv.IsType() || tv.IsBuiltin() {
		return false
	}
	switch f := fun.(type) {
	case *ast.FuncLit:
		return false
	case *ast.IndexExpr:
		return !lw.declaredFunc(f.X) // not a generic function's instance
	case *ast.IndexListExpr:
		return !lw.declaredFunc(f.X)
	case *ast.SelectorExpr:
		if s, ok := lw.info.Selections[f]; ok {
			return s.Kind() == types.FieldVal // a field of function type
		}
	}
	return !lw.declaredFunc(fun)
}

// lenOfPointer reports whether c is len or cap of a pointer to an array
// (which Go does not dereference; yaegi may).
func (lw *lowerer) lenOfPointer(c *ast.CallExpr) bool {
	id, ok := ast.Unparen(c.Fun).(*ast.Ident)
	if !ok || len(c.Args) != 1 {
		return false
	}
	b, ok := lw.info.Uses[id].(*types.Builtin)
	return ok && (b.Name() == "len" || b.Name() == "cap") && pointerUnder(lw.info.Types[c.Args[0]].Type)
}

// declaredFunc reports whether e names a declared function (a package's
// too).
func (lw *lowerer) declaredFunc(e ast.Expr) bool {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		if _, ok := lw.info.Selections[e]; ok {
			return false
		}
		id = e.Sel
	default:
		return false
	}
	_, ok := lw.info.Uses[id].(*types.Func)
	return ok
}

// keptEdits returns the sequence numbers of l's edits.
func keptEdits(l *Lowered) map[int]bool {
	kept := map[int]bool{}
	for _, e := range l.edits {
		kept[e.seq] = true
	}
	return kept
}

// mainMarkers inserts Config.MainMarker calls in front of the
// top-level statements of fd when it is a cell's func main that defers
// no call.
func (lw *lowerer) mainMarkers(fd *ast.FuncDecl) {
	if lw.cfg.MainMarker == "" || lw.noLines || fd.Recv != nil || fd.Name.Name != cell.MainName || fd.Body == nil {
		return
	}
	deferred := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			deferred = true
		}
		return !deferred
	})
	if deferred {
		return
	}
	for _, st := range fd.Body.List {
		if _, empty := st.(*ast.EmptyStmt); empty {
			continue
		}
		o := lw.off(st.Pos())
		text := fmt.Sprintf("%s(%d, %d); ", lw.cfg.MainMarker, lw.line(st.Pos()), lw.line(st.End()))
		lw.edits = append(lw.edits, Edit{Start: o, End: o, Text: text, seq: seqMarker})
	}
}

// nonNilMaps returns the map variables fd declares with a map made
// (make, a composite literal) and never assigns again nor takes the
// address of: no write to one can be a nil map's.
func (lw *lowerer) nonNilMaps(fd *ast.FuncDecl) map[types.Object]bool {
	if fd.Body == nil {
		return nil
	}
	made := map[types.Object]bool{}
	spoilt := map[types.Object]bool{}
	made1 := func(e ast.Expr) bool {
		switch e := ast.Unparen(e).(type) {
		case *ast.CompositeLit:
			return true
		case *ast.CallExpr:
			id, ok := ast.Unparen(e.Fun).(*ast.Ident)
			if !ok {
				return false
			}
			b, ok := lw.info.Uses[id].(*types.Builtin)
			return ok && b.Name() == "make"
		}
		return false
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				id, ok := ast.Unparen(l).(*ast.Ident)
				if !ok {
					continue
				}
				if obj := lw.info.Defs[id]; obj != nil && n.Tok == token.DEFINE {
					if len(n.Lhs) == len(n.Rhs) && made1(n.Rhs[i]) && isMap(obj.Type()) {
						made[obj] = true
					}
					continue
				}
				spoilt[lw.info.Uses[id]] = true
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if obj := lw.info.Defs[id]; obj != nil && len(n.Values) == len(n.Names) && made1(n.Values[i]) && isMap(obj.Type()) {
					made[obj] = true
				}
			}
		case *ast.UnaryExpr, *ast.RangeStmt:
			lw.spoils(n, spoilt)
		}
		return true
	})
	for obj := range spoilt {
		delete(made, obj)
	}
	return made
}
