package supervisor

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// The snapshot directories of kernels that are gone (killed without
// their Close) are removed by the next kernel; those of live kernels and
// other files are left.
func TestSweepSnapshotDirs(t *testing.T) {
	tmp := t.TempDir()
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	gone := filepath.Join(tmp, snapshotDirPrefix+strconv.Itoa(dead.Process.Pid)+"-123")
	live := filepath.Join(tmp, snapshotDirPrefix+strconv.Itoa(os.Getpid())+"-456")
	old := filepath.Join(tmp, snapshotDirPrefix+"789") // a name of before: no pid
	other := filepath.Join(tmp, "gofutures-other-1-2")
	for _, d := range []string{gone, live, old, other} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "cell1.snap"), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	sweepSnapshotDirs(tmp)
	for d, want := range map[string]bool{gone: false, live: true, old: true, other: true} {
		if _, err := os.Stat(d); (err == nil) != want {
			t.Errorf("%s: exists %v, want %v", filepath.Base(d), err == nil, want)
		}
	}
}
