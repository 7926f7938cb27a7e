package toolchain_test

import (
	"fmt"
	"os"
	"os/exec"
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
	if err := listModuleGraph(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
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

// listModuleGraph puts this module's dependencies and the go.mod files
// of its whole module graph in the module cache, through the
// environment's proxy. The tests' notebook modules require this module
// (replaced by its source tree) and get modules from a local proxy of
// test modules only, or from none (GOPROXY=off): the go command reads
// the rest from the cache, and a fresh machine's cache holds only what
// building the packages tested so far needed (not, for example, the
// go.mod of a dependency of a dependency older than module graph
// pruning).
func listModuleGraph() error {
	self, err := toolchain.LocateSelf()
	if err != nil {
		return err
	}
	for _, args := range [][]string{{"mod", "download"}, {"list", "-m", "all"}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = self.Dir
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go %v in %s: %w\n%s", args, self.Dir, err, out)
		}
	}
	return nil
}
