package session

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Each top-level statement of a cell first calls At of package linePkg
// (imported as lineName, a compiled package the session provides, so that
// no cell can shadow or retype it) with its line. yaegi v0.16.1 reports a
// panic at the start of the function it happened in, not where (its
// runCfg loses the node it was running), so the line of a panicking
// statement comes from here.
const (
	linePkg  = "gofutures/cellline"
	lineName = "gofuturescellline"
)

// markName is the interpreter's variable where lowered functions store
// the marks of the line running (check.Config's SiteMarker): an
// interpreted store costs a function less than one through a compiled
// package's pointer.
const markName = "gofuturesmark"

// at records the top-level statement about to run: its line, and whether
// the session runs it inside a function literal (cell.Parsed.StmtBlocks).
func (s *Session) at(line int, wrapped bool) {
	v := int64(line) << 1
	if wrapped {
		v |= 1
	}
	s.stmt.Store(v)
}

// atMain records the top-level statement of the cell's func main about
// to run: its first and last lines (check.Config's MainMarker).
func (s *Session) atMain(start, end int) {
	s.main.Store(int64(start)<<32 | int64(end))
}

// mainSite returns the line of the one place in d, the cell's func main,
// where a panic of kind can come from within the top-level statement
// that was running, or 0.
func (s *Session) mainSite(d *cell.Decl, kind string) int {
	v := s.main.Load()
	start, end := int(v>>32), int(v&(1<<32-1))
	line := 0
	for _, l := range d.Sites[kind] {
		if start <= l && l <= end {
			if line > 0 {
				return 0
			}
			line = l
		}
	}
	return line
}

// frameID is what a frame of a panic's traceback is of: function d's
// body, or its literal lit's; d is nil when not known.
type frameID struct {
	d   *cell.Decl
	lit string
}

// callLine returns the line of the one call in a body of function d,
// whose calls are calls (cell.Decl's Calls), that can have made the
// frame inner, within lines within (all when nil); 0 when there are
// none or several, or inner is not known.
func callLine(calls map[string][]int, d *cell.Decl, inner frameID, within func(int) bool) int {
	if inner.d == nil {
		return 0
	}
	var lines []int
	add := func(ls []int) {
		for _, l := range ls {
			if (within == nil || within(l)) && !slices.Contains(lines, l) {
				lines = append(lines, l)
			}
		}
	}
	switch name := inner.d.Names[0]; {
	case inner.lit != "":
		if inner.d == d {
			add(calls[inner.lit]) // (d's literals' names are d's)
		}
	case inner.d.Kind == cell.Method:
		add(calls[name])
		if _, m, ok := strings.Cut(name, "."); ok {
			add(calls[check.CallsMethod+m])
		}
	default:
		add(calls[name])
		if inner.d.Generic != "" {
			add(calls[inner.d.Generic]) // (a copy's caller calls the generic function)
		}
	}
	add(calls[check.CallsAny])
	if len(lines) == 1 && lines[0] > 0 {
		return lines[0]
	}
	return 0
}

// oneLine returns the line of lines when there is one, not 0 (a
// deferred call's), else 0.
func oneLine(lines []int) int {
	if len(lines) == 1 {
		return lines[0]
	}
	return 0
}

// deferrer returns the one function the notebook declared whose body
// defers a call of d (a deferred call's line in Calls is 0) when no
// body calls d otherwise (by name), nil if none.
func (s *Session) deferrer(d *cell.Decl) *cell.Decl {
	if d == nil || len(d.Names) != 1 || d.Kind != cell.Func && d.Kind != cell.Method {
		return nil
	}
	key := d.Names[0]
	var found *cell.Decl
	for _, x := range s.decls {
		if x.Kind != cell.Func && x.Kind != cell.Method {
			continue
		}
		for _, l := range x.Calls[key] {
			if l != 0 || found != nil {
				return nil
			}
			found = x
		}
		for _, lt := range x.Lits {
			if len(lt.Calls[key]) > 0 {
				return nil
			}
		}
	}
	return found
}

// deferringFrame is the text of the frame of dd, whose deferred call
// panicked: at its closing brace when it was returning, or at the panic
// whose deferred calls were running (at dLine, or the one place in dd's
// body of dErr's kind).
func (s *Session) deferringFrame(dd *cell.Decl, dLine int, during bool, dErr error) string {
	name := dd.Names[0]
	if name == cell.MainName {
		name = "main"
	}
	first, last := declLines(dd)
	switch {
	case !during && last > 0:
		return fmt.Sprintf("Cell In[%d], line %d, in %s", dd.Cell, last, name)
	case during && dLine > 0 && first <= dLine && dLine <= last:
		return fmt.Sprintf("Cell In[%d], line %d, in %s", dd.Cell, dLine, name)
	case during && dLine == 0 && dErr != nil:
		if l := siteLine(dd, errorKind(dErr)); l > 0 {
			return fmt.Sprintf("Cell In[%d], line %d, in %s", dd.Cell, l, name)
		}
	}
	return fmt.Sprintf("Cell In[%d], in %s", dd.Cell, name)
}

// frameName returns the name yaegi gives the frame of d's function,
// after "main.": a method's is the method's name.
func frameName(d *cell.Decl) string {
	if _, m, ok := strings.Cut(d.Names[0], "."); ok && d.Kind == cell.Method {
		return m
	}
	return d.Names[0]
}

// declLines returns the first and last lines in its cell of d's
// source (whose other lines are blank), 0s when it has none.
func declLines(d *cell.Decl) (first, last int) {
	for i, l := range strings.Split(d.Source(), "\n") {
		if strings.TrimSpace(l) != "" {
			if first == 0 {
				first = i + 1
			}
			last = i + 1
		}
	}
	return first, last
}

// inDecl reports whether line is one of d's in its cell.
func inDecl(d *cell.Decl, line int) bool {
	first, last := declLines(d)
	return first <= line && line <= last
}

// mainRange returns, for d, the cell's func main, a test of the lines
// of the top-level statement of it that was running (its Main marker's),
// or nil when d is another function or main ran no marker.
func (s *Session) mainRange(d *cell.Decl) func(int) bool {
	v := s.main.Load()
	if d.Names[0] != cell.MainName || d.Kind != cell.Func || v == 0 {
		return nil
	}
	start, end := int(v>>32), int(v&(1<<32-1))
	return func(l int) bool { return l == 0 || start <= l && l <= end }
}

// markedLine returns the line of the last mark a lowered function
// stored (check.Config's SiteMarker) when the body whose marks carry tag
// stored it and it is one of sites, the lines where the panic's kind of
// runtime error can come from; else 0.
func (s *Session) markedLine(tag int, sites []int) int {
	if s.mark == nil {
		return 0
	}
	v := *s.mark
	if tag == 0 || v>>check.MarkLineBits != tag {
		return 0
	}
	if l := v & (1<<check.MarkLineBits - 1); slices.Contains(sites, l) {
		return l
	}
	return 0
}

// The wrappers yaegi puts before line 1 of what it evaluates: declarations
// go in a file, statements in func main.
const (
	declPrefix = len("package main;")
	stmtPrefix = len("package main; func main() {")
)

// posMap maps a position in source the session gave yaegi back to the
// cell: yaegi's wrapper shifts line 1 by prefix bytes, and the session
// edited src (the cell, or its statements or declarations, which keep the
// cell's offsets) with edits.
type posMap struct {
	src    string
	edits  []edit
	prefix int
	// lowered, when set, maps positions in what the checker lowered
	// (src is then unused) back to the cell.
	lowered *check.Lowered
	// decls, when set, are the lowered declarations evaluated one after
	// the other, each declLines lines long.
	decls     []*check.Lowered
	declLines int
	// unwrapped is set for lowered statements that ran as written, not
	// in kernel/check's function literal (check.Result's Wrapped)
	unwrapped bool
}

// cell returns the cell's line and column (both 1-based, columns in
// bytes) of line and column in the source yaegi evaluated.
func (m posMap) cell(line, col int) (int, int) {
	if line == 1 {
		col -= m.prefix
	}
	if len(m.decls) > 0 && m.declLines > 0 {
		i := min((line-1)/m.declLines, len(m.decls)-1)
		return m.decls[i].Position(line-i*m.declLines, max(col, 1))
	}
	if m.lowered != nil {
		return m.lowered.Position(line, max(col, 1))
	}
	if m.src == "" {
		return line, max(col, 1)
	}
	edited := applyEdits(m.src, append([]edit(nil), m.edits...))
	off := cell.Offset(edited, line, col)
	if off < 0 {
		return line, max(col, 1)
	}
	return cell.LineCol(m.src, origOffset(m.edits, off))
}

// origOffset maps an offset in the text applyEdits made back to the text
// before: an offset inside inserted or replacing text maps to the edit's
// start.
func origOffset(edits []edit, off int) int {
	sorted := append([]edit(nil), edits...)
	// The order applyEdits leaves them in, left to right.
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end != b.end {
			return a.end < b.end
		}
		return a.right < b.right
	})
	delta := 0
	for _, e := range sorted {
		at := e.start + delta
		if off < at {
			break
		}
		if off < at+len(e.text) {
			return e.start
		}
		delta += len(e.text) - (e.end - e.start)
	}
	return off - delta
}

// reflectCalled reports whether the panic whose stack is stack was
// raised inside a function of package reflect that the cell called
// itself (reflect.Value{}.Len()), not by the interpreter's own use of
// reflect (yaegi's nil dereference).
func reflectCalled(stack []byte) bool {
	lines, ok := afterPanic(stack)
	if !ok {
		return false
	}
	for _, l := range lines {
		if strings.HasPrefix(l, "\t") || l == "" {
			continue
		}
		switch {
		case strings.HasPrefix(l, "reflect.Value.call(") || strings.HasPrefix(l, "reflect.Value.Call("):
			return true // a call the interpreter made for the cell
		case strings.HasPrefix(l, "reflect.") || strings.HasPrefix(l, "panic("):
			continue
		default:
			return false
		}
	}
	return false
}

// afterPanic returns the lines of a goroutine's stack after its last
// panic's (the frames that raised it, innermost first); false when the
// stack has no panic.
func afterPanic(stack []byte) ([]string, bool) {
	lines := strings.Split(string(stack), "\n")
	start := -1
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") {
			start = i
		}
	}
	if start < 0 {
		return nil, false
	}
	return lines[start+1:], true
}

// onlyTopLevel reports whether frames are those of a cell's top-level
// statements only, which run in main, or, wrapped, in the checker's
// function literal in the session's: no function of a cell's, nor a
// literal (which would add a frame).
func onlyTopLevel(frames []string, wrapped bool) bool {
	var fns []string
	for _, f := range frames {
		if m := frameLine.FindStringSubmatch(f); m != nil {
			fns = append(fns, m[3])
		}
	}
	if wrapped {
		return slices.Equal(fns, []string{"main.func", "main.func"})
	}
	return slices.Equal(fns, []string{"main"})
}

// nextFrameIs reports whether the frame after frames[i] is function fn's.
func nextFrameIs(frames []string, i int, fn string) bool {
	if i+1 >= len(frames) {
		return false
	}
	m := frameLine.FindStringSubmatch(frames[i+1])
	return m != nil && m[3] == fn
}

// nextOwnFrame reports whether the frame after frames[i] is function
// base's own: named so, or named as a literal of base (yaegi names a
// function's frame by its first statement's node, which may start with
// a literal of the lowering's) at a position of base's body outside its
// literals.
func (s *Session) nextOwnFrame(frames []string, i int, base string) bool {
	if nextFrameIs(frames, i, "main."+base) {
		return true
	}
	if !nextFrameIs(frames, i, "main."+base+".func") {
		return false
	}
	m := frameLine.FindStringSubmatch(frames[i+1])
	fl, _ := strconv.Atoi(m[1])
	fc, _ := strconv.Atoi(m[2])
	lf, isLit := s.literalFrame(base+".func", fl, fc)
	return isLit && lf.sure && lf.own
}

// stmtError is evalError for a cell's statements: a panic's traceback
// ends at the line of the top-level statement that was running.
func (s *Session) stmtError(err error, count int, pm posMap) *Error {
	var p interp.Panic
	if !errors.As(err, &p) {
		return s.evalError(err, count, "", pm)
	}
	v := s.stmt.Load()
	at := &stmtPos{line: int(v >> 1), wrapped: v&1 == 1, checked: pm.lowered != nil && !pm.unwrapped, lits: newStmtLits(pm.lowered, count)}
	if pm.lowered != nil {
		at.calls, at.ends = pm.lowered.Calls, pm.lowered.StmtLines
	}
	return s.panicError(p, count, at)
}

// stmtPos is the top-level statement a panic happened in.
type stmtPos struct {
	line    int       // 0 if unknown
	wrapped bool      // run inside the session's function literal
	checked bool      // the statements ran lowered, in kernel/check's function literal
	lits    *stmtLits // the literals of the statements, nil when none or not known
	// calls and ends are the statements' calls and the last line of
	// each top-level statement by its first (check.Lowered's Calls and
	// StmtLines); nil when not known
	calls map[string][]int
	ends  map[int]int
	// goroutine is set for the panic of a goroutine a cell's go statement
	// started (gopanic.go), which runs no top-level statement: lits are
	// then those of the cell's statements that were running, if any
	goroutine bool
}

// callLine returns the line of the one call in the top-level statement
// that was running that can have made frame inner, or 0.
func (st *stmtPos) callLine(inner frameID) int {
	end := st.ends[st.line]
	if end == 0 || inner.d == nil {
		return 0
	}
	d := &cell.Decl{}
	if st.lits != nil {
		d = st.lits.d // (its literals' frames are of it)
	}
	return callLine(st.calls, d, inner, func(l int) bool { return l == 0 || st.line <= l && l <= end })
}

// initFunc matches the names of the functions the lowering makes of
// package-level variables' initializers (gofuturesInit7), which are no
// frames of the notebook's.
var initFunc = regexp.MustCompile(`^gofuturesInit[0-9]+$`)

// panicError describes a panic: its value, then the functions it went
// through, innermost first, each named with the cell that declared it,
// and, when statements of cell count were running (st is not nil), the
// cell and line of the top-level statement.
func (s *Session) panicError(p interp.Panic, count int, st *stmtPos) *Error {
	e := &Error{Cause: p}
	if rv, ok := p.Value.(reflect.Value); ok && rv.Kind() == reflect.Interface && !rv.IsNil() {
		// yaegi v0.16.1 panics with the reflect.Value of panic's argument
		// of its static type: of an interface type (panic(r) of a value
		// recover returned, iter.Pull's next raising its sequence's
		// panic), fmt prints the value it holds one level deeper, a
		// pointer as an address, not as rt noted it (PanicText)
		p.Value = rv.Elem()
	}
	words := "" // the interpreter's own, where Go's runtime error stands for them
	own := !reflectCalled(p.Stack)
	switch v := p.Value.(type) {
	case *ExitError:
		e.Name, e.Value = "Exit", v.Error()
	case *reflect.ValueError:
		// a method of reflect.Value on the zero Value: yaegi v0.16.1's
		// nil pointer dereference (*p, p.f, p.M() on a nil p)
		e.Name = "panic"
		e.Value, words = runtimeMessage(v.Error(), own)
		if v.Kind == reflect.Invalid && own {
			e.Value, words = "runtime error: "+nilDeref, v.Error()
		}
	case error:
		e.Name = "panic"
		e.Value, words = runtimeMessage(v.Error(), own)
		e.Value = strings.ReplaceAll(e.Value, "\n", "\n\t") // (as Go prints a value's lines)
	case string:
		e.Name = "panic"
		e.Value, words = runtimeMessage(v, own)
		e.Value = strings.ReplaceAll(e.Value, "\n", "\n\t")
	default:
		e.Name, e.Value = "panic", fmt.Sprint(v)
	}
	if text := rt.NotedText(fmt.Sprint(p.Value)); text != "" && e.Name == "panic" {
		e.Value = text // the value as Go prints it (the lowering's rt.PanicText)
	}
	if e.Name == "panic" {
		// the panics it happened during, as Go prints them
		e.Value = rt.NotedChain(fmt.Sprint(p.Value), e.Value)
	}
	s.mu.Lock()
	frames := append([]string(nil), s.frames...)
	s.mu.Unlock()
	e.Traceback = append(e.Traceback, "panic: "+e.Value)
	if n := interpFrames(p.Stack); n > 0 && n < len(frames) {
		// the frames before are of panics recovered on the way (by
		// compiled code: fmt calling a String method)
		frames = frames[len(frames)-n:]
	}
	if assertFailed(p.Value) && len(frames) > 0 {
		// the lowering's asserter, a function literal around the
		// assertion (kernel/check's typeAssert), is no frame of the cell's
		if m := frameLine.FindStringSubmatch(frames[0]); m != nil && (m[3] == "func" || strings.HasSuffix(m[3], ".func")) {
			frames = frames[1:]
		}
	}
	dLine, during, dKnown := rt.NotedDuring(fmt.Sprint(p.Value))
	dErr, _ := rt.NotedDuringError(fmt.Sprint(p.Value)) // (before PanicLine forgets)
	line := rt.PanicLine(fmt.Sprint(p.Value))           // of the innermost function, if it said
	if len(p.Stack) > 0 && panicOrigin(p.Stack) == byCompiled {
		line = 0 // noted for another panic with its message, recovered
	}
	kind := siteKind(p.Value, p.Stack)
	raiser := compiledCallee(p.Stack) // the compiled function that raised it
	top := false
	var callee frameID    // the frame inside this one, when known
	var held []string     // frames of an earlier panic, for after the deferred call's
	var outer frameID     // the outermost frame shown, when known
	prevFrame := ""       // yaegi's frame line before
	var heldInner frameID // the frame held whose panic's deferred calls ran
	for i, f := range frames {
		m := frameLine.FindStringSubmatch(f)
		if m == nil {
			continue
		}
		inner := callee
		callee = frameID{}
		fn := strings.TrimPrefix(m[3], "main.")
		if initFunc.MatchString(fn) {
			continue // the lowering's function of a variable's initializer (kernel/check/initorder.go)
		}
		if packageCopy(fn) {
			continue // Go's frame is of that package (iter.Pull's next), not the notebook's
		}
		if (fn == "func" || strings.HasSuffix(fn, ".func")) && s.hookFrame(frames, i) {
			continue // a method's body in its hook (hooks.go)
		}
		innermost := len(e.Traceback) == 1
		fl, _ := strconv.Atoi(m[1])
		fc, _ := strconv.Atoi(m[2])
		lf, isLit := s.literalFrame(fn, fl, fc) // a literal's name in a declared function
		guessed := false                        // the frame may be a function literal's
		if base, ok := strings.CutSuffix(fn, ".func"); ok && isLit && lf.sure && lf.own && s.nextOwnFrame(frames, i, base) {
			// a literal of the lowering's in base (not one the checker
			// recorded), base's own frame after it: Go has none
			callee = inner
			continue
		}
		if base, _, ok := strings.Cut(fn, ".func"); ok && isLit && lf.sure && lf.own && s.forwarderFrame(base, fl, fc) {
			// the lowering's literal forwarding to a method (a method
			// expression's or value's): Go calls the method
			callee = inner
			continue
		}
		if base, _, _ := strings.Cut(fn, ".func"); isLit && lf.sure && lf.own {
			fn = base // its first statement starts with a literal
		} else if base, ok := strings.CutSuffix(fn, ".func"); ok && !(isLit && (lf.sure || lf.d == nil)) && s.cellOf(base) > 0 && !strings.Contains(fn, ".func.") && !nextFrameIs(frames, i, "main."+base) {
			// yaegi names a function's frame by its first statement's
			// node: a function whose first statement calls a function
			// literal of the lowering (panic's) shows as one
			fn, guessed = base, true
		}
		var cur *stmtLits
		if st != nil {
			cur = st.lits
		}
		sv, slit := s.stmtLitFrame(fn, fl, fc, cur)
		var text string
		switch {
		case slit != nil:
			text = s.stmtLitText(sv, slit, innermost, kind, &line, inner)
			callee = frameID{d: sv.d, lit: slit.Name}
		case m[3] == "main" || fn == "":
			top = true
			continue
		case fn == "func" && st != nil && st.checked:
			continue // kernel/check's function literal around the statements
		case isLit && lf.d != nil && (lf.lit != nil || !lf.sure) && fn != "func" && strings.Contains(fn, ".func"):
			// a literal of a function a cell declared: the function's cell,
			// and the line of the innermost frame as for a function
			name, lc := lf.d.Names[0], lf.d.Cell
			if name == cell.MainName {
				name = "main"
			}
			if lf.d.Generic != "" {
				// a literal in a copy of a generic function's instance:
				// Go's name of it, in the cell of the generic function
				name, lc = lf.d.Generic+"[...]", lf.d.GenericCell
			}
			sites := allSites(lf.d, kind) // (somewhere in the function)
			text = "a function literal in " + name
			if lf.lit != nil {
				sites, text = lf.lit.Sites[kind], name+"."+lf.lit.Name
			}
			if innermost && line == 0 && kind != "" && len(sites) == 1 {
				line = sites[0]
			} else if innermost && line == 0 && kind != "" && lf.lit != nil {
				line = s.markedLine(lf.lit.Mark, sites)
			} else if innermost && line == 0 && raiser != "" && lf.lit != nil {
				line = oneLine(lf.lit.Calls[check.CallsCompiled+raiser])
			}
			cl := 0 // the line of its call of the frame inside it
			if lf.lit != nil {
				callee = frameID{d: lf.d, lit: lf.lit.Name}
				if !innermost {
					cl = callLine(lf.lit.Calls, lf.d, inner, nil)
				}
			}
			switch {
			case innermost && line > 0:
				text = fmt.Sprintf("Cell In[%d], line %d, in %s", lc, line, text)
			case cl > 0:
				text = fmt.Sprintf("Cell In[%d], line %d, in %s", lc, cl, text)
			default:
				text = fmt.Sprintf("Cell In[%d], in %s", lc, text)
			}
			if lf.lit != nil && lf.lit.Deferred && !nextFrameIs(frames, i, "main."+frameName(lf.d)) {
				// yaegi v0.16.1 prints no frame for a function whose
				// deferred call panicked: Go's is at its closing brace
				// when it was returning, or at the panic whose deferred
				// calls were running
				e.Traceback = append(append(e.Traceback, text), held...)
				held = nil
				first, last := declLines(lf.d)
				text = fmt.Sprintf("Cell In[%d], in %s", lc, name)
				heldCall := 0 // its call of the frame held, whose panic's deferred calls ran
				if heldInner.d != nil {
					heldCall = callLine(lf.d.Calls, lf.d, heldInner, nil)
				}
				switch {
				case dKnown && !during && last > 0:
					text = fmt.Sprintf("Cell In[%d], line %d, in %s", lc, last, name)
				case dKnown && during && first <= dLine && dLine <= last:
					text = fmt.Sprintf("Cell In[%d], line %d, in %s", lc, dLine, name)
				case dKnown && during && heldCall > 0:
					// the panic was of a frame inside it (held): its call
					text = fmt.Sprintf("Cell In[%d], line %d, in %s", lc, heldCall, name)
				case dKnown && during && dLine == 0:
					// a runtime error the interpreter raised in the
					// function's own body: the one place of its kind
					if dErr != nil {
						if l := siteLine(lf.d, errorKind(dErr)); l > 0 {
							text = fmt.Sprintf("Cell In[%d], line %d, in %s", lc, l, name)
						}
					}
				}
				callee = frameID{d: lf.d}
			}
		case fn == "func" || strings.HasSuffix(fn, ".func"):
			if st != nil && st.wrapped && i+1 < len(frames) && strings.Contains(frames[i+1], ": panic: main(") {
				continue // the session's wrapper of a top-level block
			}
			text = "in a function literal"
		default:
			// yaegi gives the function's first statement, not the one
			// that panicked: the line is what a lowered panic call or
			// index check noted (rt.PanicLine), or the one place in the
			// function a panic of its kind can come from (cell.Decl's
			// Sites), for the innermost frame
			c := 0
			d, unique := s.frameDeclAt(fn, fl, fc)
			if d != nil {
				c, fn = d.Cell, d.Names[0] // a method's is T.M
				if d.Generic != "" {
					// a copy of a generic function's instance: Go's name
					// of it, in the cell of the generic function
					c, fn = d.GenericCell, d.Generic+"[...]"
				}
			}
			if innermost && line > 0 && dKnown && during && d != nil && !inDecl(d, line) {
				// the noted line is not d's: d's frame is of the panic
				// whose deferred call raised this one, printed by yaegi
				// as it unwound before the deferred call ran; Go's is
				// after the deferred call's
				name := strings.Replace(fn, cell.MainName, "main", 1)
				if inDecl(d, dLine) && unique {
					// the panic whose deferred calls ran is d's own
					held = append(held, fmt.Sprintf("Cell In[%d], line %d, in %s", c, dLine, name))
					callee, heldInner = frameID{d: d}, frameID{d: d}
				} else {
					held = append(held, fmt.Sprintf("Cell In[%d], in %s", c, name))
				}
				continue
			}
			if line == 0 && kind != "" && unique && innermost {
				if !guessed {
					line = siteLine(d, kind)
					if line == 0 {
						line = s.markedLine(d.Mark, d.Sites[kind])
					}
					if line == 0 && d.Names[0] == cell.MainName && d.Kind == cell.Func {
						line = s.mainSite(d, kind) // (main's statements say which ran)
					}
				} else if lines := allSites(d, kind); len(lines) == 1 {
					line = lines[0] // (its own frame, or a literal's in it)
				} else if line = s.markedLine(d.Mark, d.Sites[kind]); line == 0 {
					for _, lt := range d.Lits {
						if line = s.markedLine(lt.Mark, lt.Sites[kind]); line > 0 {
							break
						}
					}
				}
			}
			if line == 0 && raiser != "" && unique && innermost && !guessed {
				line = oneLine(d.Calls[check.CallsCompiled+raiser])
			}
			cl := 0 // the line of its call of the frame inside it
			if d != nil && unique && !guessed {
				callee = frameID{d: d}
				if !innermost {
					cl = callLine(d.Calls, d, inner, s.mainRange(d))
					if cl == 0 && heldInner.d != nil && inner.d == d && inner.lit != "" {
						// its deferred literal panicked during the panic
						// of a frame inside it, held: it was calling that
						cl = callLine(d.Calls, d, heldInner, s.mainRange(d))
					}
				}
			}
			if fn == cell.MainName {
				fn = "main"
			}
			text = "in " + fn
			switch {
			case c > 0 && line > 0 && innermost:
				text = fmt.Sprintf("Cell In[%d], line %d, in %s", c, line, fn)
			case c > 0 && cl > 0:
				text = fmt.Sprintf("Cell In[%d], line %d, in %s", c, cl, fn)
			case c > 0:
				text = fmt.Sprintf("Cell In[%d], in %s", c, fn)
			}
			if dd := s.deferrer(d); dd != nil && unique && !guessed && dKnown && !nextFrameIs(frames, i, "main."+frameName(dd)) && !nextFrameIs(frames, i, "main."+frameName(dd)+".func") {
				// d was called by a defer statement of dd, whose frame
				// yaegi v0.16.1 does not print (as for a deferred
				// literal's, above)
				e.Traceback = append(append(e.Traceback, text), held...)
				held = nil
				text = s.deferringFrame(dd, dLine, during, dErr)
				callee = frameID{d: dd}
			}
		}
		if n := len(e.Traceback); e.Traceback[n-1] != text || f == prevFrame {
			// (two of yaegi's frames of one of Go's, the lowering's
			// literal in a function: one; a function calling itself
			// from one place: each)
			e.Traceback = append(e.Traceback, text)
		}
		prevFrame = f
		outer = callee
	}
	if len(held) > 0 {
		// (no deferred call's frame: where yaegi printed them)
		e.Traceback = slices.Insert(e.Traceback, 1, held...)
		outer = frameID{}
	}
	switch {
	case st != nil && st.line > 0:
		l := st.line
		if line >= l && onlyTopLevel(frames, st.wrapped) {
			l = line // a statement nested in it noted its own
		} else if cl := st.callLine(outer); cl > 0 {
			l = cl // its one call that can have made the frame inside
		}
		e.Traceback = append(e.Traceback, fmt.Sprintf("Cell In[%d], line %d", count, l))
	case st != nil && !st.goroutine || top:
		e.Traceback = append(e.Traceback, fmt.Sprintf("Cell In[%d]", count))
	}
	if words != "" {
		e.Traceback = append(e.Traceback, "(yaegi: "+words+")")
	}
	return e
}
