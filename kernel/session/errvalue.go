package session

import (
	"fmt"
	"go/ast"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/executor"
	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
)

// Errors of the notebook's types cross from workers as values (see
// executor.ErrorResolver): yaegi hands an interpreted error to compiled
// code in a wrapper of its own, which reflection cannot see into, and
// which has only the Error method; the lowering keeps value-receiver
// struct errors in a box (kernel/check's errs.go). The worker's session
// declares a function that asserts an error to each of the notebook's
// struct types with an Error method (and unwraps it where the type has
// an Unwrap method), and the executor calls it on each error of a task's
// error's chain. In the notebook, the values arrive in wrappers that
// yaegi's assertions, and so the lowered errors.As, look into.

// notebookError describes one of the notebook's struct error types.
type notebookError struct {
	ptrOnly bool   // Error has a pointer receiver
	unwrap  string // the result of its Unwrap method: "error", "[]error" or ""
}

// ErrorValue returns the notebook value err is, out of yaegi's wrapper
// and the lowering's box, and the errors it wraps (see
// executor.ErrorResolver).
func (r *WorkerResolver) ErrorValue(err error) (any, []error, bool) {
	if !r.errFnDone {
		r.errFnDone = true
		r.errFn = r.errorValueFunc()
	}
	if !r.errFn.IsValid() || err == nil {
		return nil, nil, false
	}
	out := r.errFn.Call([]reflect.Value{reflect.ValueOf(&err).Elem()})
	if !out[3].Bool() {
		return nil, nil, false
	}
	wrapped, _ := out[2].Interface().([]error)
	if name := out[1].String(); name != "" {
		return executor.NamedValue{Name: name, Value: out[0].Interface()}, wrapped, true
	}
	return out[0].Interface(), wrapped, true
}

// errorValueFunc declares, in the worker's session, the function
// ErrorValue calls for the declarations loaded last, and returns it, or
// an invalid value if no type needs one.
func (r *WorkerResolver) errorValueFunc() reflect.Value {
	types, box := errorTypes(r.log)
	named := namedErrorTypes(r.log)
	if len(types) == 0 && len(named) == 0 {
		return reflect.Value{}
	}
	r.errFnGen++
	name := fmt.Sprintf("gofuturesErrValue%d", r.errFnGen)
	var b strings.Builder
	fmt.Fprintf(&b, "func %s(e error) (any, string, []error, bool) {\n", name)
	ret := func(t notebookError) string {
		switch t.unwrap {
		case "error":
			return `return v, "", []error{v.Unwrap()}, true`
		case "[]error":
			return `return v, "", v.Unwrap(), true`
		}
		return `return v, "", nil, true`
	}
	if box {
		fmt.Fprintf(&b, "\tif b, ok := e.(*%s); ok {\n", check.ErrBox)
		for _, n := range sortedKeys(types) {
			if t := types[n]; !t.ptrOnly {
				fmt.Fprintf(&b, "\t\tif v, ok := b.V.(%s); ok {\n\t\t\t%s\n\t\t}\n", n, ret(t))
			}
		}
		b.WriteString("\t\treturn nil, \"\", nil, false\n\t}\n")
	}
	for _, n := range sortedKeys(types) {
		t := types[n]
		fmt.Fprintf(&b, "\tif v, ok := e.(*%s); ok {\n\t\t%s\n\t}\n", n, ret(t))
		if !t.ptrOnly {
			fmt.Fprintf(&b, "\tif v, ok := e.(%s); ok {\n\t\t%s\n\t}\n", n, ret(t))
		}
	}
	// yaegi's assertion to a non-struct type looks at the underlying
	// value only (an error of type Other int asserts to ErrCode too):
	// a type is the error's where its Error gives the error's text, and
	// the error crosses as its text where that leaves two.
	if len(named) > 0 {
		b.WriteString("\tvar nv any\n\tnn, found := \"\", 0\n")
		for _, n := range sortedKeys(named) {
			fmt.Fprintf(&b, "\tif v, ok := e.(%s); ok && v.Error() == e.Error() {\n\t\tnv, nn = (%s)(v), %s\n\t\tfound++\n\t}\n", n, named[n].under, strconv.Quote("main."+n))
		}
		b.WriteString("\tif found == 1 {\n\t\treturn nv, nn, nil, true\n\t}\n")
	}
	b.WriteString("\treturn nil, \"\", nil, false\n}")
	if _, err := r.sess.Eval(b.String()); err != nil {
		fmt.Fprintf(r.opts.Stderr, "note: errors of the notebook's types cross as text: %v\n", err)
		return reflect.Value{}
	}
	fn, err := r.sess.Eval(name)
	if err != nil || fn.Kind() != reflect.Func {
		return reflect.Value{}
	}
	return fn
}

// errorTypes returns the struct types of decls, not generic, that have an
// Error method, and whether the lowering's box is declared.
func errorTypes(decls []*cell.Decl) (types map[string]notebookError, box bool) {
	structs := map[string]bool{}
	for _, d := range decls {
		if d.Kind != cell.Type {
			continue
		}
		if slices.Contains(d.Names, check.ErrBox) {
			box = true
			continue
		}
		for _, n := range structTypes(d.Src) {
			structs[n] = true
		}
	}
	types = map[string]notebookError{}
	unwraps := map[string]string{}
	for _, d := range decls {
		if d.Kind != cell.Method || len(d.Names) != 1 {
			continue
		}
		recv, method, _ := strings.Cut(d.Names[0], ".")
		recv = strings.TrimPrefix(recv, "*")
		if !structs[recv] || (method != "Error" && method != "Unwrap") {
			continue
		}
		ptr, results, ok := methodShape(d.Src)
		if !ok {
			continue
		}
		switch {
		case method == "Error" && results == "string":
			t := types[recv]
			t.ptrOnly = ptr
			types[recv] = t
		case method == "Unwrap" && (results == "error" || results == "[]error"):
			unwraps[recv] = results
		}
	}
	for n, u := range unwraps {
		if t, ok := types[n]; ok {
			t.unwrap = u
			types[n] = t
		}
	}
	return types, box
}

// methodShape returns whether the method src declares has a pointer
// receiver, and its results as text, for a method without parameters.
func methodShape(src string) (ptr bool, results string, ok bool) {
	pd, err := cell.ParseDecl(src)
	if err != nil {
		return false, "", false
	}
	for _, decl := range pd.File.Decls {
		fd, isFunc := decl.(*ast.FuncDecl)
		if !isFunc || fd.Recv == nil || len(fd.Recv.List) != 1 || fd.Type.Params.NumFields() != 0 || fd.Type.Results.NumFields() != 1 {
			continue
		}
		rt := fd.Recv.List[0].Type
		if s, isStar := rt.(*ast.StarExpr); isStar {
			ptr, rt = true, s.X
		}
		if _, isIdent := rt.(*ast.Ident); !isIdent {
			return false, "", false // generic
		}
		return ptr, pd.Text(fd.Type.Results.List[0].Type), true
	}
	return false, "", false
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
