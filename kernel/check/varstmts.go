package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// A var declaration after a cell's first statement is one of its
// statements (cell.Split), as it is in Go's main: its initializer runs
// in its place, after the statements before it (var q []float64;
// q = append(q, 2); var z any = q holds [2]). Its variables are notebook
// variables, as those of :=: declared first at package level with their
// types, and set where the declaration was (varStmtAssigns).

// varStmtNames returns the names a top-level var statement declares.
func varStmtNames(st ast.Stmt) []*ast.Ident {
	var out []*ast.Ident
	for _, vs := range cell.VarSpecs(st) {
		out = append(out, vs.Names...)
	}
	return out
}

// varStmtAssigns lowers the top-level var statements of body, which run
// in a function literal, to sets of the notebook variables they declare:
// each spec declares its variables under fresh names, lowered as any
// local var declaration is, and assigns them, one by one, to the
// notebook's (var z any = q is var gofuturesV1 any = q; z = gofuturesV1).
// Its values read the variables of those names from before, as Go's
// do (var n = n + 1), and a group is its specs, one after the other,
// each seeing the ones before it. (Assigning the values to the notebook
// variables at once, z = q, would go through yaegi v0.16.1's assignment
// of several values to interfaces, which panics in reflect.Set for
// var b, b2 any = Sq(3), Sq(3).)
func (lw *lowerer) varStmtAssigns(body *ast.BlockStmt) {
	for _, st := range body.List {
		specs := cell.VarSpecs(st)
		if len(specs) == 0 {
			continue
		}
		gd := st.(*ast.DeclStmt).Decl.(*ast.GenDecl)
		group := gd.Lparen.IsValid()
		if group {
			lw.blank(gd.Pos(), gd.Lparen+1)
			lw.blank(gd.Rparen, gd.Rparen+1)
		}
		for _, vs := range specs {
			if group {
				lw.insert(vs.Names[0].Pos(), "var ")
			}
			var sets strings.Builder
			for _, id := range vs.Names {
				if id.Name == "_" || lw.info.Defs[id] == nil {
					continue
				}
				tmp := lw.fresh("V")
				lw.replace(id.Pos(), id.End(), tmp)
				fmt.Fprintf(&sets, "; %s = %s", id.Name, tmp)
			}
			lw.insert(vs.End(), sets.String())
		}
	}
}

// blank replaces the source from from to to with spaces (newlines kept).
func (lw *lowerer) blank(from, to token.Pos) {
	lw.replace(from, to, cell.Blank(lw.orig[lw.off(from):lw.off(to)]))
}

// anyAsInterface spells the predeclared any in the type t (as
// lowerer.typ writes it) as interface{}, as anyAlias does in the source:
// a notebook variable declared []any was not the []interface{} of the
// literals the statements assign it, and append(a, ra...) of it
// appended ra as one element. A field named any, an embedded any of a
// struct (struct{any} is not struct{interface{}}) and struct tags keep
// their text.
func anyAsInterface(t string) string {
	var b strings.Builder
	var structs []bool // for each open brace: whether it opens a struct's fields
	for i := 0; i < len(t); {
		switch c := t[i]; {
		case c == '"' || c == '`': // a struct tag, as strconv.Quote or raw
			j := i + 1
			for j < len(t) && t[j] != c {
				if c == '"' && t[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, len(t))
			b.WriteString(t[i:j])
			i = j
			continue
		case c == '{':
			structs = append(structs, strings.HasSuffix(t[:i], "struct"))
		case c == '}' && len(structs) > 0:
			structs = structs[:len(structs)-1]
		case strings.HasPrefix(t[i:], "any"):
			end := i + 3
			word := (i == 0 || !identByte(t[i-1]) && t[i-1] != '.') && (end == len(t) || !identByte(t[end]) && t[end] != ' ')
			// an embedded field: any alone between { or "; " and ; or }
			embedded := len(structs) > 0 && structs[len(structs)-1] && (strings.HasSuffix(t[:i], "{") || strings.HasSuffix(t[:i], "; "))
			if word && !embedded {
				b.WriteString("interface{}")
				i = end
				continue
			}
			b.WriteString("any")
			i = end
			continue
		}
		b.WriteByte(t[i])
		i++
	}
	return b.String()
}

func identByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}
