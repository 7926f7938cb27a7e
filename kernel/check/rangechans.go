package check

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// rangeChans lowers a range with a value over a slice, an array, a
// pointer to an array or a map of channels: yaegi v0.16.1 takes the
// loop, once its value variable is declared a channel, for a range over
// a channel, so it never evaluates the range expression (a call or an
// index expression: "reflect: call of reflect.Value.Len on int Value",
// a map: a nil pointer dereference). No range statement then declares a
// variable of a channel type:
//
//	for k, c := range x { body }
//
// over a slice or an array becomes
//
//	for T, K := x, 0; K < len(T); K++ { k := K; c := T[K]; body }
//
// (x evaluated once, an array copied, as range does), and over a map
// for K := range x { k := K; c := x[K]; body }, x first bound to T when
// it is not a variable or a field (for T := x; T != nil; T = nil { ...
// }, an unlabeled loop only). With = (for k, c = range x) the body
// starts with k, c = K, T[K]. It walks x and the body itself. The body gets a block of its own when it
// declares k or c again (c := c).
//
// x[K] reads the map as it is then, not the map x was when the loop
// started when the body assigns another map to x.
func (lw *lowerer) rangeChans(n *ast.RangeStmt) bool {
	if n.Value == nil || n.Key == nil || n.Tok != token.DEFINE && n.Tok != token.ASSIGN {
		return false
	}
	xt := lw.info.Types[n.X].Type
	if xt == nil {
		return false
	}
	_, elem := rangeTypes(xt)
	if elem == nil {
		return false
	}
	if _, ok := elem.Underlying().(*types.Chan); !ok {
		return false
	}
	_, isMap := xt.Underlying().(*types.Map)
	if _, isLen := lw.lookupAt(n, "len").(*types.Builtin); !isMap && !isLen {
		return false // len(T) would call the cell's len
	}
	if isMap && !pure(n.X) && lw.labels[n] != nil {
		return false // no statement to bind x in before the label
	}
	k, t := lw.fresh("K"), lw.fresh("T")
	switch {
	case !isMap:
		lw.replace(n.Key.Pos(), n.X.Pos(), t+", "+k+" := ")
		lw.insertClose(n.X.End(), ", 0; "+k+" < len("+t+"); "+k+"++")
	case pure(n.X):
		t = "(" + lw.text(n.X) + ")"
		lw.replace(n.Key.Pos(), n.X.Pos(), k+" := range ")
	default:
		// (a nil map ranges over nothing; one value assigned: yaegi
		// v0.16.1 zeroed the others beside a composite literal)
		lw.replace(n.Key.Pos(), n.X.Pos(), t+" := ")
		lw.insertClose(n.X.End(), "; "+t+" != nil; "+t+" = nil { for "+k+" := range "+t)
		lw.insertClose(n.Body.Rbrace+1, " }")
	}
	var lhs, rhs []string
	for _, e := range []ast.Expr{n.Key, n.Value} {
		if isBlank(e) {
			continue
		}
		lhs = append(lhs, lw.identText(e))
		if e == n.Key {
			rhs = append(rhs, k)
		} else {
			rhs = append(rhs, t+"["+k+"]")
		}
	}
	defer func() { // the targets are written here, as the cell wrote them
		lw.walk(n.X)
		lw.walk(n.Body)
	}()
	if len(lhs) == 0 {
		return true
	}
	op, open := " := ", ""
	if n.Tok == token.ASSIGN {
		op = " = "
	} else if lw.redeclares(n.Body, identNames(n.Key, n.Value)...) {
		open = " {"
		lw.closeBody(n.Body)
	}
	lw.insert(n.Body.Lbrace+1, " "+strings.Join(lhs, ", ")+op+strings.Join(rhs, ", ")+";"+open)
	return true
}

// lookupAt returns what name means where the statement n starts.
func (lw *lowerer) lookupAt(n ast.Node, name string) types.Object {
	if s := lw.pkg.Scope().Innermost(n.Pos()); s != nil {
		if _, obj := s.LookupParent(name, n.Pos()); obj != nil {
			return obj
		}
	}
	return types.Universe.Lookup(name)
}
