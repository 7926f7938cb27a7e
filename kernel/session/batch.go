package session

import (
	"errors"
	"fmt"
	"go/ast"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// batchPrefix starts the names of the batch functions a worker adds to
// its interpreter.
const batchPrefix = "_gofutures_batch_"

// batchSource returns the source of the batch function (see
// executor.BatchResolver) of the notebook function name declared in the
// cell source src, and its name: a loop inside the interpreter over calls
// of name, which costs a third of calling name through reflect each time.
func batchSource(name, src string) (code, batchName string, err error) {
	pd, err := cell.ParseDecl(src)
	if err != nil {
		return "", "", err
	}
	fd := pd.Func(name)
	switch {
	case fd == nil:
		return "", "", fmt.Errorf("no func %s in its declaration", name)
	case fd.Type.TypeParams != nil:
		return "", "", errors.New("generic")
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
				out = append(out, pd.Text(field.Type))
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
