package toolchain

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// The cache keeps the most recently used programs and every program held,
// however old.
func TestPruneKeepsRecentAndHeld(t *testing.T) {
	b := &Builder{CacheDir: t.TempDir()}
	n := KeepPrograms + 3
	dirs := make([]string, n)
	for i := range dirs {
		dirs[i] = filepath.Join(b.CacheDir, fmt.Sprintf("p%02d", i))
		if err := os.MkdirAll(dirs[i], 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dirs[i], programName), []byte("x"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	release, err := (&Result{Path: filepath.Join(dirs[0], programName)}).Hold()
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	for i, d := range dirs {
		when := time.Now().Add(time.Duration(i-n) * time.Hour) // p00 oldest
		if err := os.Chtimes(d, when, when); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.prune(); err != nil {
		t.Fatal(err)
	}
	for i, d := range dirs {
		want := i == 0 || i >= n-KeepPrograms
		if got := fileExists(d); got != want {
			t.Errorf("%s exists %v, want %v", filepath.Base(d), got, want)
		}
	}
}
