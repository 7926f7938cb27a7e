package check

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
)

// gorootDecl matches the place of a declaration in the standard library
// that go/types writes in a message ("in call to errors.AsType, cannot
// infer E (declared at $GOROOT/src/errors/wrap.go:167:1)"). go/types takes
// it from the go command's export data, which keeps a position's line but
// not its column (the importer's positions have column 1); go build,
// which reads the same export data in cmd/compile's own format, names the
// column.
var gorootDecl = regexp.MustCompile(`(\w+) \(declared at \$GOROOT/([^\s:()]+\.go):(\d+):1\)`)

// gorootColumns gives the places of standard-library type parameters in
// msg the columns of their names in GOROOT's sources, as go build writes
// them. A place it cannot find in the sources stays as it is.
func gorootColumns(msg string) string {
	return gorootDecl.ReplaceAllStringFunc(msg, func(s string) string {
		m := gorootDecl.FindStringSubmatch(s)
		line, _ := strconv.Atoi(m[3])
		col := typeParamColumn(filepath.Join(build.Default.GOROOT, filepath.FromSlash(m[2])), line, m[1])
		if col == 0 {
			return s
		}
		return fmt.Sprintf("%s (declared at $GOROOT/%s:%d:%d)", m[1], m[2], line, col)
	})
}

// typeParamColumn returns the column of the type parameter name declared
// at line of the Go file at path (by a function or a type), or 0.
func typeParamColumn(path string, line int, name string) int {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		return 0
	}
	col := 0
	ast.Inspect(f, func(n ast.Node) bool {
		var params *ast.FieldList
		switch n := n.(type) {
		case *ast.FuncDecl:
			params = n.Type.TypeParams
		case *ast.TypeSpec:
			params = n.TypeParams
		}
		if params == nil || col > 0 {
			return col == 0
		}
		for _, fld := range params.List {
			for _, id := range fld.Names {
				if p := fset.Position(id.Pos()); id.Name == name && p.Line == line {
					col = p.Column
				}
			}
		}
		return col == 0
	})
	return col
}
