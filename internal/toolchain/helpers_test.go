package toolchain_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/gofutures/gofutures/internal/toolchain"
)

func locateSelf(t testing.TB) toolchain.Self {
	t.Helper()
	self, err := toolchain.LocateSelf()
	if err != nil {
		t.Fatal(err)
	}
	if self.Dir == "" {
		t.Fatalf("tests link the source tree they run in, got %+v", self)
	}
	return self
}

// tempDir outlives single tests: the shared program's notebook module
// and cache are in it.
var tempDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "toolchain-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	tempDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
