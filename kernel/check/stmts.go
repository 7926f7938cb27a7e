package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// A cell's statements run in yaegi v0.16.1 inside a function literal,
// (func() { ... })() (in parentheses: yaegi takes what starts with func
// for a declaration), as they would in a Go program's main: at the top level
// yaegi panics with "nil type" on type assertions, lets variables of
// blocks overwrite the cell's (#1053) and runs defers twice. The
// variables the statements declare with := become notebook variables:
// declared first at package level with their types (Result.Prelude) and
// assigned (= for :=) in the function.

// stmtsLowering is what lowerStmts needs to know besides the statements.
type stmtsLowering struct {
	wrap     bool              // run the statements in a function literal
	newVars  map[string]string // variables to declare (name -> type) before
	order    []string          // their names in order
	existing map[string]bool   // the notebook's variables and constants before the cell
}

// lowerStmts lowers the statements (body holds them, at offset shift)
// and returns them with the declarations of the notebook variables
// they set, to evaluate first.
func (lw *lowerer) lowerStmts(src string, body *ast.BlockStmt, shift int, sl stmtsLowering) (*Lowered, string) {
	lw.shift, lw.edits, lw.orig = shift, nil, src
	lw.checkedIdx = map[*ast.IndexExpr]int{}
	defer func() { lw.checkedIdx = nil }()
	lw.funcs = []*types.Signature{types.NewSignatureType(nil, nil, nil, nil, nil, false)}
	if lw.loopLits == nil {
		lw.loopLits = map[*ast.FuncLit]bool{}
	}
	lw.markDeferLits(body) // (the statements run in a function of their own)
	lw.topStmts = body
	for _, st := range body.List {
		lw.markLoopLits(st)
		lw.walk(st)
	}
	lw.funcs, lw.topStmts = nil, nil
	lw.markers(body, sl.wrap)
	var es *ast.ExprStmt
	if n := len(body.List); n > 0 {
		es, _ = body.List[n-1].(*ast.ExprStmt)
	}
	if !sl.wrap {
		declared := lw.topLevelDefines(body, sl)
		if es != nil {
			lw.trailingExpr(es, false)
		}
		var decls []string
		for _, n := range declared {
			decls = append(decls, "var "+n+" "+sl.newVars[n])
		}
		lw.unshadowBuiltins()
		l := newLowered(src, lw.edits, lw.takeImports())
		lw.stmtLits(body, l)
		return l, strings.Join(decls, "\n")
	}
	lw.redeclared = sl.order
	for _, st := range body.List {
		if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			lw.replace(as.TokPos, as.TokPos+2, " =")
		}
	}
	lw.varStmtAssigns(body)
	result := ""
	if es != nil {
		result = lw.trailingExpr(es, true)
	}
	head := "(func() "
	if result != "" {
		head += result + " "
	}
	o := lw.off(body.Lbrace + 1)
	lw.edits = append(lw.edits, Edit{Start: o, End: o, Text: head + "{ ", seq: seqHead},
		Edit{Start: len(src), End: len(src), Text: "\n})()", seq: seqTail})
	var decls []string
	for _, n := range sl.order {
		decls = append(decls, "var "+n+" "+sl.newVars[n])
	}
	lw.unshadowBuiltins()
	l := newLowered(src, lw.edits, lw.takeImports())
	lw.stmtLits(body, l)
	return l, strings.Join(decls, "\n")
}

// stmtLits sets l.Lits to the function literals of the cell's top-level
// statements (body), named as Go names those of func main's body (func1,
// func1.1), each with its Sites and Calls and whether it may outlive the
// statements (cell.Lit's Outlives): a panic's traceback names the frame
// of one. It sets l.Calls to the statements' own calls and l.StmtLines
// to their lines, for the line of the call a statement made.
func (lw *lowerer) stmtLits(body *ast.BlockStmt, l *Lowered) {
	fd := &ast.FuncDecl{Name: ast.NewIdent(cell.MainName), Type: &ast.FuncType{}, Body: body}
	kept := keptEdits(l)
	l.Lits = lw.lits(fd, l, kept)
	names := litNames(fd)
	if !lw.noLines {
		l.Calls = lw.calls(body, names)
		l.StmtLines = map[int]int{}
		for _, st := range body.List {
			if first := lw.line(st.Pos()); first > 0 {
				l.StmtLines[first] = max(l.StmtLines[first], lw.line(st.End()))
			}
		}
	}
	if len(l.Lits) == 0 {
		return
	}
	inPlace := map[*ast.FuncLit]bool{} // called where it is made, not by a go statement
	gone := map[*ast.CallExpr]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			gone[n.Call] = true
		case *ast.CallExpr:
			if fl, ok := ast.Unparen(n.Fun).(*ast.FuncLit); ok && !gone[n] {
				inPlace[fl] = true
			}
		}
		return true
	})
	outlives := map[string]bool{}
	for fl, name := range names {
		if !inPlace[fl] {
			outlives[name] = true
		}
	}
	for i := range l.Lits {
		lt := &l.Lits[i]
		for fl, name := range names {
			if name == lt.Name {
				lt.Calls = lw.calls(fl.Body, names)
			}
		}
		// (a literal inside one that outlives the statements is made
		// again whenever that one runs)
		for n := lt.Name; ; {
			if outlives[n] {
				lt.Outlives = true
				break
			}
			i := strings.LastIndexByte(n, '.')
			if i < 0 {
				break
			}
			n = n[:i]
		}
	}
}

// topLevelDefines lowers x := v at the top level of statements that run
// as written, where x is a variable the notebook has with the same type,
// to x = v: yaegi would give x new storage, which the functions declared
// before do not see. The new variables of such a statement are declared
// first (returned: var y T) where their types can be written. A variable
// the notebook has that a := left as it is declares anew (a new type, or
// beside a new variable of a type that cannot be written) is in
// Result.Redeclared.
func (lw *lowerer) topLevelDefines(body *ast.BlockStmt, sl stmtsLowering) (declare []string) {
	for _, st := range body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE {
			continue
		}
		var same, fresh, known []string // same: the notebook's, of the same type
		convert := true
		for _, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok || id.Name == "_" {
				continue
			}
			t, isNew := sl.newVars[id.Name]
			switch {
			case !isNew || slices.Contains(declare, id.Name) || lw.declaredVarOf(id.Name, t):
				same = append(same, id.Name)
			case sl.existing[id.Name]:
				known = append(known, id.Name) // with a new type
				convert = false
			default:
				fresh = append(fresh, id.Name)
				convert = convert && spellable(t)
			}
		}
		if len(same) == 0 || !convert {
			lw.redeclared = append(lw.redeclared, known...)
			if !convert {
				lw.redeclared = append(lw.redeclared, same...)
			}
			continue
		}
		declare = append(declare, fresh...)
		lw.replace(as.TokPos, as.TokPos+2, " =")
	}
	return declare
}

// declaredVarOf reports whether the notebook declares a variable name
// (var name T in a cell) of type t (as lowerer.typ spells it).
func (lw *lowerer) declaredVarOf(name, t string) bool {
	v, ok := lw.pkg.Scope().Lookup(name).(*types.Var)
	return ok && lw.typ(v.Type()) == t
}

// trailingExpr describes the cell's last statement, an expression, and
// lowers it so that its value is the one Go would show: the results of a
// call with several (its error, when that is not nil), and a value of a
// notebook type through Config.Render or else its String or Error method.
// In a function literal (wrapped), it returns the value, and the
// literal's result type is returned ("" for none).
func (lw *lowerer) trailingExpr(es *ast.ExprStmt, wrapped bool) string {
	tv, ok := lw.info.Types[es.X]
	if !ok || tv.IsVoid() || tv.IsType() || lw.printCall(es.X) || lw.displayCall(es.X) {
		lw.trailing = &Trailing{}
		return ""
	}
	ret := "; "
	if wrapped {
		ret = "; return "
	}
	if tup, ok := tv.Type.(*types.Tuple); ok {
		var names, shown []string
		tr := &Trailing{Show: true}
		for i := range tup.Len() {
			if wrapped {
				names = append(names, lw.hiddenVar(tup.At(i).Type()))
			} else {
				names = append(names, lw.fresh("V"))
			}
			if i == tup.Len()-1 && types.Identical(tup.At(i).Type(), errorType) {
				tr.ErrVar = names[i]
				continue
			}
			shown = append(shown, names[i])
			tr.Type = lw.typ(tup.At(i).Type())
		}
		op := " := "
		if wrapped {
			op = " = "
		}
		lw.insertOuter(es.Pos(), strings.Join(names, ", ")+op)
		lw.trailing = tr
		switch len(shown) {
		case 0:
			tr.IsError, tr.ErrVar = true, ""
			lw.insert(es.End(), ret+names[len(names)-1])
			return "error"
		case 1:
			lw.insert(es.End(), ret+shown[0])
			return spellableOr(tr.Type, "any")
		default:
			tr.Type = "[]any"
			lw.insert(es.End(), ret+"[]any{"+strings.Join(shown, ", ")+"}")
			return "[]any"
		}
	}
	t := tv.Type
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		t = types.Default(t)
	}
	tr := &Trailing{Show: true, IsError: types.Identical(t, errorType), Type: lw.typ(t)}
	lw.trailing = tr
	if tv.IsNil() {
		if wrapped {
			lw.insertOuter(es.X.Pos(), "return ")
		}
		tr.Type = "any"
		return "any"
	}
	if lw.cfg.Render != "" && !tr.IsError && (mayHoldMain(t) || lw.fmtNeeds(t)) && spellable(tr.Type) {
		// (a composite of interfaces holding notebook values, []any{r}, too)
		h := lw.hiddenVar(t)
		lw.insertOuter(es.X.Pos(), h+" = ")
		render := lw.cfg.Render + "(" + h + ")"
		if tbl, ts, iface, ok := lw.argTable(es.X, lw.fmtNeeds); ok && lw.cfg.RenderText != "" {
			open, close := described("Fmt", tbl, ts, iface)
			lw.extraImport(rtName, rt.Path)
			render = lw.cfg.RenderText + "(" + h + ", " + open + h + close + ")"
		}
		lw.insert(es.X.End(), ret+render)
		tr.Rendered, tr.Type = true, lw.cfg.RenderType
		return lw.cfg.RenderType
	}
	if wrapped {
		lw.insertOuter(es.X.Pos(), "return ")
		lw.recvConv(es.X) // (return <-ch)
	}
	// (what follows the trailing expression is inserted after the walk
	// lowered it: as plain inserts, right of its closing texts)
	if m := stringMethod(t); m != "" {
		if ptr, ok := t.(*types.Pointer); ok {
			p := lw.fresh("P")
			lw.insertOuter(es.X.Pos(), fmt.Sprintf(`func(%[1]s %[2]s) string { if %[1]s == nil { return "<nil>" }; return %[1]s.%[3]s() }(`, p, lw.typ(ptr), m))
			lw.insert(es.X.End(), ")")
		} else {
			lw.insertOuter(es.X.Pos(), "(")
			lw.insert(es.X.End(), ")."+m+"()")
		}
		tr.Type = "string"
	}
	return spellableOr(tr.Type, "any")
}

// displayCall reports whether e calls Config.DisplayPkg's Display, whose
// handle is not worth showing (like Python's display(), which returns
// None).
func (lw *lowerer) displayCall(e ast.Expr) bool {
	c, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := lw.calledFunc(c)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == lw.cfg.DisplayPkg && fn.Name() == "Display"
}

// unexported matches a name of another package's unexported type.
var unexported = regexp.MustCompile(`\b[A-Za-z_][A-Za-z0-9_]*\.[a-z_]`)

// spellable reports whether a type's Go source (as lowerer.typ writes it)
// can be written in package main.
func spellable(t string) bool {
	return !unexported.MatchString(t) && !strings.Contains(t, "invalid type")
}

func spellableOr(t, or string) string {
	if spellable(t) {
		return t
	}
	return or
}

// stmtVars returns the variables the top-level statements in body declare
// (with := and var).
func (c *Checker) stmtVars(body *ast.BlockStmt, info *types.Info, imports map[string]string) []*nbVar {
	byPath := map[string]string{}
	for n, path := range imports {
		byPath[path] = n
	}
	var out []*nbVar
	seen := map[string]int{}
	for _, st := range body.List {
		var lhs []ast.Expr
		if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			lhs = as.Lhs
		}
		for _, id := range varStmtNames(st) {
			lhs = append(lhs, id)
		}
		for _, l := range lhs {
			id, ok := l.(*ast.Ident)
			if !ok || id.Name == "_" {
				continue
			}
			obj := info.Defs[id]
			if obj == nil {
				continue // redeclared in the same statement list: already recorded
			}
			v := &nbVar{name: id.Name, imports: map[string]string{}, t: obj.Type()}
			v.qual = func(pkg *types.Package) string {
				if pkg.Path() == "main" {
					return ""
				}
				if n, ok := byPath[pkg.Path()]; ok {
					return n
				}
				alias := hiddenAlias(pkg.Path())
				v.imports[alias] = pkg.Path()
				return alias
			}
			v.typ = types.TypeString(namelessParams(obj.Type()), v.qual)
			if i, ok := seen[id.Name]; ok {
				out[i] = v
				continue
			}
			seen[id.Name] = len(out)
			out = append(out, v)
		}
	}
	return out
}
