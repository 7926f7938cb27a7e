package check

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Calls first: gc evaluates the calls among a call's arguments before
// most of the arguments that are no calls (variables, fields, elements,
// conversions, arithmetic of the types an interface holds by value),
// which it reads after the last call, so that
//
//	fmt.Println(st, st.Pop(), st)
//
// prints the stack popped twice (the order of such operands against
// calls is not specified; gc's is the one go run shows). Others it
// copies in their place, in order with the calls (slices, && and ||,
// composite literals: readAt). yaegi v0.16.1 evaluates map elements,
// struct values converted to interfaces and the lowering's wrappers
// (rt.Fmt of a value fmt prints) in source order, so the first st
// printed the stack before the Pop. callsFirst puts the calls, and the
// operands read in their place before them, in variables before the
// statement, on its line:
//
//	gofuturesV1 := st.Pop(); fmt.Println(st, gofuturesV1, st)
//
// A map literal gc makes by assigning its entries in order; yaegi made
// the calls among them first (mapInOrder).

// markCallsFirst notes st, an expression statement, an assignment of
// one value, a send or a return of one value in a list of statements, for callsFirst once its
// walk is done.
func (lw *lowerer) markCallsFirst(st ast.Stmt) {
	switch s := st.(type) {
	case *ast.ExprStmt:
		if lw.topStmts != nil && len(lw.topStmts.List) > 0 && lw.topStmts.List[len(lw.topStmts.List)-1] == st && !lw.printCall(s.X) {
			return // the cell's trailing expression, whose value it shows (trailingExpr)
		}
	case *ast.AssignStmt:
		if len(s.Rhs) != 1 {
			return
		}
	case *ast.SendStmt:
	case *ast.ReturnStmt:
		if len(s.Results) != 1 {
			return
		}
	default:
		return
	}
	if !lw.inStmtList(st) {
		return
	}
	if lw.callsFirstStmts == nil {
		lw.callsFirstStmts = map[ast.Stmt]bool{}
	}
	lw.callsFirstStmts[st] = true
}

// callsFirst lowers st, walked, when its call (or slice or array
// literal) has arguments (elements) that gc reads after a call among
// them to their right (operands): the calls up
// to the last such call are assigned to fresh variables before st, in
// their order (len and cap too, which gc evaluates there). It leaves st
// when an argument read later holds a call, a receive or a builtin
// other than len and cap, when the callee holds one or is a builtin, and
// where moveBefore cannot move the calls. The calls of the left side
// of an assignment or of a send's channel, which Go makes first, go
// first (leftCalls). A map literal's entries are read in order instead
// (mapInOrder), after those calls too.
func (lw *lowerer) callsFirst(st ast.Stmt) {
	delete(lw.callsFirstStmts, st)
	var x ast.Expr
	var first []ast.Expr // the calls Go makes before x's (leftCalls)
	ok := true
	switch s := st.(type) {
	case *ast.ExprStmt:
		x = s.X
	case *ast.AssignStmt:
		first, ok = lw.leftCalls(s.Lhs...)
		x = s.Rhs[0]
	case *ast.SendStmt:
		first, ok = lw.leftCalls(s.Chan)
		x = s.Value
	case *ast.ReturnStmt:
		x = s.Results[0]
	}
	if !ok {
		return
	}
	if lit, ok := ast.Unparen(x).(*ast.CompositeLit); ok {
		if _, isMap := lw.info.TypeOf(lit).Underlying().(*types.Map); isMap {
			lw.mapInOrder(st, lit, first)
			return
		}
	}
	ops, elem := lw.operands(x)
	last := -1
	for i, a := range ops {
		if lw.realCall(a) {
			last = i
		}
	}
	if last < 1 {
		return
	}
	late := false
	var moved []ast.Expr
	for i, a := range ops[:last+1] {
		if c, ok := ast.Unparen(a).(*ast.CallExpr); ok && (lw.realCall(c) || lw.lenCap(c)) {
			moved = append(moved, c)
			continue
		}
		if lw.hasCall(a) {
			return
		}
		if _, lit := a.(*ast.FuncLit); lit || lw.info.Types[a].Value != nil || lw.info.Types[a].IsNil() {
			continue
		}
		if pt := elem(i); pt == nil || !types.IsInterface(pt) {
			return
		}
		switch lw.readAt(a) {
		case readEarly:
			moved = append(moved, a)
		case readAfter:
			late = true
		default:
			return
		}
	}
	if !late {
		return
	}
	lw.moveBefore(st, append(first, moved...), nil)
}

// leftCalls returns the outermost calls and receives in es, the left
// side of an assignment or a send's channel, in their order: Go makes
// them before the calls of the right side (m[key()] = fmt.Sprint(st,
// st.Pop()) calls key first), so callsFirst moves them first. Not ok
// when one is an operand of && or || (which may not make it).
func (lw *lowerer) leftCalls(es ...ast.Expr) (calls []ast.Expr, ok bool) {
	ok = true
	for _, e := range es {
		if !lw.hasCall(e) {
			continue
		}
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				if (n.Op == token.LAND || n.Op == token.LOR) && (lw.hasCall(n.X) || lw.hasCall(n.Y)) {
					ok = false
				}
			case *ast.CallExpr, *ast.UnaryExpr:
				if x := n.(ast.Expr); lw.realCall(x) || isRecv(x) {
					calls = append(calls, x)
					return false
				}
			}
			return ok
		})
	}
	return calls, ok
}

// isRecv reports whether e is a receive.
func isRecv(e ast.Expr) bool {
	u, ok := e.(*ast.UnaryExpr)
	return ok && u.Op == token.ARROW
}

// moveBefore assigns the expressions moved, of st, to fresh variables
// before st, in their order, and puts the variables in their place: of
// their types, or of the types in typs where it has one. It leaves st
// when the lowering edited an expression moved (wrapped one: a closing
// text at its end is left only when no text opens at its start),
// checks an index in one before st, or put something before st other
// than such checks (which go after the expressions moved).
func (lw *lowerer) moveBefore(st ast.Stmt, moved []ast.Expr, typs []string) {
	for x := range lw.prechecked {
		for _, m := range moved {
			if x.Pos() >= m.Pos() && x.End() <= m.End() {
				return // (its check, before st, would run before the call)
			}
		}
	}
	start := lw.off(st.Pos())
	for _, e := range lw.edits {
		if e.Start == start && e.End == start && e.pre == 0 && e.seq >= 0 {
			return
		}
		for _, m := range moved {
			from, to := lw.off(m.Pos()), lw.off(m.End())
			if e.Start == e.End && (e.Start > from && e.Start < to || e.Start == from && !e.close) || e.Start < e.End && e.Start < to && e.End > from {
				return // (a closing insertion at its end closes what opened left of it)
			}
		}
	}
	var pre strings.Builder
	for i, m := range moved {
		name := lw.fresh("V")
		if typs != nil && typs[i] != "" {
			pre.WriteString("var " + name + " " + typs[i] + " = " + lw.text(m) + "; ")
		} else {
			pre.WriteString(name + " := " + lw.text(m) + "; ")
		}
		lw.replace(m.Pos(), m.End(), name)
	}
	// (left of the checks of st's indexes put before it: Go indexes
	// after the calls)
	lw.edits = append(lw.edits, Edit{Start: start, End: start, Text: pre.String(), seq: len(lw.edits), pre: preCalls})
}

// mapInOrder lowers st, whose value is lit, a map literal: gc makes it
// by assigning its entries one by one, each key and value read in turn,
// where yaegi v0.16.1 makes the calls among them first
// (map[string]any{"n": c.n, "next": c.Next()} held the n after Next).
// The keys and values up to the last call go into variables of the
// map's key and element types before st. It leaves a literal with an
// elided composite or a receive there.
func (lw *lowerer) mapInOrder(st ast.Stmt, lit *ast.CompositeLit, first []ast.Expr) {
	m, ok := lw.info.TypeOf(lit).Underlying().(*types.Map)
	if !ok {
		return
	}
	var ops []ast.Expr
	var typs []string
	kt, et := lw.typ(m.Key()), lw.typ(m.Elem())
	if !spellable(kt) || !spellable(et) {
		return
	}
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return
		}
		ops = append(ops, kv.Key, kv.Value)
		typs = append(typs, kt, et)
	}
	last := -1
	for i, o := range ops {
		if lw.realCall(o) {
			last = i
		}
	}
	read := false // an operand read before the last call
	var moved []ast.Expr
	var movedTyps []string
	for i, o := range ops[:max(last, 0)] {
		if c, ok := o.(*ast.CompositeLit); ok && c.Type == nil || lw.hasRecv(o) {
			return
		}
		if _, fl := o.(*ast.FuncLit); fl || lw.info.Types[o].Value != nil {
			continue
		}
		read = read || !lw.realCall(o)
		moved = append(moved, o)
		movedTyps = append(movedTyps, typs[i])
	}
	if !read {
		return
	}
	moved = append(moved, ops[last])
	movedTyps = append(movedTyps, typs[last])
	lw.moveBefore(st, append(first, moved...), append(make([]string, len(first)), movedTyps...))
}

// hasRecv reports whether e holds a receive, outside function literals.
func (lw *lowerer) hasRecv(e ast.Expr) bool {
	return RunsCode([]ast.Expr{e}, func(ast.Expr) bool { return true }) // (no call counts)
}

// operands returns the operands of x whose order callsFirst looks at,
// and the types they are converted to: the arguments of a call and
// their parameters' types, or the elements of a slice or array literal
// and its element type; none for a call of a builtin or a conversion, a
// callee that holds a call, a slice passed with ..., and a literal with
// keys.
func (lw *lowerer) operands(x ast.Expr) ([]ast.Expr, func(int) types.Type) {
	switch x := ast.Unparen(x).(type) {
	case *ast.CallExpr:
		if lw.info.Types[x.Fun].IsType() || lw.hasCall(x.Fun) || x.Ellipsis.IsValid() {
			return nil, nil
		}
		if _, b := lw.info.Uses[identOf(x.Fun)].(*types.Builtin); b {
			return nil, nil // (append's operands: gc's order is its own)
		}
		sig, ok := lw.info.TypeOf(x.Fun).Underlying().(*types.Signature)
		if !ok {
			return nil, nil
		}
		return x.Args, func(i int) types.Type { return paramType(sig, i, false) }
	case *ast.CompositeLit:
		var elem types.Type
		switch u := lw.info.TypeOf(x).Underlying().(type) {
		case *types.Slice:
			elem = u.Elem()
		case *types.Array:
			elem = u.Elem()
		default:
			return nil, nil
		}
		for _, e := range x.Elts {
			if _, kv := e.(*ast.KeyValueExpr); kv {
				return nil, nil
			}
		}
		return x.Elts, func(int) types.Type { return elem }
	}
	return nil, nil
}

// Where gc reads an operand converted to an interface, against the
// calls of its statement (readAt).
const (
	readUnknown = iota // as it inlines and keeps variables in registers
	readEarly          // in its place, before the calls to its right
	readAfter          // after the calls
)

// readAt tells where gc reads a, an operand without calls converted to
// an interface: slices of slices and strings, && and ||, assertions to
// types held by value, and values of types converted by address (not
// readLate's) that are no variables (composite literals, a map's
// elements, !ok) it copies in their place; other values of readLate's
// types after the calls; variables of other types, and composite
// literals of readLate's, as it may.
func (lw *lowerer) readAt(a ast.Expr) int {
	t := lw.info.TypeOf(a)
	switch x := ast.Unparen(a).(type) {
	case *ast.SliceExpr:
		return readEarly
	case *ast.BinaryExpr:
		if x.Op == token.LAND || x.Op == token.LOR {
			return readEarly
		}
	case *ast.TypeAssertExpr:
		if direct(t) {
			return readAfter
		}
		return readEarly
	case *ast.CompositeLit:
		if readLate(t) {
			return readUnknown
		}
		return readEarly
	case *ast.IndexExpr:
		if _, isMap := lw.info.TypeOf(x.X).Underlying().(*types.Map); isMap && !readLate(t) {
			return readEarly
		}
	}
	if readLate(t) {
		return readAfter
	}
	if lw.addressable(a) {
		return readUnknown
	}
	return readEarly
}

// direct reports whether an interface holds a value of type t itself
// (a pointer, map, channel or func), not a copy.
func direct(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Chan, *types.Signature:
		return true
	case *types.Basic:
		return u.Kind() == types.UnsafePointer
	}
	return false
}

// addressable reports whether e is a variable, a field or element of
// one, or a pointer's target.
func (lw *lowerer) addressable(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		_, ok := lw.info.Uses[x].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		if sel, ok := lw.info.Selections[x]; ok {
			return sel.Kind() == types.FieldVal
		}
		return true // (a package's variable)
	case *ast.StarExpr:
		return true
	case *ast.IndexExpr:
		if _, isMap := lw.info.TypeOf(x.X).Underlying().(*types.Map); isMap {
			return false
		}
		return true
	}
	return false
}

// readLate reports whether gc reads an operand of type t converted to
// an interface after the calls of its statement: values an interface
// holds directly (pointers, maps, channels), interfaces, and those
// converted by value (2, 4 or 8 bytes of their alignment, strings,
// slices, and structs and arrays of one of those). Others (a bool, a
// byte, a struct of two ints) gc copies in their place when they are
// no variable (a composite literal, a map's element, !ok) or one kept
// in registers, which the lowering cannot tell; the statement is left
// to yaegi's order, which is the source's.
func readLate(t types.Type) bool {
	if t == nil {
		return false
	}
	t = types.Default(t)
	switch u := t.Underlying().(type) {
	case *types.Interface, *types.Pointer, *types.Map, *types.Chan, *types.Slice:
		return true
	case *types.Signature:
		return false
	case *types.Basic:
		if u.Kind() == types.String || u.Kind() == types.UnsafePointer {
			return true
		}
		if u.Info()&types.IsUntyped != 0 {
			return false // (nil)
		}
	case *types.Struct:
		if u.NumFields() == 1 && readLate(u.Field(0).Type()) {
			return true
		}
	case *types.Array:
		if u.Len() == 1 && readLate(u.Elem()) {
			return true
		}
	}
	size, align, ok := sizeOf(t)
	return ok && (size == 2 || size == 4 || size == 8) && align == size
}

// sizeOf returns gc's size and alignment of t on amd64; not ok for a
// type of type parameters, which has none.
func sizeOf(t types.Type) (size, align int64, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return gcSizes.Sizeof(t), gcSizes.Alignof(t), true
}

var gcSizes = types.SizesFor("gc", "amd64")

// realCall reports whether e is a call of a function (not a conversion
// nor a builtin's).
func (lw *lowerer) realCall(e ast.Expr) bool {
	c, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || lw.info.Types[c.Fun].IsType() {
		return false
	}
	if id := identOf(c.Fun); id != nil {
		if _, b := lw.info.Uses[id].(*types.Builtin); b {
			return false
		}
	}
	tv, ok := lw.info.Types[c]
	return ok && !tv.IsVoid()
}

// lenCap reports whether c calls the builtin len or cap.
func (lw *lowerer) lenCap(c *ast.CallExpr) bool {
	b, ok := lw.info.Uses[identOf(c.Fun)].(*types.Builtin)
	return ok && (b.Name() == "len" || b.Name() == "cap") && !lw.hasCall(c.Args[0])
}

// hasCall reports whether e holds a call that is no conversion nor a
// builtin's without effects (len, cap, min, max, real, imag, complex),
// or a receive, outside function literals.
func (lw *lowerer) hasCall(e ast.Expr) bool {
	return RunsCode([]ast.Expr{e}, func(fun ast.Expr) bool {
		if b, ok := lw.info.Uses[identOf(fun)].(*types.Builtin); ok {
			switch b.Name() {
			case "len", "cap", "min", "max", "real", "imag", "complex":
				return true
			}
		}
		return lw.info.Types[fun].IsType()
	})
}
