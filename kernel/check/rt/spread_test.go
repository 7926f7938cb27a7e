package rt

import (
	"fmt"
	"testing"
)

// FormatT and FmtSpreadT make each %T of an operand that no other verb
// formats a %s of the name the notebook's function gives (fmt's name
// where it gives ""); a missing operand's %T and one also formatted by
// %v stay.
func TestFormatT(t *testing.T) {
	name := func(x any) string {
		if _, ok := x.(int); ok {
			return "main.ID"
		}
		return ""
	}
	format := "%T %-6T|%[2]v %T %T"
	xs := []any{1, 2.5, "s"}
	got := fmt.Sprintf(FormatT(format, len(xs)), FmtSpreadT(format, xs, &Table{}, name)...)
	if want := "main.ID float64|2.5 string %!T(MISSING)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := FormatT("%T %T", 1); got != "%s %T" {
		t.Errorf("FormatT with a missing operand: %q", got)
	}
}
