package check

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// contextKey wraps the key of context.WithValue and of a Context's Value
// in rt.ContextKey with the name of its type, when that is a cell type
// (type userKey struct{}): yaegi v0.16.1 gives cell types of one
// underlying type one type, and the keys of two of them collided. It
// returns the index of the argument it wrapped.
func (lw *lowerer) contextKey(c *ast.CallExpr, sig *types.Signature, name string) map[int]bool {
	i := -1
	switch {
	case sig.Recv() == nil && name == "WithValue" && len(c.Args) == 3:
		i = 1
	case sig.Recv() != nil && types.TypeString(sig.Recv().Type(), nil) == "context.Context" && name == "Value" && len(c.Args) == 1:
		i = 0
	}
	if i < 0 {
		return nil
	}
	n, ok := types.Unalias(lw.info.TypeOf(c.Args[i])).(*types.Named)
	if !ok || !isCellNamed(n) || n.TypeArgs().Len() > 0 {
		return nil
	}
	if _, iface := n.Underlying().(*types.Interface); iface {
		return nil
	}
	lw.extraImport(rtName, rt.Path)
	lw.insert(c.Args[i].Pos(), fmt.Sprintf("%s.ContextKey(%q, ", rtName, lw.goName(n)))
	lw.insertClose(c.Args[i].End(), ")")
	return map[int]bool{i: true}
}
