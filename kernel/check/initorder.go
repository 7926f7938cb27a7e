package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// Go initializes a package's variables by dependency (through the
// functions and methods an initializer calls too), then in declaration
// order: go/types' Info.InitOrder. yaegi v0.16.1 goes over the
// declarations again and again, in the order of the source, each time
// initializing those whose initializer names no variable still to
// initialize; it does not look into functions (nor into the functions
// globalInit makes), and it initializes the names of one declaration
// (var a, b = E1, E2) together. Where that gives another order for a
// cell's variables than Go's, the cell's initializers are chained in
// Go's order: each is made a function, as globalInit does, and the call
// takes the address of the variable initialized before it, so that
// yaegi waits for that one and sees no other dependency:
//
//	func gofuturesInitN(_ any) T { return E }; var x = gofuturesInitN(&prev)
//
// on the line of the declaration, each name of a declaration of several
// values its own variable. yaegi does not see a dependency on a variable
// of a declaration of several names (var a, b = f()): such an
// initializer sets one variable of a struct of the results, which the
// next one waits for, and the names read its fields.

// initChain is the order planInitOrder sets for the cell's initializers.
type initChain struct {
	deps    map[*types.Var]string // first variable of an initializer -> the argument naming the one before ("" for the first)
	targets map[*types.Var]string // first variable of an initializer -> the variable the next waits for, where not its own name
}

// planInitOrder sets lw.chain when yaegi would initialize the
// package-level variables that declFile (the cell's declarations)
// declares in another order than Go's.
func (lw *lowerer) planInitOrder(declFile *ast.File) {
	lw.chain = nil
	if declFile == nil {
		return
	}
	here := lw.fset.File(declFile.Pos())
	var goOrder []*types.Initializer
	for _, in := range lw.info.InitOrder {
		if len(in.Lhs) > 0 && lw.fset.File(in.Lhs[0].Pos()) == here {
			goOrder = append(goOrder, in)
		}
	}
	for _, in := range goOrder {
		for _, v := range in.Lhs {
			if !spellable(types.TypeString(v.Type(), pkgName)) {
				return // the functions could not return it
			}
		}
	}
	yaegiOrder := lw.yaegiInitOrder(declFile)
	if len(goOrder) == len(yaegiOrder) && slices.Equal(firstVars(goOrder), yaegiOrder) {
		return
	}
	ch := &initChain{deps: map[*types.Var]string{}, targets: map[*types.Var]string{}}
	prev := ""
	for _, in := range goOrder {
		name := in.Lhs[0].Name()
		switch {
		case len(in.Lhs) > 1:
			name = lw.fresh("Results")
			ch.targets[in.Lhs[0]] = name
		case name == "_":
			name = lw.fresh("Blank")
			ch.targets[in.Lhs[0]] = name
		}
		ch.deps[in.Lhs[0]] = prev
		prev = "&" + name
	}
	lw.chain = ch
}

// pkgName qualifies a type's names by their package's name, none in main.
func pkgName(p *types.Package) string {
	if p.Path() == "main" {
		return ""
	}
	return p.Name()
}

// firstVars returns the first variable of each initializer.
func firstVars(ins []*types.Initializer) []*types.Var {
	vs := make([]*types.Var, len(ins))
	for i, in := range ins {
		vs[i] = in.Lhs[0]
	}
	return vs
}

// yaegiInitOrder returns the order in which yaegi initializes the
// variables of declFile's declarations with values, as lowered by
// globalInit alone: the first variable of each of Go's initializers
// (each name of a declaration of as many values as names); nil where
// yaegi refuses the declarations.
func (lw *lowerer) yaegiInitOrder(declFile *ast.File) []*types.Var {
	here := lw.fset.File(declFile.Pos())
	type node struct {
		vars []*types.Var // the variables it initializes, in order
		deps []*types.Var // the cell's variables it names
		decl []*types.Var // all it declares
	}
	var nodes []*node
	unseen := map[*types.Var]bool{} // of one call of several results: yaegi does not wait for them
	for _, d := range declFile.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, s := range gd.Specs {
			vs := s.(*ast.ValueSpec)
			n := &node{}
			for i, id := range vs.Names {
				v, _ := lw.info.Defs[id].(*types.Var)
				if v == nil {
					continue
				}
				n.decl = append(n.decl, v)
				if len(vs.Values) == len(vs.Names) || len(vs.Values) == 1 && i == 0 {
					n.vars = append(n.vars, v)
				}
			}
			if !lw.initReadsEarlierVar(vs) {
				// what globalInit makes a function of names nothing
				for _, e := range vs.Values {
					ast.Inspect(e, func(x ast.Node) bool {
						if id, ok := x.(*ast.Ident); ok {
							if v, ok := lw.info.Uses[id].(*types.Var); ok && v.Parent() == lw.pkg.Scope() && lw.fset.File(v.Pos()) == here {
								n.deps = append(n.deps, v)
							}
						}
						return true
					})
				}
			}
			if len(vs.Names) > 1 && len(vs.Values) == 1 {
				if lw.callsLaterFunc(vs.Values[0], vs.Pos()) {
					return nil // yaegi refuses it: "assignment mismatch: 2 variables but f returns 0 values"
				}
				for _, v := range n.decl {
					unseen[v] = true
				}
			}
			nodes = append(nodes, n)
		}
	}
	for _, n := range nodes {
		n.deps = slices.DeleteFunc(n.deps, func(v *types.Var) bool { return unseen[v] })
	}
	inited := map[*types.Var]bool{}
	var order []*types.Var
	for len(nodes) > 0 {
		var revisit []*node
		for _, n := range nodes {
			ready := true
			for _, d := range n.deps {
				if !inited[d] && !slices.Contains(n.decl, d) {
					ready = false
				}
			}
			if !ready {
				revisit = append(revisit, n)
				continue
			}
			order = append(order, n.vars...)
			for _, v := range n.decl {
				inited[v] = true
			}
		}
		if len(revisit) == len(nodes) {
			return nil // yaegi refuses it: "variable definition loop"
		}
		nodes = revisit
	}
	return order
}

// callsLaterFunc reports whether e is a call of a function or method
// declared after pos in pos's file.
func (lw *lowerer) callsLaterFunc(e ast.Expr, pos token.Pos) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.IndexExpr:
		id, _ = f.X.(*ast.Ident)
	}
	if id == nil {
		return false
	}
	fn, ok := lw.info.Uses[id].(*types.Func)
	return ok && lw.fset.File(fn.Pos()) == lw.fset.File(pos) && fn.Pos() > pos
}

// chained reports whether planInitOrder chained the initializers of vs.
func (lw *lowerer) chained(vs *ast.ValueSpec) bool {
	if lw.chain == nil || len(vs.Values) == 0 {
		return false
	}
	for _, id := range vs.Names {
		if _, ok := lw.info.Defs[id].(*types.Var); !ok {
			return false
		}
	}
	_, ok := lw.chain.deps[lw.info.Defs[vs.Names[0]].(*types.Var)]
	return ok
}

// chainInit lowers vs, whose text (with "var ") starts at start, to its
// initializers' functions and variables, each taking the address of the
// variable before it in lw.chain, or none without a chain.
func (lw *lowerer) chainInit(vs *ast.ValueSpec, start token.Pos) {
	vars := make([]*types.Var, len(vs.Names))
	names := make([]string, len(vs.Names))
	tys := make([]string, len(vs.Names))
	for i, id := range vs.Names {
		vars[i] = lw.info.Defs[id].(*types.Var)
		names[i] = id.Name
		tys[i] = lw.typ(vars[i].Type())
	}
	dep := func(v *types.Var) string {
		if lw.chain == nil {
			return ""
		}
		return lw.chain.deps[v]
	}
	params := func(v *types.Var) string {
		// yaegi fails calling a variadic function without arguments here
		if dep(v) == "" {
			return "() "
		}
		return "(_ any) "
	}
	if len(vs.Values) == 1 && len(vs.Names) > 1 {
		// one call of several results: a struct of them
		fn, tuple := lw.fresh("Init"), lw.fresh("Results")
		if lw.chain != nil {
			tuple = lw.chain.targets[vars[0]]
		}
		fields := make([]string, len(tys))
		rs := make([]string, len(tys))
		for i, t := range tys {
			fields[i] = fmt.Sprintf("r%d %s", i, t)
			rs[i] = fmt.Sprintf("r%d", i)
		}
		st := "struct{ " + strings.Join(fields, "; ") + " }"
		lw.replace(start, vs.Values[0].Pos(), "func "+fn+params(vars[0])+st+" { "+strings.Join(rs, ", ")+" := ")
		tail := "; return " + st + "{" + strings.Join(rs, ", ") + "} }; var " + tuple + " = " + fn + "(" + dep(vars[0]) + ")"
		for i, n := range names {
			if n != "_" {
				tail += fmt.Sprintf("; var %s = %s.r%d", n, tuple, i)
			}
		}
		lw.insertClose(vs.Values[0].End(), tail)
		return
	}
	if lw.chain != nil {
		for i, v := range vars {
			if t, ok := lw.chain.targets[v]; ok {
				names[i] = t // a blank one
			}
		}
	}
	fns := make([]string, len(vs.Values))
	for i := range vs.Values {
		fns[i] = lw.fresh("Init")
	}
	call := func(i int) string {
		return " }; var " + names[i] + " = " + fns[i] + "(" + dep(vars[i]) + ")"
	}
	lw.replace(start, vs.Values[0].Pos(), "func "+fns[0]+params(vars[0])+tys[0]+" { return ")
	for i := 1; i < len(vs.Values); i++ {
		lw.replace(vs.Values[i-1].End(), vs.Values[i].Pos(), call(i-1)+"; func "+fns[i]+params(vars[i])+tys[i]+" { return ")
	}
	last := len(vs.Values) - 1
	lw.insertClose(vs.Values[last].End(), call(last))
}
