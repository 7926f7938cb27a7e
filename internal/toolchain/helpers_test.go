package toolchain_test

import (
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
