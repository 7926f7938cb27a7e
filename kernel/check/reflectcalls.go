package check

import (
	"go/ast"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Reflection on the notebook's types answers as Go's does: the methods
// of reflect.Type and reflect.Value that name or list a struct's fields
// or a type are called on rt.Type and rt.Value (kernel/check/rt's
// reflect.go), which know yaegi's spelling of the notebook's types, and
// a reflect.Type printed by fmt prints as rt.Type's String.

// reflectTypeMethods and reflectValueMethods are the methods lowered.
var (
	reflectTypeMethods  = map[string]bool{"Name": true, "String": true, "PkgPath": true, "NumField": true, "Field": true, "FieldByName": true, "Fields": true}
	reflectValueMethods = map[string]bool{"NumField": true, "FieldByName": true, "Fields": true}
	// those that list or find methods, called on rt.MethodsType and
	// rt.MethodsValue with the notebook's types' methods
	reflectTypeMethodSet  = map[string]bool{"NumMethod": true, "Method": true, "MethodByName": true, "Implements": true}
	reflectValueMethodSet = map[string]bool{"NumMethod": true, "Method": true, "MethodByName": true}
)

// reflectCall lowers the call c of the function or method name of
// package reflect (signature sig).
func (lw *lowerer) reflectCall(c *ast.CallExpr, sig *types.Signature, name string) {
	sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	if sig.Recv() == nil {
		switch {
		case name == "VisibleFields" && len(c.Args) == 1:
			lw.extraImport(rtName, rt.Path)
			lw.replace(c.Fun.Pos(), c.Fun.End(), rtName+".VisibleFields")
		case (name == "TypeOf" || name == "ValueOf") && len(c.Args) == 1 && isIfaceArg(lw.info.TypeOf(c.Args[0])):
			// a function's variable of an interface type that holds a
			// value of a cell type went to reflect as yaegi's wrapper
			lw.extraImport(rtName, rt.Path)
			lw.replace(c.Fun.Pos(), c.Fun.End(), rtName+"."+name)
		}
		return
	}
	if s := lw.info.Selections[sel]; s == nil || s.Kind() != types.MethodVal {
		return
	}
	var wrapper string
	switch t := lw.info.TypeOf(sel.X); {
	case isReflect(t, "Type") && reflectTypeMethodSet[name], isReflect(t, "Value") && reflectValueMethodSet[name]:
		tbl, ok := lw.methodsTable()
		if !ok {
			return
		}
		wrapper = "TypeMethods"
		if isReflect(t, "Value") {
			wrapper = "ValueMethods"
		}
		lw.insert(sel.X.Pos(), rtName+"."+wrapper+"(")
		lw.insertClose(sel.X.End(), ", "+tbl+")")
		return
	case isReflect(t, "Type") && reflectTypeMethods[name]:
		wrapper = "ReflectType"
	case isReflect(t, "Value") && reflectValueMethods[name]:
		wrapper = "ReflectValue"
	default:
		return
	}
	lw.extraImport(rtName, rt.Path)
	lw.insert(sel.X.Pos(), rtName+"."+wrapper+"(")
	lw.insertClose(sel.X.End(), ")")
}

// isReflect reports whether t is reflect's named type name.
func isReflect(t types.Type, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "reflect" && n.Obj().Name() == name
}

// isIfaceArg reports whether t is an interface type.
func isIfaceArg(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Interface)
	return ok
}
