package check

import (
	"crypto/sha256"
	"encoding/hex"
	"go/ast"
	"go/types"
	"strconv"

	"github.com/gofutures/gofutures/internal/typemark"
)

// Struct types declared inside functions, told apart. Two functions
// may each declare a type item struct{ N int }: to Go they are two
// types, and an item of one in an any is not equal to an item of the
// other. Tagged with their names alone (tagStructType), they were one
// reflect type to yaegi v0.16.1, so any(a) == any(b) held and a []any
// of both gave one map key. A struct type a function declares is tagged
// with its name joined to a hash of the function and the declaration's
// place in it (itemꞏlocalꞏ1f2e3d4c, typemark.LocalSep), which rt's
// reflection and messages read as the name (typemark.GoName).

// localTagName returns the name tagStructType tags the struct type ts
// declares with: its own for a type declared at a cell's top level, and
// for one declared in a function, its name made unique as described
// above.
func (lw *lowerer) localTagName(ts *ast.TypeSpec) string {
	name := ts.Name.Name
	obj, ok := lw.info.Defs[ts.Name].(*types.TypeName)
	if !ok || obj.Parent() == lw.pkg.Scope() {
		return name
	}
	var fd *ast.FuncDecl
	for _, n := range lw.stack {
		if d, ok := n.(*ast.FuncDecl); ok {
			fd = d
			break
		}
	}
	if fd == nil {
		return name
	}
	fn := fd.Name.Name
	if fd.Recv != nil && len(fd.Recv.List) == 1 {
		fn = types.ExprString(fd.Recv.List[0].Type) + "." + fn
	}
	key := fn + "\x00" + name + "\x00" + strconv.Itoa(int(ts.Pos()-fd.Pos()))
	sum := sha256.Sum256([]byte(key))
	return name + typemark.LocalSep + hex.EncodeToString(sum[:4])
}
