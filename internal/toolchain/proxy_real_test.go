package toolchain_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/gofutures/gofutures/internal/toolchain"
)

// A real module, fetched through the module proxy of the environment the
// tests run in (proxy.golang.org unless GOPROXY says otherwise).
func TestRealModuleFromProxy(t *testing.T) {
	b := &toolchain.Builder{Dir: t.TempDir(), CacheDir: filepath.Join(tempDir, "programs"), Self: locateSelf(t)}
	res, err := b.Build(context.Background(), toolchain.Spec{Imports: []string{"github.com/dustin/go-humanize"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("build with go-humanize: %v", res.Elapsed)
	got := runCells(t, res.Path, b.Dir,
		`import "github.com/dustin/go-humanize"`,
		`humanize.Bytes(82854982)`,
		`humanize.Comma(1234567)`,
		`humanize.Ordinal(3)`,
	)
	if want := []string{"", "83 MB", "1,234,567", "3rd"}; !slices.Equal(got, want) {
		t.Errorf("values %q, want %q", got, want)
	}
}
