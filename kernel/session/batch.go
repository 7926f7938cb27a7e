package session

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// batchPrefix starts the names of the batch functions a worker adds to
// its interpreter.
const batchPrefix = "_gofutures_batch_"

// batchSource returns the source of the batch function (see
// executor.BatchResolver) of the notebook function name declared in the
// cell source src, and its name: a loop inside the interpreter over calls
// of name, which costs a third of calling name through reflect each time.
func batchSource(name, src string) (code, batchName string, err error) {
	const pkg = "package p;"
	full := pkg + src
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", full, parser.SkipObjectResolution)
	if err != nil {
		return "", "", err
	}
	var fd *ast.FuncDecl
	for _, d := range f.Decls {
		if d, ok := d.(*ast.FuncDecl); ok && d.Recv == nil && d.Name.Name == name {
			fd = d
		}
	}
	switch {
	case fd == nil:
		return "", "", fmt.Errorf("no func %s in its declaration", name)
	case fd.Type.TypeParams != nil:
		return "", "", errors.New("generic")
	}
	text := func(e ast.Expr) string {
		return full[fset.Position(e.Pos()).Offset:fset.Position(e.End()).Offset]
	}
	types := func(fl *ast.FieldList) ([]string, error) {
		var out []string
		if fl == nil {
			return nil, nil
		}
		for _, field := range fl.List {
			if _, ok := field.Type.(*ast.Ellipsis); ok {
				return nil, errors.New("variadic")
			}
			for range max(1, len(field.Names)) {
				out = append(out, text(field.Type))
			}
		}
		return out, nil
	}
	params, err := types(fd.Type.Params)
	if err != nil {
		return "", "", err
	}
	results, _ := types(fd.Type.Results)
	outErr := len(results) > 0 && results[len(results)-1] == "error"
	if outErr {
		results = results[:len(results)-1]
	}

	// The loop's own names start with _gf, so that they shadow nothing the
	// call names.
	batchName = batchPrefix + name
	var b strings.Builder
	fmt.Fprintf(&b, "func %s(_gfN *int, _gfCount int", batchName)
	var args, lhs []string
	for j, t := range params {
		fmt.Fprintf(&b, ", _gfA%d []%s", j, t)
		args = append(args, fmt.Sprintf("_gfA%d[_gfI]", j))
	}
	for k, t := range results {
		fmt.Fprintf(&b, ", _gfR%d []%s", k, t)
		lhs = append(lhs, fmt.Sprintf("_gfR%d[_gfI]", k))
	}
	if outErr {
		b.WriteString(", _gfErrs []error")
		lhs = append(lhs, "_gfErrs[_gfI]")
	}
	b.WriteString(") {\n\tfor _gfI := *_gfN; _gfI < _gfCount; _gfI++ {\n\t\t")
	if len(lhs) > 0 {
		b.WriteString(strings.Join(lhs, ", ") + " = ")
	}
	fmt.Fprintf(&b, "%s(%s)\n", name, strings.Join(args, ", "))
	if outErr {
		b.WriteString("\t\tif _gfErrs[_gfI] != nil {\n\t\t\treturn\n\t\t}\n")
	}
	b.WriteString("\t\t*_gfN = _gfI + 1\n\t}\n}\n")
	return b.String(), batchName, nil
}
