package cell

import "strings"

// Offset returns the byte offset of a line and column (1-based, columns
// in bytes) in src, or -1 when src has no such position.
func Offset(src string, line, col int) int {
	start := 0
	for l := 1; l < line; l++ {
		i := strings.IndexByte(src[start:], '\n')
		if i < 0 {
			return -1
		}
		start += i + 1
	}
	end := len(src)
	if i := strings.IndexByte(src[start:], '\n'); i >= 0 {
		end = start + i
	}
	if col < 1 || start+col-1 > end {
		return -1
	}
	return start + col - 1
}

// LineCol returns the line and column (1-based, columns in bytes) of the
// byte offset off in src; an offset past the end is the end.
func LineCol(src string, off int) (line, col int) {
	off = min(off, len(src))
	return 1 + strings.Count(src[:off], "\n"), off - strings.LastIndexByte(src[:off], '\n')
}
