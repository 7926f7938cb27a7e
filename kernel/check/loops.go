package check

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/scanner"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// rangeStmt lowers range over integers and functions (yaegi v0.16.1 stops
// before Go 1.22 and panics with "nil type" on both), and gives range
// variables that closures capture a copy per iteration (Go 1.22).
func (lw *lowerer) rangeStmt(n *ast.RangeStmt) bool {
	xt := lw.info.Types[n.X].Type
	if xt == nil {
		return true
	}
	switch u := xt.Underlying().(type) {
	case *types.Basic:
		if u.Info()&types.IsInteger != 0 {
			lw.rangeInt(n, xt)
			return false
		}
		if u.Info()&types.IsString != 0 {
			lw.rangeString(n)
			return false
		}
	case *types.Signature:
		if lw.rangeFunc(n, u) {
			return false
		}
	}
	if lw.rangeAssign(n) {
		return false
	}
	lw.rangeArrayPtr(n)
	keysOnly := lw.arrayPtrKeys(n)
	if k, ok := n.Key.(*ast.Ident); ok && n.Tok == token.DEFINE {
		if x, ok := ast.Unparen(n.X).(*ast.Ident); ok && lw.info.Defs[k] != nil {
			if lw.ranges == nil {
				lw.ranges = map[types.Object]types.Object{}
			}
			lw.ranges[lw.info.Defs[k]] = lw.info.Uses[x]
		} else if indexedChain(n.X) && lw.info.Defs[k] != nil {
			if lw.rangeTexts == nil {
				lw.rangeTexts = map[types.Object]string{}
			}
			lw.rangeTexts[lw.info.Defs[k]] = lw.text(n.X)
		}
	}
	if n.Tok == token.DEFINE {
		var copies []string
		for _, e := range []ast.Expr{n.Key, n.Value} {
			if id, ok := e.(*ast.Ident); ok && id.Name != "_" && lw.captured(n.Body, lw.info.Defs[id]) {
				copies = append(copies, lw.identText(id)+" := "+lw.identText(id)+";")
			}
		}
		if len(copies) > 0 {
			if lw.redeclares(n.Body, identNames(n.Key, n.Value)...) {
				copies = append(copies, "{")
				lw.closeBody(n.Body)
			}
			lw.insert(n.Body.Lbrace+1, " "+strings.Join(copies, " "))
		}
	}
	if keysOnly { // x replaced: the rest walked here
		for _, e := range []ast.Expr{n.Key, n.Value} {
			if e != nil {
				lw.walk(e)
			}
		}
		lw.walk(n.Body)
		return false
	}
	return true
}

// rangeAssign: for k, v = range x { ... } (over a slice, an array, a
// map or a channel: yaegi v0.16.1 assigned nothing to k and v) becomes
// for K, V := range x { k, v = K, V; ... }. The targets are written as
// the cell wrote them, and x and the body lowered.
func (lw *lowerer) rangeAssign(n *ast.RangeStmt) bool {
	if n.Tok != token.ASSIGN || n.Key == nil {
		return false
	}
	if p, ok := lw.info.Types[n.X].Type.Underlying().(*types.Pointer); ok && n.Value != nil && !isBlank(n.Value) && pure(n.X) {
		if _, ok := p.Elem().Underlying().(*types.Array); ok {
			return false // rangeArrayPtr's
		}
	}
	key, elem := rangeTypes(lw.info.Types[n.X].Type)
	var defs, targets, vals []string
	for i, e := range []ast.Expr{n.Key, n.Value} {
		switch {
		case e == nil:
		case isBlank(e):
			defs = append(defs, "_")
		default:
			v := lw.fresh("R")
			defs = append(defs, v)
			targets = append(targets, lw.identText(e))
			if src := []types.Type{key, elem}[i]; src != nil {
				open, close := lw.untaggedConv(src, lw.info.TypeOf(e)) // (typetags.go)
				v = open + v + close
			}
			vals = append(vals, v)
		}
	}
	if len(targets) == 0 {
		lw.replace(n.Key.Pos(), n.TokPos+1, "") // for range x
	} else {
		lw.replace(n.Key.Pos(), n.TokPos+1, strings.Join(defs, ", ")+" :=")
		lw.insert(n.Body.Lbrace+1, " "+strings.Join(targets, ", ")+" = "+strings.Join(vals, ", ")+";")
	}
	if !lw.arrayPtrKeys(n) {
		lw.walk(n.X)
	}
	lw.walk(n.Body)
	return true
}

// rangeTypes returns the types of the key and the value a range over a
// value of type t gives (nil where there is none or t is another).
func rangeTypes(t types.Type) (key, elem types.Type) {
	if t == nil {
		return nil, nil
	}
	u := t.Underlying()
	if p, ok := u.(*types.Pointer); ok {
		u = p.Elem().Underlying()
	}
	switch u := u.(type) {
	case *types.Slice:
		return types.Typ[types.Int], u.Elem()
	case *types.Array:
		return types.Typ[types.Int], u.Elem()
	case *types.Map:
		return u.Key(), u.Elem()
	case *types.Chan:
		return u.Elem(), nil
	}
	return nil, nil
}

// rangeInt: for k := range n { ... } becomes
// for I, N := T(0), T(n); I < N; I++ { k := I; ... }.
func (lw *lowerer) rangeInt(n *ast.RangeStmt, xt types.Type) {
	t := types.Default(xt)
	if n.Tok == token.ASSIGN && n.Key != nil {
		t = lw.info.Types[n.Key].Type
	}
	ts := lw.typ(t)
	i, nn := lw.fresh("I"), lw.fresh("N")
	from := n.Range
	if n.Key != nil {
		from = n.Key.Pos()
	}
	lw.replace(from, n.X.Pos(), fmt.Sprintf("%s, %s := %s(0), %s(", i, nn, ts, ts))
	lw.insertClose(n.X.End(), fmt.Sprintf("); %s < %s; %s++", i, nn, i))
	if n.Key != nil && !isBlank(n.Key) {
		op := " := "
		if n.Tok == token.ASSIGN {
			op = " = "
		}
		open := ""
		if n.Tok == token.DEFINE && lw.redeclares(n.Body, identNames(n.Key)...) {
			open = " {"
			lw.closeBody(n.Body)
		}
		lw.insert(n.Body.Lbrace+1, " "+lw.identText(n.Key)+op+i+";"+open)
	}
	lw.walk(n.X)
	lw.walk(n.Body)
}

// forStmt gives the variables a three-clause loop declares a copy per
// iteration when closures (or &) capture them, as Go 1.22 does: for i :=
// 0; i < n; i++ { body } becomes for L := 0; L < n; L++ { i := L; body;
// L = i }, and each continue copies back first.
func (lw *lowerer) forStmt(n *ast.ForStmt) {
	lw.initOnly(n)
	as, ok := n.Init.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE {
		return
	}
	lw.boundedBy(n)
	if lw.headerLoop(n, as) {
		return
	}
	type loopVar struct {
		obj   types.Object
		name  string
		text  string // as the body's lowering spells it (identText)
		outer string
	}
	var vs []loopVar
	for _, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		obj := lw.info.Defs[id]
		if obj == nil || !lw.captured(n.Body, obj) {
			continue
		}
		vs = append(vs, loopVar{obj: obj, name: id.Name, text: lw.identText(id), outer: lw.fresh("L")})
	}
	if len(vs) == 0 {
		return
	}
	for _, v := range vs {
		lw.replace(v.obj.Pos(), v.obj.Pos()+token.Pos(len(v.name)), v.outer)
	}
	for _, part := range []ast.Node{n.Cond, n.Post} {
		if part == nil {
			continue
		}
		ast.Inspect(part, func(c ast.Node) bool {
			if id, ok := c.(*ast.Ident); ok {
				for _, v := range vs {
					if lw.info.Uses[id] == v.obj {
						lw.replace(id.Pos(), id.End(), v.outer)
					}
				}
			}
			return true
		})
	}
	var in, back, names []string
	for _, v := range vs {
		in = append(in, v.text+" := "+v.outer+";")
		back = append(back, v.outer+" = "+v.text+";")
		names = append(names, v.name)
	}
	lw.copyBody(n, in, back, names, false)
}

// initOnly gives a loop with an init statement and neither a condition
// nor a post statement (for at := start; ; { ...; at = next }) the
// condition 0 == 0: yaegi v0.16.1 runs the init statement of such a loop
// again before every iteration, so what the body assigned to its variables
// was lost and a loop that ends by a break on them ran forever.
func (lw *lowerer) initOnly(n *ast.ForStmt) {
	if n.Init == nil || n.Cond != nil || n.Post != nil {
		return
	}
	// the semicolon after the init statement (a comment may come first)
	from := lw.off(n.Init.End())
	rest := lw.orig[from:lw.off(n.Body.Lbrace)]
	fset := token.NewFileSet()
	var s scanner.Scanner
	s.Init(fset.AddFile("", -1, len(rest)), []byte(rest), nil, 0)
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			return
		}
		if tok == token.SEMICOLON && lit == ";" {
			after := int(pos) - 1 + len(";") // (the file's base is 1)
			lw.insert(n.Init.End()+token.Pos(after), " 0 == 0")
			return
		}
	}
}

// copyBody declares the variables names at the start of loop n's body by
// the statements in and copies them back by the statements back at its
// end and before each continue of the loop; with onExit, also before
// each statement that leaves the body otherwise (a break, a goto out, an
// outer loop's continue, a return), for closures of the loop's header
// that outlive it.
func (lw *lowerer) copyBody(n *ast.ForStmt, in, back, names []string, onExit bool) {
	if lw.redeclares(n.Body, names...) {
		// the body in a block of its own; the copies back by a function
		// literal declared before it, which sees the loop's variables
		// where the body's hide them
		b := lw.fresh("Back")
		in = append(in, b+" := func() { "+strings.Join(back, " ")+" };", "{")
		back = []string{b + "();"}
		lw.closeBody(n.Body)
	}
	lw.insert(n.Body.Lbrace+1, " "+strings.Join(in, " "))
	lw.insert(n.Body.Rbrace, "; "+strings.Join(back, " ")+" ")
	own := lw.labels[n]
	copyBack := func(n ast.Node, text string) {
		lw.replace(n.Pos(), n.End(), "{ "+strings.Join(back, " ")+" "+text+" }")
	}
	before := func(n ast.Node) { // the copies back, then n, in a block
		lw.insert(n.Pos(), "{ "+strings.Join(back, " ")+" ")
		lw.insertClose(n.End(), " }")
	}
	var onReturn func(*ast.ReturnStmt)
	if onExit {
		onReturn = func(r *ast.ReturnStmt) { before(r) }
	}
	lw.branches(n.Body, func(b *ast.BranchStmt) {
		switch {
		case b.Tok != token.CONTINUE:
			if onExit { // a break, or a goto out of the loop
				before(b)
			}
		case b.Label == nil:
			copyBack(b, "continue")
		case own != nil && lw.info.Uses[b.Label] == own:
			copyBack(b, "continue "+lw.labelText(b.Label))
		case onExit: // the continue of an outer loop
			before(b)
		}
	}, onReturn)
}

// captured reports whether body lets obj escape its iteration: a function
// literal refers to it, or its address is taken (also by calling a
// pointer method on it).
func (lw *lowerer) captured(body ast.Node, obj types.Object) bool {
	if obj == nil {
		return false
	}
	found := false
	var inLit int
	var visit func(n ast.Node)
	visit = func(n ast.Node) {
		ast.Inspect(n, func(c ast.Node) bool {
			if found {
				return false
			}
			switch c := c.(type) {
			case *ast.FuncLit:
				inLit++
				visit(c.Body)
				inLit--
				return false
			case *ast.Ident:
				if inLit > 0 && lw.info.Uses[c] == obj {
					found = true
				}
			case *ast.UnaryExpr:
				if id, ok := ast.Unparen(c.X).(*ast.Ident); ok && c.Op == token.AND && lw.info.Uses[id] == obj {
					found = true
				}
			case *ast.SelectorExpr:
				if id, ok := ast.Unparen(c.X).(*ast.Ident); ok && lw.info.Uses[id] == obj {
					if sel := lw.info.Selections[c]; sel != nil && sel.Kind() != types.FieldVal {
						if sig, ok := sel.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
							if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
								if _, isPtr := obj.Type().Underlying().(*types.Pointer); !isPtr {
									found = true
								}
							}
						}
					}
				}
			}
			return true
		})
	}
	visit(body)
	return found
}

func isBlank(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "_"
}

// repl replaces orig[at:end] with name in a copy of a node's text.
type repl struct {
	at, end int
	name    string
}

// text returns the source of n (which holds no edits of its own), with
// kernel/cell/mono's replacements in it (the copy of slices.Sort, the
// name of an embedded field in the copy's struct: len(w.List.Items)
// copied into an index check is len(w.mainꞏListꞏShelf.Items)).
func (lw *lowerer) text(n ast.Node) string {
	from, to := lw.off(n.Pos()), lw.off(n.End())
	// (at one offset: the closing texts, the opening ones, replacements)
	rs := lw.boxedReadsIn(n)
	for m, name := range lw.mono {
		if m != nil && m.Pos() >= n.Pos() && m.End() <= n.End() {
			rs = append(rs, repl{lw.off(m.Pos()), lw.off(m.End()), name})
		}
	}
	if len(rs) == 0 {
		return lw.orig[from:to]
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].at < rs[j].at })
	var b strings.Builder
	at := from
	for _, r := range rs {
		if r.at < at {
			continue // inside one replaced already
		}
		b.WriteString(lw.orig[at:r.at])
		b.WriteString(r.name)
		at = r.end
	}
	b.WriteString(lw.orig[at:to])
	return b.String()
}

var errorType = types.Universe.Lookup("error").Type()

// stringMethod returns "Error" or "String" when t, a notebook type (or a
// pointer to one), has that method as fmt would call it.
func stringMethod(t types.Type) string {
	nt := t
	if p, ok := t.(*types.Pointer); ok {
		nt = p.Elem()
	}
	named, ok := nt.(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "main" {
		return ""
	}
	if _, ok := named.Underlying().(*types.Interface); ok {
		return ""
	}
	ms := types.NewMethodSet(t)
	for _, name := range []string{"Error", "String"} {
		sel := ms.Lookup(nil, name)
		if sel == nil {
			continue
		}
		sig := sel.Obj().Type().(*types.Signature)
		if sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
			return name
		}
	}
	return ""
}

// printCall reports whether e calls a function that prints and returns
// how much it wrote (fmt.Println, w.Write): nothing to show, as in Go.
func (lw *lowerer) printCall(e ast.Expr) bool {
	c, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := lw.info.Uses[funcIdent(c.Fun)].(*types.Func)
	if !ok {
		return false
	}
	name := fn.Name()
	if fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && (strings.HasPrefix(name, "Print") || strings.HasPrefix(name, "Fprint")) {
		return true
	}
	sig := fn.Type().(*types.Signature)
	return sig.Recv() != nil && strings.HasPrefix(name, "Write")
}

// boundedBy records a loop for i := ...; i < len(x); ... whose i indexes
// x without a check (see index), when i starts at a non-negative
// constant and x is a variable.
func (lw *lowerer) boundedBy(n *ast.ForStmt) {
	as := n.Init.(*ast.AssignStmt)
	cond, ok := n.Cond.(*ast.BinaryExpr)
	if !ok || cond.Op != token.LSS || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return
	}
	i, ok := cond.X.(*ast.Ident)
	if !ok || lw.info.Uses[i] == nil || lw.info.Uses[i] != lw.info.Defs[as.Lhs[0].(*ast.Ident)] {
		return
	}
	if v := lw.info.Types[as.Rhs[0]].Value; v == nil || constant.Sign(v) < 0 {
		return
	}
	call, ok := cond.Y.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return
	}
	if b, ok := lw.info.Uses[identOf(call.Fun)].(*types.Builtin); !ok || b.Name() != "len" {
		return
	}
	x, ok := call.Args[0].(*ast.Ident)
	if !ok {
		return
	}
	if lw.ranges == nil {
		lw.ranges = map[types.Object]types.Object{}
	}
	lw.ranges[lw.info.Uses[i]] = lw.info.Uses[x]
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// rangeString: for i, r := range s { ... } becomes for S, I, W := s, 0,
// 0; I < len(S); I += W { var i int; var r rune; var R rune; R, W =
// utf8.DecodeRuneInString(S[I:]); i = I; r = R; ... }. yaegi v0.16.1
// advances by the length of the rune it decoded, 3 bytes for the U+FFFD
// of an invalid byte, where Go advances 1; and it takes time that grows
// with the string's length at each step (5.5 s for a loop over 50,000
// runes, 0.04 s lowered).
func (lw *lowerer) rangeString(n *ast.RangeStmt) {
	utf8 := hiddenAlias("unicode/utf8")
	lw.extraImport(utf8, "unicode/utf8")
	str, i, w, r := lw.fresh("S"), lw.fresh("I"), lw.fresh("W"), lw.fresh("R")
	key := n.Key != nil && !isBlank(n.Key)
	val := n.Value != nil && !isBlank(n.Value)
	var set []string
	if n.Tok == token.DEFINE {
		if key {
			set = append(set, "var "+lw.text(n.Key)+" int;")
		}
		if val {
			set = append(set, "var "+lw.text(n.Value)+" rune;")
		}
	}
	set = append(set, fmt.Sprintf("var %[1]s rune; %[1]s, %[2]s = %[3]s.DecodeRuneInString(%[4]s[%[5]s:]); _ = %[1]s;", r, w, utf8, str, i))
	if key {
		set = append(set, lw.text(n.Key)+" = "+i+";")
	}
	if val {
		set = append(set, lw.text(n.Value)+" = "+r+";")
	}
	if n.Tok == token.DEFINE && lw.redeclares(n.Body, identNames(n.Key, n.Value)...) {
		set = append(set, "{")
		lw.closeBody(n.Body)
	}
	// A string of a defined type (type Name string) is converted: yaegi
	// v0.16.1 refused it as DecodeRuneInString's argument.
	open, shut := "", ""
	if xt := lw.info.Types[n.X].Type; xt != nil && !types.Identical(xt, types.Typ[types.String]) && !types.Identical(xt, types.Typ[types.UntypedString]) {
		open, shut = "string(", ")"
	}
	lw.replace(n.For, n.X.Pos(), fmt.Sprintf("for %s, %s, %s := %s", str, i, w, open))
	lw.replace(n.X.End(), n.Body.Lbrace+1, shut+fmt.Sprintf(", 0, 0; %[1]s < len(%[2]s); %[1]s += %[3]s { %[4]s", i, str, w, strings.Join(set, " ")))
	lw.walk(n.X)
	lw.walk(n.Body)
}
