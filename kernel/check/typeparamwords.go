package check

import (
	"go/ast"
	"go/token"
	"regexp"
)

// typeParamNote is how go/types writes a type parameter named as a
// predeclared object (a method's receiver Stack[int]): its name and
// "/* type parameter */".
var typeParamNote = regexp.MustCompile(`\b(\w+)/\* type parameter \*/`)

// typeParamWords rewrites go/types' words for a type parameter named as
// a predeclared object in msg as types2's, which say where it is
// declared: "int /* with int declared at FILE:LINE:COL */" (the place is
// a cell's when reported). The type parameter is the one of that name of
// the declaration around pos in f.
func typeParamWords(f *ast.File, fset *token.FileSet, pos token.Pos, msg string) string {
	if f == nil || !typeParamNote.MatchString(msg) {
		return msg
	}
	var decl ast.Node // the declaration around pos
	for _, d := range f.Decls {
		if d.Pos() <= pos && pos < d.End() {
			decl = d
		}
	}
	return typeParamNote.ReplaceAllStringFunc(msg, func(s string) string {
		name := typeParamNote.FindStringSubmatch(s)[1]
		if at := typeParamDecl(decl, name); at.IsValid() {
			return name + " /* with " + name + " declared at " + fset.Position(at).String() + " */"
		}
		return s
	})
}

// typeParamDecl returns where the declaration d declares the type
// parameter name: in a method's receiver (Stack[int]), a function's or
// a generic type's type parameter list.
func typeParamDecl(d ast.Node, name string) token.Pos {
	var fields []*ast.FieldList
	var recv []ast.Expr
	switch d := d.(type) {
	case *ast.FuncDecl:
		fields = append(fields, d.Type.TypeParams)
		if d.Recv != nil && len(d.Recv.List) == 1 {
			t := d.Recv.List[0].Type
			if s, ok := t.(*ast.StarExpr); ok {
				t = s.X
			}
			switch t := ast.Unparen(t).(type) {
			case *ast.IndexExpr:
				recv = []ast.Expr{t.Index}
			case *ast.IndexListExpr:
				recv = t.Indices
			}
		}
	case *ast.GenDecl:
		for _, s := range d.Specs {
			if ts, ok := s.(*ast.TypeSpec); ok {
				fields = append(fields, ts.TypeParams)
			}
		}
	}
	for _, e := range recv {
		if id, ok := e.(*ast.Ident); ok && id.Name == name {
			return id.Pos()
		}
	}
	for _, fl := range fields {
		if fl == nil {
			continue
		}
		for _, fd := range fl.List {
			for _, id := range fd.Names {
				if id.Name == name {
					return id.Pos()
				}
			}
		}
	}
	return token.NoPos
}
