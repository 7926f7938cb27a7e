package rt

import "testing"

func TestPanicLine(t *testing.T) {
	if v := Panic(7, "boom"); v != "boom" {
		t.Fatalf("Panic returned %v", v)
	}
	if l := PanicLine("other"); l != 0 {
		t.Errorf("line %d for another panic", l)
	}
	Panic(7, "boom")
	if l := PanicLine("boom"); l != 7 {
		t.Errorf("line %d, want 7", l)
	}
	if l := PanicLine("boom"); l != 0 {
		t.Errorf("line %d after it was read", l)
	}
}
