// Package testutil holds test helpers shared by the packages of this
// module: golden files, capturing standard output, and the seed
// tutorial's gcd as a cell.
package testutil

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// Golden compares got with testdata/name, or rewrites that file when
// update is set (a package's -update flag).
func Golden(t *testing.T, name string, got []byte, update bool) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file (run with -update if the change is intended)\n got: %.3000s", name, got)
	}
}

// CaptureStdout runs f with os.Stdout redirected to a pipe and returns
// what f wrote. Not for parallel tests.
func CaptureStdout(t *testing.T, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	defer func() { os.Stdout = old }()
	done := make(chan string)
	go func() {
		var buf bytes.Buffer
		_, _ = buf.ReadFrom(r)
		done <- buf.String()
	}()
	f()
	w.Close()
	os.Stdout = old
	return <-done
}

// GCDCell is the seed tutorial's gcd of a pair of numbers, as a cell (of
// declarations, so also a %%compile cell).
const GCDCell = `func gcd(pair [2]int) int {
	a, b := pair[0], pair[1]
	low := a
	if b < low {
		low = b
	}
	for i := low; i > 0; i-- {
		if a%i == 0 && b%i == 0 {
			return i
		}
	}
	return 1
}
`
