package toolchain_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/gofutures/gofutures/internal/toolchain"
)

// A kernel builds the program its interpreter runs when a cell imports a
// third-party package, and reports progress in the cell.
func ExampleBuilder_Build() {
	self, err := toolchain.LocateSelf()
	if err != nil {
		fmt.Println(err)
		return
	}
	dir, _ := toolchain.NotebookDir("/home/me/analysis.ipynb")
	cache, _ := toolchain.CacheDir()
	b := &toolchain.Builder{Dir: dir, CacheDir: cache, Self: self,
		Progress: func(p toolchain.Progress) { fmt.Println(p) }}
	res, err := b.Build(context.Background(), toolchain.Spec{
		Imports:  []string{"github.com/dustin/go-humanize"},
		Compiled: []toolchain.Cell{{Name: "In[2]", Line: 2, Source: "func square(x int) int { return x * x }\n"}},
	})
	switch {
	case errors.Is(err, toolchain.ErrOffline):
		fmt.Println(err) // says how to fix it
	case err != nil:
		fmt.Println(err)
	default:
		fmt.Println("start the interpreter with", res.Path, "interpreter")
	}
}
