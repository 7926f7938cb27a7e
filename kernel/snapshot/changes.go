package snapshot

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"maps"
	"reflect"
	"slices"
	"strings"
)

// MayChange returns the variables that a cell's top-level statements
// (stmts, as Go statements) may have changed, sorted: each variable of
// vars (name -> type) they mention, except where every mention only reads
// it, and every variable that the functions they call may change.
//
// Reading is: len(v) and cap(v); v shown as the cell's value or printed
// with fmt; a variable of a value type (no pointers, slices, maps,
// interfaces inside) anywhere but on the left of an assignment, under &,
// in ++/-- or as a method receiver; an element v[i] of such a type read
// the same way, and a range over v's elements of such a type.
//
// funcRefs gives, for a function or method of the notebook, the names its
// body mentions; every variable those reach (through further functions)
// may change. Methods can be called through any value: the names all
// methods mention are always included (methods are keyed "Type.Method").
// Local names that shadow a variable make MayChange include it, which is
// safe.
//
// Closures are the names that function literals of earlier cells mention
// (ClosureRefs): a cell that mentions a variable holding a func (or
// values with funcs inside) may run one of them, and so may change any of
// those.
func MayChange(stmts string, vars map[string]reflect.Type, funcRefs map[string][]string, closures []string) []string {
	out := map[string]bool{}
	reached := map[string]bool{}
	var reach func(name string)
	reach = func(name string) {
		if reached[name] {
			return
		}
		reached[name] = true
		if _, ok := vars[name]; ok {
			out[name] = true
		}
		for _, r := range funcRefs[name] {
			reach(r)
		}
	}
	for name := range funcRefs {
		if strings.Contains(name, ".") {
			reach(name)
		}
	}
	uses := mentions(stmts)
	runsClosures := false
	for name, readOnly := range uses {
		if t, ok := vars[name]; ok {
			if !readOnly(t) {
				out[name] = true
			}
			if holdsFunc(t, 0) {
				runsClosures = true
			}
			continue
		}
		if _, ok := funcRefs[name]; ok {
			reach(name)
		}
	}
	if runsClosures {
		for _, name := range closures {
			reach(name)
		}
	}
	return slices.Sorted(maps.Keys(out))
}

// holdsFunc reports whether values of t may hold a func (a closure that
// a cell can call through them).
func holdsFunc(t reflect.Type, depth int) bool {
	if depth > 10 {
		return true
	}
	switch t.Kind() {
	case reflect.Func, reflect.Interface:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
		return holdsFunc(t.Elem(), depth+1)
	case reflect.Map:
		return holdsFunc(t.Key(), depth+1) || holdsFunc(t.Elem(), depth+1)
	case reflect.Struct:
		if isValueInterface(t) {
			return true
		}
		for i := range t.NumField() {
			if holdsFunc(t.Field(i).Type, depth+1) {
				return true
			}
		}
	}
	return false
}

// ClosureRefs returns the identifiers that the function literals of a
// cell's statements (or of a declaration's source) mention.
func ClosureRefs(src string) []string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", "package p; func _() {\n"+src+"\n}", parser.SkipObjectResolution)
	if err != nil {
		f, err = parser.ParseFile(fset, "", "package p\n"+src, parser.SkipObjectResolution)
		if err != nil {
			return nil
		}
	}
	seen := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.FuncLit)
		if !ok {
			return true
		}
		ast.Inspect(lit.Body, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				seen[id.Name] = true
			}
			return true
		})
		return false
	})
	return slices.Sorted(maps.Keys(seen))
}

// mentions maps each identifier of stmts to a test: given the variable's
// type, are all its mentions reads?
func mentions(stmts string) map[string]func(reflect.Type) bool {
	fset := token.NewFileSet()
	const prefix = "package p; func _() {\n"
	f, err := parser.ParseFile(fset, "", prefix+stmts+"\n}", parser.SkipObjectResolution)
	if err != nil {
		return scanIdents(stmts)
	}
	type use struct {
		always, valueRead, elemRead bool // always read; read if the type is a value type; read if its elements are
	}
	var all = map[string][]use{}
	var stack []ast.Node
	ast.Inspect(f.Decls[0].(*ast.FuncDecl).Body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		parent := ast.Node(nil)
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		stack = append(stack, n)
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		if sel, ok := parent.(*ast.SelectorExpr); ok && sel.Sel == id {
			return true // a field, method or package member
		}
		if kv, ok := parent.(*ast.KeyValueExpr); ok && kv.Key == id && len(stack) >= 3 {
			if _, lit := stack[len(stack)-3].(*ast.CompositeLit); lit {
				// a struct field name (or a map key, read)
				all[id.Name] = append(all[id.Name], use{always: true})
				return true
			}
		}
		all[id.Name] = append(all[id.Name], classify(stack))
		return true
	})
	out := map[string]func(reflect.Type) bool{}
	for name, us := range all {
		out[name] = func(t reflect.Type) bool {
			for _, u := range us {
				switch {
				case u.always:
				case u.valueRead && pureValue(t, 0):
				case u.elemRead && hasElem(t) && pureValue(t.Elem(), 0):
				default:
					return false
				}
			}
			return true
		}
	}
	return out
}

// classify says how the identifier at the top of stack is used.
func classify(stack []ast.Node) (u struct{ always, valueRead, elemRead bool }) {
	id := stack[len(stack)-1]
	parent := func(i int) ast.Node { // i-th ancestor
		if len(stack)-1-i < 0 {
			return nil
		}
		return stack[len(stack)-1-i]
	}
	switch p := parent(1).(type) {
	case *ast.CallExpr:
		if fn, ok := p.Fun.(*ast.Ident); ok && (fn.Name == "len" || fn.Name == "cap") && p.Fun != id {
			u.always = true
			return u
		}
		if isFmtCall(p) && p.Fun != id {
			u.always = true
			return u
		}
	case *ast.ExprStmt:
		u.always = true // shown as the cell's value
		return u
	case *ast.RangeStmt:
		if p.X == id {
			u.elemRead = true
			return u
		}
	case *ast.IndexExpr:
		if p.X == id && readContext(stack[:len(stack)-1]) {
			u.elemRead = true
			return u
		}
	case *ast.SliceExpr:
		if p.X == id {
			if c, ok := parent(2).(*ast.CallExpr); ok && (isFmtCall(c) || isBuiltin(c, "len", "cap")) {
				u.always = true
				return u
			}
		}
	}
	u.valueRead = readContext(stack)
	return u
}

// readContext reports whether the expression at the top of stack (with
// the selectors, index expressions and parentheses around it) is only
// read: not assigned, incremented, addressed or a method's receiver.
func readContext(stack []ast.Node) bool {
	i := len(stack) - 1
	child := stack[i]
	for i > 0 {
		p := stack[i-1]
		switch p := p.(type) {
		case *ast.SelectorExpr:
			if i-2 >= 0 {
				if c, ok := stack[i-2].(*ast.CallExpr); ok && c.Fun == p {
					return false // a method call: its receiver may be a pointer
				}
			}
		case *ast.IndexExpr:
			if p.X != child {
				return true // used as an index: read
			}
		case *ast.ParenExpr, *ast.StarExpr:
		case *ast.AssignStmt:
			for _, l := range p.Lhs {
				if l == child {
					return false
				}
			}
			return true
		case *ast.IncDecStmt:
			return false
		case *ast.UnaryExpr:
			return p.Op != token.AND
		case *ast.RangeStmt:
			return p.X == child
		default:
			return true
		}
		child = p
		i--
	}
	return true
}

func isFmtCall(c *ast.CallExpr) bool {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok || pkg.Name != "fmt" {
		return false
	}
	switch sel.Sel.Name {
	case "Print", "Println", "Printf", "Sprint", "Sprintln", "Sprintf", "Errorf":
		return true
	}
	return false
}

func isBuiltin(c *ast.CallExpr, names ...string) bool {
	fn, ok := c.Fun.(*ast.Ident)
	return ok && slices.Contains(names, fn.Name)
}

func hasElem(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map:
		return true
	}
	return false
}

// pureValue reports whether values of t hold no references: copying one
// shares nothing.
func pureValue(t reflect.Type, depth int) bool {
	if depth > 20 {
		return false
	}
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		return true
	case reflect.Array:
		return pureValue(t.Elem(), depth+1)
	case reflect.Struct:
		if isValueInterface(t) {
			return false
		}
		for i := range t.NumField() {
			if !pureValue(t.Field(i).Type, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// scanIdents is the fallback of mentions for statements that do not
// parse: every identifier may change.
func scanIdents(stmts string) map[string]func(reflect.Type) bool {
	out := map[string]func(reflect.Type) bool{}
	var s scanner.Scanner
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(stmts))
	s.Init(file, []byte(stmts), nil, 0)
	never := func(reflect.Type) bool { return false }
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			return out
		}
		if tok == token.IDENT {
			out[lit] = never
		}
	}
}
