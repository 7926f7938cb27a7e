package check

import (
	"fmt"
	"go/build"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// notInStd returns go build's error for the import d of a path the
// checker does not know whose first element has no dot, as the standard
// library's have (a misspelled "stirngs"): the go command looks for it
// in GOROOT only, and refuses the program before compiling it, at the
// import's spec. It returns nil for other paths (and for imports of a
// log restored without their places).
func notInStd(d *cell.Decl) *Error {
	p := d.ImportPath
	if d.ImportLine == 0 || p == "C" || p == "" || strings.HasPrefix(p, ".") || strings.HasPrefix(p, "/") ||
		strings.Contains(strings.SplitN(p, "/", 2)[0], ".") {
		return nil
	}
	at := filepath.Join(build.Default.GOROOT, "src", filepath.FromSlash(p))
	return &Error{Line: d.ImportLine, Col: d.ImportCol, Msg: fmt.Sprintf("package %s is not in std (%s)", p, at)}
}

// byImportPath sorts the errors notInStd made as the go command reports
// them: by the packages' paths.
func byImportPath(es Errors) Errors {
	path := func(e *Error) string { return strings.Fields(strings.TrimPrefix(e.Msg, "package "))[0] }
	slices.SortStableFunc(es, func(a, b *Error) int { return strings.Compare(path(a), path(b)) })
	return es
}
