package complete

import (
	"slices"
	"sync"
	"testing"
)

func TestCompleteImportPaths(t *testing.T) {
	for _, c := range []struct {
		code string
		want []string // among the matches
		not  []string // not among them
		from int      // cursor_start
	}{
		{code: `import "enc`, want: []string{"encoding", "encoding/json", "encoding/xml"}, not: []string{"encoding/json/v2", "fmt"}, from: 8},
		{code: `import "math/r`, want: []string{"math/rand", "math/rand/v2"}, not: []string{"math/big"}, from: 8},
		{code: "import (\n\t\"fmt\"\n\tj \"encoding/j", want: []string{"encoding/json"}, from: 20},
		{code: "import (\n\t\"str", want: []string{"strings", "strconv"}, not: []string{"string", "struct"}, from: 11},
		{code: "import (\n\t\"fmt\" // printing\n\t\"str", want: []string{"strings", "strconv"}, not: []string{"string", "struct"}, from: 30}, // after a spec with a comment
		{code: `import "github.com/gofutures/gofutures/ex`, want: []string{"github.com/gofutures/gofutures/executor", "github.com/gofutures/gofutures/executor/cluster"}, from: 8},
		{code: `import "intern`, not: []string{"internal/abi"}, from: 8},
		{code: `import "cmd/`, not: []string{"cmd/go"}, from: 8},
		{code: `import "bu`, want: []string{"bufio"}, not: []string{"builtin"}, from: 8}, // (documentation only)
	} {
		got := Complete(Namespace{}, c.code, runeCount(c.code))
		for _, w := range c.want {
			if !slices.Contains(got.Matches, w) {
				t.Errorf("%q: %q missing from %q", c.code, w, got.Matches)
			}
		}
		for _, w := range c.not {
			if slices.Contains(got.Matches, w) {
				t.Errorf("%q: %q offered", c.code, w)
			}
		}
		if got.CursorStart != c.from || got.CursorEnd != runeCount(c.code) {
			t.Errorf("%q: replaces %d-%d, want %d-%d", c.code, got.CursorStart, got.CursorEnd, c.from, runeCount(c.code))
		}
	}
	// a string that is not an import path completes nothing of the kind
	for _, code := range []string{"import (\n\t\"fmt\"\n)\nx := \"enc", `fmt.Println("enc`} {
		if got := Complete(Namespace{}, code, runeCount(code)); slices.Contains(got.Matches, "encoding") {
			t.Errorf("%q: import paths offered in a string: %q", code, got.Matches)
		}
	}
}

func BenchmarkImportablePaths(b *testing.B) {
	for b.Loop() {
		importablesOnce = sync.Once{}
		importables = nil
		importablePaths()
	}
}
