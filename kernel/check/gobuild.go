package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"
)

// go build type-checks with types2 (cmd/compile) after its parser has
// checked branch statements; the kernel checks with go/types. Most
// messages are the same; goBuildError rewrites those that are not, in
// words or in place, so that a cell's error reads as go build's.

// branchWords are go/types' messages of branch statements and labels
// (a %s for the label) and the syntax package's words for them.
var branchWords = []struct{ goTypes, goBuild string }{
	{"break not in for, switch, or select statement", "break is not in a loop, switch, or select"},
	{"continue not in for statement", "continue is not in a loop"},
	{"label %s declared and not used", "label %s defined and not used"},
	{"label %s not declared", "label %s not defined"},
}

// goBuildError returns the position and message go build gives the
// error te of file f (nil when the file is not known).
func goBuildError(f *ast.File, te types.Error) (token.Pos, string) {
	msg := te.Msg
	for _, w := range branchWords {
		if w.goTypes == msg {
			return te.Pos, w.goBuild
		}
		if pre, post, ok := strings.Cut(w.goTypes, "%s"); ok && strings.HasPrefix(msg, pre) && strings.HasSuffix(msg, post) && len(msg) > len(pre)+len(post) {
			name := msg[len(pre) : len(msg)-len(post)]
			return te.Pos, strings.Replace(w.goBuild, "%s", name, 1)
		}
	}
	if msg == "use of .(type) outside type switch" {
		// types2 counts it an invalid syntax tree (go/types: a bad type
		// keyword), which its message says
		return te.Pos, "invalid syntax tree: " + msg
	}
	if f == nil {
		return te.Pos, msg
	}
	msg = funcLitWords(f, te.Pos, msg)
	msg = typeParamWords(f, te.Fset, te.Pos, msg)
	for _, kind := range []string{"break", "continue"} {
		// go/types: the label is not that of an enclosing statement of
		// the right kind; go build tells an undefined one apart
		if name, ok := strings.CutPrefix(msg, "invalid "+kind+" label "); ok && !enclosingLabel(f, te.Pos, name) {
			return te.Pos, kind + " label not defined: " + name
		}
	}
	switch {
	case strings.HasPrefix(msg, "not enough arguments in call to "):
		// go/types: at the closing parenthesis; types2: at the last
		// argument, or at the call without arguments
		if call := callAt(f, te.Pos, func(c *ast.CallExpr) token.Pos { return c.Rparen }); call != nil {
			if len(call.Args) > 0 {
				return call.Args[len(call.Args)-1].Pos(), msg
			}
			return call.Pos(), msg
		}
	case strings.HasPrefix(msg, "cannot index "):
		// go/types: at the indexed operand; types2: at its [
		var at token.Pos
		ast.Inspect(f, func(n ast.Node) bool {
			if ix, ok := n.(*ast.IndexExpr); ok && ix.X.Pos() == te.Pos && (at == token.NoPos || ix.Lbrack < at) {
				at = ix.Lbrack // the innermost: the operand is the shortest
			}
			return true
		})
		if at != token.NoPos {
			return at, msg
		}
	case strings.HasPrefix(msg, "goto ") && strings.Contains(msg, " jumps over variable declaration at line "):
		// go/types: the line of the last declaration jumped over;
		// go build's parser: its names and place (jumpedDecl)
		var label string
		var line int
		if _, err := fmt.Sscanf(msg, "goto %s jumps over variable declaration at line %d", &label, &line); err == nil {
			if names, at := jumpedDecl(f, te.Fset, te.Pos, line); at.IsValid() {
				p := te.Fset.Position(at)
				return te.Pos, fmt.Sprintf("goto %s jumps over declaration of %s at %s:%d:%d", label, names, p.Filename, p.Line, p.Column)
			}
		}
	case strings.HasPrefix(msg, "invalid operation: cannot send to receive-only channel "),
		strings.HasPrefix(msg, "invalid operation: cannot send to non-channel "):
		// go/types: at the arrow; types2: at the send statement
		var at token.Pos
		ast.Inspect(f, func(n ast.Node) bool {
			if s, ok := n.(*ast.SendStmt); ok && s.Arrow == te.Pos {
				at = s.Pos()
			}
			return at == token.NoPos
		})
		if at.IsValid() {
			return at, msg
		}
	case strings.HasPrefix(msg, "cannot use ... in call to non-variadic "),
		strings.HasPrefix(msg, "invalid operation: invalid use of ... with built-in "),
		strings.HasPrefix(msg, "cannot use ... with ") && strings.Contains(msg, "-valued "):
		// go/types: at the ...; types2: at the call
		if call := callAt(f, te.Pos, func(c *ast.CallExpr) token.Pos { return c.Ellipsis }); call != nil {
			return call.Pos(), msg
		}
	case strings.HasPrefix(msg, "missing argument in conversion to "):
		// go/types: at the closing parenthesis; types2: at the conversion
		if call := callAt(f, te.Pos, func(c *ast.CallExpr) token.Pos { return c.Rparen }); call != nil {
			return call.Pos(), msg
		}
	case strings.HasSuffix(msg, " does not satisfy comparable") || strings.Contains(msg, " does not satisfy "):
		// go/types: at the call of a generic function whose type
		// arguments it inferred; types2: at its (
		if call := callAt(f, te.Pos, (*ast.CallExpr).Pos); call != nil && !isIndexExpr(call.Fun) {
			return call.Lparen, msg
		}
	case strings.HasPrefix(msg, "invalid operation: not enough arguments for ") || strings.HasPrefix(msg, "invalid operation: too many arguments for "):
		// a built-in's argument count. go/types: at the closing
		// parenthesis; types2: at the call
		if call := callAt(f, te.Pos, func(c *ast.CallExpr) token.Pos { return c.Rparen }); call != nil {
			return call.Pos(), msg
		}
	case strings.HasPrefix(msg, "goto ") && strings.HasSuffix(msg, " jumps into block"):
		// go build's parser names the start of the block the label is in
		name := strings.TrimSuffix(strings.TrimPrefix(msg, "goto "), " jumps into block")
		if at := labelBlock(f, te.Pos, name); at.IsValid() {
			p := te.Fset.Position(at)
			return te.Pos, fmt.Sprintf("%s starting at %s:%d:%d", msg, p.Filename, p.Line, p.Column)
		}
	case strings.HasPrefix(msg, "label ") && strings.HasSuffix(msg, " already declared"):
		// go build's parser names the label's first place (report drops
		// go/types' "other declaration" line)
		name := strings.TrimSuffix(strings.TrimPrefix(msg, "label "), " already declared")
		if at := firstLabel(f, te.Pos, name); at.IsValid() {
			p := te.Fset.Position(at)
			return te.Pos, fmt.Sprintf("label %s already defined at %s:%d:%d", name, p.Filename, p.Line, p.Column)
		}
	case strings.HasPrefix(msg, "invalid map key type func"):
		// types2 places a function type at its parameters' (
		var at token.Pos
		ast.Inspect(f, func(n ast.Node) bool {
			if ft, ok := n.(*ast.FuncType); ok && ft.Func == te.Pos && ft.Params != nil {
				at = ft.Params.Opening
			}
			return !at.IsValid()
		})
		if at.IsValid() {
			return at, msg
		}
	case msg == "cannot declare in post statement":
		// go build's parser refuses it, at the :=, in its words
		var at token.Pos
		ast.Inspect(f, func(n ast.Node) bool {
			if fs, ok := n.(*ast.ForStmt); ok && fs.Post != nil && fs.Post.Pos() == te.Pos {
				if as, ok := fs.Post.(*ast.AssignStmt); ok {
					at = as.TokPos
				}
			}
			return !at.IsValid()
		})
		if at.IsValid() {
			return at, "syntax error: cannot declare in post statement of for loop"
		}
	case msg == "method has multiple receivers" || msg == "method has no receiver":
		// go/types: at the receivers; types2: at the method's name
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && fd.Recv.Pos() <= te.Pos && te.Pos <= fd.Recv.End() {
				return fd.Name.Pos(), msg
			}
		}
	case msg == "invalid use of [...] array (outside a composite literal)":
		// go/types: at the ...; types2: at the array type's [
		var at token.Pos
		ast.Inspect(f, func(n ast.Node) bool {
			if a, ok := n.(*ast.ArrayType); ok && a.Len != nil && a.Len.Pos() == te.Pos {
				at = a.Lbrack
			}
			return !at.IsValid()
		})
		if at.IsValid() {
			return at, msg
		}
	case strings.HasPrefix(msg, "in call to ") && strings.Contains(msg, ", cannot infer "):
		// go/types: at the call; types2: at its (
		if call := callAt(f, te.Pos, (*ast.CallExpr).Pos); call != nil {
			return call.Lparen, msg
		}
	}
	return sliceStart(f, te.Pos, msg), msg
}

// isIndexExpr reports whether e is an instantiation (or an index).
func isIndexExpr(e ast.Expr) bool {
	switch ast.Unparen(e).(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

// callAt returns the innermost call of f whose position by at is pos.
func callAt(f *ast.File, pos token.Pos, at func(*ast.CallExpr) token.Pos) *ast.CallExpr {
	var found *ast.CallExpr
	ast.Inspect(f, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && at(c) == pos {
			found = c // later ones are inside earlier ones
		}
		return true
	})
	return found
}

// enclosingLabel reports whether a statement labelled name encloses pos
// in f.
func enclosingLabel(f *ast.File, pos token.Pos, name string) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil || pos < n.Pos() || pos >= n.End() {
			return false
		}
		switch n := n.(type) {
		case *ast.LabeledStmt:
			if n.Label.Name == name {
				found = true
			}
		case *ast.FuncLit:
			found = false // a label outside is not the literal's
		}
		return true
	})
	return found
}

// unusedOuterLabel returns the place of the label name of the function
// around the function literal holding pos in f, when no branch statement
// of that function (outside its literals) targets it; NoPos otherwise.
func unusedOuterLabel(f *ast.File, pos token.Pos, name string) token.Pos {
	var outer, lit ast.Node // the innermost literal holding pos, the function around it
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil || pos < n.Pos() || pos >= n.End() {
			return false
		}
		switch n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			outer, lit = lit, n
		}
		return true
	})
	if outer == nil {
		return token.NoPos
	}
	at, used := token.NoPos, false
	ast.Inspect(outer, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return n == outer
		case *ast.LabeledStmt:
			if n.Label.Name == name {
				at = n.Label.Pos()
			}
		case *ast.BranchStmt:
			if n.Label != nil && n.Label.Name == name {
				used = true
			}
		}
		return true
	})
	if used {
		return token.NoPos
	}
	return at
}

// indented is the expression of the string x with a tab after each
// newline: Go's runtime prints a panic's value so (an error's Error(), a
// Stringer's String(), a string), its lines under "panic: ".
func (lw *lowerer) indented(x string) string {
	sn := hiddenAlias("strings")
	lw.extraImport(sn, "strings")
	return fmt.Sprintf("%s.ReplaceAll(%s, \"\\n\", \"\\n\\t\")", sn, x)
}

// jumpedDecl returns, for the goto at pos of f, the declaration of
// variables starting at line that it jumps over as go build names it:
// a var declaration's first name and its place, the left-hand side of a
// := and the place of its operator.
func jumpedDecl(f *ast.File, fset *token.FileSet, pos token.Pos, line int) (names string, at token.Pos) {
	var body *ast.BlockStmt // the innermost function body holding the goto
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil || pos < n.Pos() || pos >= n.End() {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			body = n.Body
		case *ast.FuncLit:
			body = n.Body
		}
		return true
	})
	if body == nil {
		return "", token.NoPos
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if st, ok := n.(ast.Stmt); !ok || fset.Position(st.Pos()).Line != line {
			return true
		}
		switch st := n.(type) {
		case *ast.DeclStmt:
			if g, ok := st.Decl.(*ast.GenDecl); ok && g.Tok == token.VAR && len(g.Specs) > 0 {
				if vs := g.Specs[0].(*ast.ValueSpec); len(vs.Names) > 0 {
					names, at = vs.Names[0].Name, vs.Names[0].Pos()
				}
			}
		case *ast.AssignStmt:
			if st.Tok == token.DEFINE {
				lhs := make([]string, len(st.Lhs))
				for i, e := range st.Lhs {
					lhs[i] = types.ExprString(e)
				}
				names, at = strings.Join(lhs, ", "), st.TokPos
			}
		}
		return true
	})
	return names, at
}

// filePos is a position go/types writes in a message (declared at
// file:line:col).
var filePos = regexp.MustCompile(`([\w.-]+\.go):(\d+):(\d+)`)

// panicText returns a function literal giving the value v (a variable of
// type t) of a panic as Go's runtime prints it when the panic ends the
// program: an error's Error(), a Stringer's String(), else as
// rt.PanicValueText writes it. Go calls those methods only then, and so
// does the session (rt.NotedText). For an interface type, stmts (to run
// before text is evaluated, in the function that holds v) choose the
// literal, which text then names.
func (lw *lowerer) panicText(t types.Type, v string) (stmts, text string) {
	stringer := types.NewInterfaceType([]*types.Func{types.NewFunc(token.NoPos, nil, "String",
		types.NewSignatureType(nil, nil, nil, nil, types.NewTuple(types.NewParam(token.NoPos, nil, "", types.Typ[types.String])), false))}, nil).Complete()
	switch {
	case types.IsInterface(t):
		// The assertions run at the panic, in the cell's code, and each
		// literal captures a variable of an interface type whose method it
		// calls. yaegi v0.16.1 runs an interpreted literal that compiled
		// code calls once the cell's evaluation ended wrongly otherwise: a
		// type switch in it matches none of its interface cases, a literal
		// returned by a function literal, calling a method of a cell's type
		// held in an interface, finds a nil interface, and an assertion to
		// interface{ String() string } fails in reflect.Set.
		fn, e, s, ok := lw.fresh("T"), lw.fresh("E"), lw.fresh("S"), lw.fresh("K")
		f := hiddenAlias("fmt")
		lw.extraImport(f, "fmt")
		stmts = fmt.Sprintf(" var %[1]s func() string; if %[2]s, %[4]s := %[5]s.(error); %[4]s { %[1]s = func() string { return %[8]s } } else if %[3]s, %[4]s := %[5]s.(%[6]s.Stringer); %[4]s { %[1]s = func() string { return %[9]s } } else { %[1]s = func() string { return %[7]s.PanicValueText(%[5]s, \"\") } };",
			fn, e, s, ok, v, f, rtName, lw.indented(e+".Error()"), lw.indented(s+".String()"))
		return stmts, fn
	case types.Implements(t, errIface):
		return "", fmt.Sprintf("func() string { return %s }", lw.indented(v+".Error()"))
	case types.Implements(t, stringer):
		return "", fmt.Sprintf("func() string { return %s }", lw.indented(v+".String()"))
	}
	name := ""
	if _, basic := t.(*types.Basic); !basic {
		name = types.TypeString(t, func(p *types.Package) string { return p.Name() })
	}
	return "", fmt.Sprintf("func() string { return %s.PanicValueText(%s, %q) }", rtName, v, name)
}

// labelBlock returns where the block starts (its {, or its case) that
// holds the statement labelled name of the function around the goto at
// pos in f, as go build's parser places it.
func labelBlock(f *ast.File, pos token.Pos, name string) token.Pos {
	var fn ast.Node // the innermost function around pos
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil || pos < n.Pos() || pos >= n.End() {
			return false
		}
		switch n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			fn = n
		}
		return true
	})
	if fn == nil {
		return token.NoPos
	}
	var stack []token.Pos // starts of the blocks around
	var at token.Pos
	ast.Inspect(fn, func(n ast.Node) bool {
		if at.IsValid() {
			return false
		}
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		start := token.NoPos
		switch n := n.(type) {
		case *ast.FuncLit:
			if n != fn {
				return false // its labels are its own
			}
		case *ast.BlockStmt:
			start = n.Lbrace
		case *ast.CaseClause:
			start = n.Case
		case *ast.CommClause:
			start = n.Case
		case *ast.LabeledStmt:
			if n.Label.Name == name && len(stack) > 0 {
				at = stack[len(stack)-1]
				return false
			}
		}
		if !start.IsValid() && len(stack) > 0 {
			start = stack[len(stack)-1]
		}
		stack = append(stack, start)
		return true
	})
	return at
}

// firstLabel returns the place of the first statement labelled name in
// the function around pos in f, before pos.
func firstLabel(f *ast.File, pos token.Pos, name string) token.Pos {
	var at token.Pos
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil || at.IsValid() || n.Pos() > pos {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			if pos >= n.End() {
				return false // another function's labels
			}
		case *ast.LabeledStmt:
			if n.Label.Name == name && n.Pos() < pos {
				at = n.Pos()
			}
		}
		return true
	})
	return at
}

// funcLitWords rewrites go/types' words for a function literal in msg,
// "(func(x int) literal)", as types2's: "func(x int) {…}", or "func(x
// int) {}" for a literal with an empty body (the one of that type
// nearest pos in f).
func funcLitWords(f *ast.File, pos token.Pos, msg string) string {
	if !strings.Contains(msg, " literal)") {
		return msg
	}
	var b strings.Builder
	for {
		i := strings.Index(msg, "(func(")
		if i < 0 {
			break
		}
		depth, end := 0, -1
		for j := i; j < len(msg) && end < 0; j++ {
			switch msg[j] {
			case '(':
				depth++
			case ')':
				if depth--; depth == 0 {
					end = j
				}
			}
		}
		if end < 0 || !strings.HasSuffix(msg[:end], " literal") {
			b.WriteString(msg[:i+1])
			msg = msg[i+1:]
			continue
		}
		typ := strings.TrimSuffix(msg[i+1:end], " literal")
		body, dist := "{…}", token.Pos(-1)
		ast.Inspect(f, func(n ast.Node) bool {
			if fl, ok := n.(*ast.FuncLit); ok && types.ExprString(fl.Type) == typ {
				d := max(fl.Pos()-pos, pos-fl.Pos())
				if dist < 0 || d < dist {
					body, dist = "{…}", d
					if len(fl.Body.List) == 0 {
						body = "{}"
					}
				}
			}
			return true
		})
		b.WriteString(msg[:i] + typ + " " + body)
		msg = msg[end+1:]
	}
	return b.String() + msg
}

// sliceStart returns where types2 places an error at pos about the
// expression msg names: the start of its leftmost operand, except that
// a slice expression starts there at its [ (syntax.StartPos).
func sliceStart(f *ast.File, pos token.Pos, msg string) token.Pos {
	var outer ast.Expr // the largest expression at pos msg names
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil || pos < n.Pos() || pos >= n.End() {
			return false
		}
		if e, ok := n.(ast.Expr); ok && n.Pos() == pos && outer == nil && strings.Contains(msg, types.ExprString(e)) {
			outer = e
		}
		return outer == nil
	})
	for e := outer; e != nil; {
		switch x := e.(type) {
		case *ast.SliceExpr:
			return x.Lbrack
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.TypeAssertExpr:
			e = x.X
		case *ast.BinaryExpr:
			e = x.X
		case *ast.CallExpr:
			e = x.Fun
		case *ast.KeyValueExpr:
			e = x.Key
		case *ast.CompositeLit:
			e = x.Type
		default:
			e = nil
		}
	}
	return pos
}
