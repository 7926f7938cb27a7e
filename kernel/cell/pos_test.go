package cell

import "testing"

func TestOffsetAndLineCol(t *testing.T) {
	src := "ab\n\ncde\nf"
	for _, c := range []struct{ line, col, off int }{
		{1, 1, 0}, {1, 3, 2}, {2, 1, 3}, {3, 2, 5}, {3, 4, 7}, {4, 1, 8}, {4, 2, 9},
	} {
		if got := Offset(src, c.line, c.col); got != c.off {
			t.Errorf("Offset(%d, %d) = %d, want %d", c.line, c.col, got, c.off)
		}
		if l, col := LineCol(src, c.off); l != c.line || col != c.col {
			t.Errorf("LineCol(%d) = %d, %d, want %d, %d", c.off, l, col, c.line, c.col)
		}
	}
	for _, c := range []struct{ line, col int }{{1, 0}, {1, 4}, {2, 2}, {5, 1}} {
		if got := Offset(src, c.line, c.col); got != -1 {
			t.Errorf("Offset(%d, %d) = %d, want -1", c.line, c.col, got)
		}
	}
	if l, col := LineCol(src, 100); l != 4 || col != 2 {
		t.Errorf("LineCol past the end = %d, %d, want 4, 2", l, col)
	}
}
