package check

import (
	"fmt"
	"go/ast"
	"hash/fnv"
	"slices"
	"strings"
)

// A function whose deferred call panics as it returns has Go's frame at
// the return statement that ran (SiteExit); yaegi v0.16.1 prints no frame
// for it. Where its body defers a call and has several places it returns
// at, the lowering stores a mark of the line (its tag: Lowered.ExitMark)
// in Config.ExitMarker's variable before each of its return statements, and before its closing brace when it can end
// there: nothing of the body runs after it, its deferred calls do (a
// deferred function of the notebook's that stores marks of its own
// leaves the line unknown, by its tag). A variable of their own: a site
// or call mark before a return statement stays for what it calls.

// exitMarkers plans the exit marks of fd's body (src: the declaration's
// source): the zero bodyMarks when it needs none or cannot have them.
func (lw *lowerer) exitMarkers(fd *ast.FuncDecl, src string) bodyMarks {
	if lw.cfg.ExitMarker == "" || lw.noLines || fd.Body == nil || !defersCall(fd.Body) {
		return bodyMarks{}
	}
	exits := lw.exits(fd)
	var lines []int
	for _, e := range exits {
		if e.line >= 1<<MarkLineBits {
			return bodyMarks{}
		}
		if !slices.Contains(lines, e.line) {
			lines = append(lines, e.line)
		}
	}
	if len(lines) < 2 {
		return bodyMarks{}
	}
	h := fnv.New32a()
	h.Write([]byte(strings.TrimRight(src, " \t\r\n") + "\x00exit"))
	tag := int(h.Sum32()&(1<<19-1)) + 1
	m := bodyMarks{tag: tag}
	for _, e := range exits {
		o := lw.off(e.pos)
		text := fmt.Sprintf("%s = %d; ", lw.cfg.ExitMarker, tag<<MarkLineBits|e.line)
		m.edits = append(m.edits, Edit{Start: o, End: o, Text: text, seq: seqMarker})
	}
	lw.edits = append(lw.edits, m.edits...)
	return m
}

// defersCall reports whether body (not a function literal in it) has a
// defer statement.
func defersCall(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			found = true
		}
		return !found
	})
	return found
}
