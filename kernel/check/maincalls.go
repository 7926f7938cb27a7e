package check

import (
	"errors"
	"go/ast"
	"go/token"
	"regexp"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// A cell's func main runs when the cell does, under another name
// (cell.MainName), so that it is not run again by every evaluation. Go
// lets package main call main like any function: a later cell's main()
// (a habit of other Go notebooks), or a call in the declaring cell's
// statements, calls the notebook's func main.

// mainCalls returns p's source with the uses of main that errs reports
// undefined spelled as the notebook's func main, and whether there were
// any and the notebook (or p) declares func main.
func (c *Checker) mainCalls(p *cell.Parsed, errs Errors) (string, bool) {
	if !p.HasMain && !c.declaresMain() {
		return "", false
	}
	src := []byte(p.Src)
	changed := false
	for _, e := range errs {
		if e.Msg != "undefined: main" {
			continue
		}
		if off := cell.Offset(p.Src, e.Line, e.Col); off >= 0 && strings.HasPrefix(p.Src[off:], "main") {
			copy(src[off:], cell.MainName)
			changed = true
		}
	}
	return string(src), changed
}

// declaresMain reports whether the notebook has a func main.
func (c *Checker) declaresMain() bool {
	for _, e := range c.decls {
		if e.decl.Kind == cell.Func && len(e.decl.Names) == 1 && e.decl.Names[0] == cell.MainName {
			return true
		}
	}
	return false
}

// mainName matches the renamed func main in a message.
var mainName = regexp.MustCompile(`\b` + cell.MainName + `\b`)

// spellMain spells the renamed func main as main in the messages of err,
// when it is a cell's Errors (too many arguments in call to main).
func spellMain(err error) error {
	var es Errors
	if errors.As(err, &es) {
		for _, e := range es {
			e.Msg = mainName.ReplaceAllString(e.Msg, "main")
		}
	}
	return err
}

// mainSignature returns where and why the cell's func main (in f, the
// cell's declarations) is not one Go accepts: it takes arguments, returns
// values or has type parameters.
func mainSignature(f *ast.File) (token.Pos, string) {
	if f == nil {
		return token.NoPos, ""
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Name.Name != cell.MainName {
			continue
		}
		switch {
		case fd.Type.TypeParams != nil && len(fd.Type.TypeParams.List) > 0:
			return fd.Type.TypeParams.List[0].Pos(), "func main must have no type parameters"
		case fd.Type.Params.NumFields() > 0 || fd.Type.Results != nil:
			return fd.Name.Pos(), "func main must have no arguments and no return values"
		}
	}
	return token.NoPos, ""
}
