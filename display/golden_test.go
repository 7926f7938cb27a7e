package display_test

import (
	"flag"
	"testing"

	"github.com/gofutures/gofutures/internal/testutil"
)

// updating reports whether -update was given; the flag is declared in
// live_test.go (package display), which shares this test binary.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	testutil.Golden(t, name, got, updating())
}
