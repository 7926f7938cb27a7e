package session

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/gofutures/gofutures/kernel/ipc"
)

// The count of interpreted goroutines before a cell is spared only when
// the count after the last cell found none and no goroutine started
// since: a callback a cell left for later (time.AfterFunc) that runs
// between cells is counted. (The count is the process's: the test runs
// in a process of its own, where no other test's goroutines run.)
func TestGoroutinesAtStart(t *testing.T) {
	if os.Getenv("GOFUTURES_TEST_ALONE") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestGoroutinesAtStart$", "-test.v")
		cmd.Env = append(os.Environ(), "GOFUTURES_TEST_ALONE=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return
	}
	srv := &Server{sess: New(Options{KeepValues: true, SnapshotDir: t.TempDir()})}
	run := func(code string, count int) {
		t.Helper()
		if _, err := srv.sess.Execute(context.Background(), code, count); err != nil {
			t.Fatal(err)
		}
		srv.taint(ipc.Request{Op: ipc.OpExecute, Code: code, Count: count})
	}
	srv.goroutinesBefore = srv.goroutinesAtStart()
	run("import (\"os\"; \"time\")\nn := 0", 1)
	if !srv.quiet {
		t.Fatal("no goroutine runs interpreted code, and the count after the cell did not say so")
	}
	if n := srv.goroutinesAtStart(); n != 0 {
		t.Fatalf("before cell 2: %d", n)
	}
	// The callback and the test talk through the environment (locked):
	// interpreted code running while a cell is evaluated races with the
	// evaluation on yaegi's frames, so no cell runs while it does.
	t.Setenv("GOFUTURES_TEST_CB", "")
	t.Setenv("GOFUTURES_TEST_STOP", "")
	run("time.AfterFunc(50*time.Millisecond, func() {\n\tos.Setenv(\"GOFUTURES_TEST_CB\", \"running\")\n\tfor os.Getenv(\"GOFUTURES_TEST_STOP\") == \"\" {\n\t\ttime.Sleep(time.Millisecond)\n\t}\n\tos.Setenv(\"GOFUTURES_TEST_CB\", \"done\")\n})", 2)
	if !srv.quiet {
		t.Fatal("the callback runs already")
	}
	waitEnv := func(want string) {
		t.Helper()
		for end := time.Now().Add(20 * time.Second); os.Getenv("GOFUTURES_TEST_CB") != want; time.Sleep(time.Millisecond) {
			if time.Now().After(end) {
				t.Fatalf("the callback did not say %q", want)
			}
		}
	}
	waitEnv("running") // it runs, between cells
	if n := srv.goroutinesAtStart(); n != 1 {
		t.Fatalf("the callback running between cells was counted as %d", n)
	}
	os.Setenv("GOFUTURES_TEST_STOP", "1")
	waitEnv("done")
	time.Sleep(100 * time.Millisecond) // (its goroutine returns)
	run("_ = n", 3)
	if !srv.quiet || srv.goroutinesAtStart() != 0 {
		t.Fatalf("after the callback ended: quiet %v", srv.quiet)
	}
	srv.sess.opts.SnapshotDir = ""
	srv.quiet = false
	if n := srv.goroutinesAtStart(); n != 0 {
		t.Fatalf("snapshots off: %d", n)
	}
}
