package check

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// A method's lowering may depend on the notebook's set of types, as a
// function's may (relower.go): `func (s Scene) String() string` handing
// s.Items, a []Shape, to fmt, declared before the types that implement
// Shape, printed them as yaegi's records. A function is lowered again
// and declared again when a later cell declares types; a method cannot
// be: yaegi v0.16.1 ignores a method declared again, and only a fresh
// interpreter (which loses goroutines, channels and open files) would
// take the new one.
//
// So such a method starts with a hook: a package-level variable of the
// method's function type, nil until a later cell lowers the method
// anew, whose value then runs in place of the body:
//
//	func (s Scene) String() string { if gofuturesHookꞏSceneꞏString != nil { return gofuturesHookꞏSceneꞏString(s) }; /*…*/ … }
//
// A method lowered again carries (cell.Decl's Hook) the assignment of a
// function literal with its new body to the variable, which the session
// evaluates in place of the declaration; its log keeps the method as
// lowered anew, which a fresh interpreter (a restore) declares as it is.

// hookBody and hookEnd mark, in a hooked method's lowered source, where
// its body starts after the hook's test and where it ends.
const (
	hookBody = "/*gofuturesHookBody*/"
	hookEnd  = "/*gofuturesHookEnd*/"
)

// methodHook is a hooked method's hook: the variable and its type.
type methodHook struct {
	name string
	sig  string // func(receiver, parameters) results, named as the method's
	typ  string // the variable's type: sig without the names
}

// hookMethod puts a hook into the method fd, whose lowering looked at the
// notebook's set of types (not of a generic type: a variable cannot be
// generic). It names a receiver or parameters left unnamed or blank, for
// the hook's call.
func (lw *lowerer) hookMethod(fd *ast.FuncDecl) {
	fn, _ := lw.info.Defs[fd.Name].(*types.Func)
	if fn == nil || fd.Recv == nil || len(fd.Recv.List) != 1 || fd.Body == nil {
		return
	}
	sig := fn.Type().(*types.Signature)
	recv := sig.Recv().Type()
	base := recv
	if p, ok := base.(*types.Pointer); ok {
		base = p.Elem()
	}
	named, ok := base.(*types.Named)
	if !ok || named.TypeParams().Len() > 0 || named.Origin() != named {
		return
	}
	var args, params, kinds []string
	name := func(f *ast.Field, i int, fresh string) string {
		if len(f.Names) == 0 {
			lw.insert(f.Type.Pos(), fresh+" ")
			return fresh
		}
		n := f.Names[i]
		if n.Name == "_" {
			lw.replace(n.Pos(), n.End(), fresh)
			return fresh
		}
		return n.Name
	}
	r := name(fd.Recv.List[0], 0, "gofuturesRcv")
	args = append(args, r)
	params = append(params, r+" "+lw.typ(recv))
	kinds = append(kinds, lw.typ(recv))
	k := 0
	for _, f := range fd.Type.Params.List {
		for i := range max(1, len(f.Names)) {
			p := name(f, i, fmt.Sprintf("gofuturesPrm%d", k))
			v := sig.Params().At(k).Type()
			k++
			if sig.Variadic() && k == sig.Params().Len() {
				args = append(args, p+"...")
				params = append(params, p+" ..."+lw.typ(v.(*types.Slice).Elem()))
				kinds = append(kinds, "..."+lw.typ(v.(*types.Slice).Elem()))
				continue
			}
			args = append(args, p)
			params = append(params, p+" "+lw.typ(v))
			kinds = append(kinds, lw.typ(v))
		}
	}
	h := methodHook{
		name: "gofuturesHookꞏ" + named.Obj().Name() + "ꞏ" + fd.Name.Name,
		sig:  "func(" + strings.Join(params, ", ") + ")" + lw.resultsText(sig.Results(), true),
		// (unnamed: yaegi v0.16.1 refuses `var h func(x any)` with
		// "variable definition loop" when the notebook has a variable x)
		typ: "func(" + strings.Join(kinds, ", ") + ")" + lw.resultsText(sig.Results(), false),
	}
	call := h.name + "(" + strings.Join(args, ", ") + ")"
	test := " if " + h.name + " != nil { return " + call + " }; "
	if sig.Results().Len() == 0 {
		test = " if " + h.name + " != nil { " + call + "; return }; "
	}
	lw.insertOuter(fd.Body.Lbrace+1, test+hookBody) // (left of what the walk put there)
	lw.insert(fd.Body.Rbrace+1, hookEnd)
	lw.generate(cell.Var, h.name, "var "+h.name+" "+h.typ)
	lw.hook = &h
}

// resultsText spells a signature's results as its declaration does:
// with their names when they have them and names is true.
func (lw *lowerer) resultsText(res *types.Tuple, names bool) string {
	if res.Len() == 0 {
		return ""
	}
	named := names && res.At(0).Name() != ""
	parts := make([]string, res.Len())
	for i := range res.Len() {
		parts[i] = lw.typ(res.At(i).Type())
		if named {
			parts[i] = res.At(i).Name() + " " + parts[i]
		}
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// hookAssignment returns the statement that makes the hooked method
// lowered as src run its body so: an assignment of a function literal to
// the hook, the body on the lines it has in src; "" when src has no hook.
func hookAssignment(src string, h *methodHook) string {
	start := strings.Index(src, hookBody)
	end := strings.LastIndex(src, hookEnd)
	if h == nil || start < 0 || end < start {
		return ""
	}
	body := src[start+len(hookBody) : end]
	return strings.Repeat("\n", strings.Count(src[:start], "\n")) + h.name + " = " + h.sig + " {" + body
}

// hooked reports whether a method's lowered source has a hook.
func hooked(src string) bool { return strings.Contains(src, hookBody) }
