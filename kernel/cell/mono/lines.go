package mono

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// tidiedLines returns, for each line of out (tidy's output of the one
// declaration part), the line of the copied node it comes from:
// partLines[k] is that of part's line k+1 (gen.lines). tidy prints what
// it parsed of part, without comments and laid out anew, so the two
// parse to trees of the same shape: each line of out takes the part's
// line of the first node that starts (or a block that ends) on it. nil
// when the trees differ.
func tidiedLines(part, out string, partLines []int) []int {
	from, to := declNodes(part), declNodes(out)
	if from == nil || to == nil || len(from.nodes) != len(to.nodes) {
		return nil
	}
	lines := make([]int, to.lines)
	set := func(outLine, partLine int) {
		if i, k := outLine-1, partLine-1; i >= 0 && i < len(lines) && lines[i] == 0 && k >= 0 && k < len(partLines) {
			lines[i] = partLines[k]
		}
	}
	for i, n := range to.nodes {
		m := from.nodes[i]
		set(to.line(n.Pos()), from.line(m.Pos()))
		if b, ok := n.(*ast.BlockStmt); ok {
			set(to.line(b.Rbrace), from.line(m.(*ast.BlockStmt).Rbrace))
		}
	}
	return lines
}

// parsedDecl is one declaration's source parsed: its nodes in the order
// ast.Inspect visits them.
type parsedDecl struct {
	fset  *token.FileSet
	nodes []ast.Node
	lines int // of the source
}

// headerLines are the lines declNodes puts before the declaration.
const headerLines = 2

// declNodes parses src, one declaration, and lists its nodes; nil when it
// does not parse.
func declNodes(src string) *parsedDecl {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", "package p\n\n"+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return nil
	}
	p := &parsedDecl{fset: fset, lines: fset.File(f.Pos()).LineCount() - headerLines}
	ast.Inspect(f.Decls[0], func(n ast.Node) bool {
		if n != nil {
			p.nodes = append(p.nodes, n)
		}
		return true
	})
	return p
}

// line returns the declaration's line of pos, 1 for its first.
func (p *parsedDecl) line(pos token.Pos) int {
	return p.fset.Position(pos).Line - headerLines
}

// methodLines returns meths (each with its part's lines, gen.lines) with
// the lines of out, tidy's output of a type's declaration and then its
// methods (parts, in order), mapped as tidiedLines maps a function's;
// nil when out does not parse so.
func methodLines(parts []string, out string, meths []MethodLines) []MethodLines {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", "package p\n\n"+out, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != len(parts)+1 {
		return nil
	}
	all := strings.Split(out, "\n")
	var res []MethodLines
	for i, d := range f.Decls[1:] {
		first := fset.Position(d.Pos()).Line - headerLines
		last := fset.Position(d.End()).Line - headerLines
		if first < 1 || last > len(all) {
			return nil
		}
		own := tidiedLines(parts[i], strings.Join(all[first-1:last], "\n"), meths[i].Lines)
		if own == nil {
			continue
		}
		lines := make([]int, len(all))
		copy(lines[first-1:], own)
		res = append(res, MethodLines{Name: meths[i].Name, Lines: lines})
	}
	return res
}
