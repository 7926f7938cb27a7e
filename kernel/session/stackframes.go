package session

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

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

// initFunc matches the names of the functions the lowering makes of
// package-level variables' initializers (gofuturesInit7), which are no
// frames of the notebook's.
var initFunc = regexp.MustCompile(`^gofuturesInit[0-9]+$`)
