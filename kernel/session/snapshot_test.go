package session

import (
	"encoding/json"
	"testing"

	"github.com/gofutures/gofutures/kernel/cell"
)

func TestDeclSnapshot(t *testing.T) {
	var s DeclSnapshot
	if gen, data := s.Declarations(); gen != 0 || string(data) != "[]" {
		t.Fatalf("empty snapshot = %d %s, want 0 []", gen, data)
	}
	sess := New(Options{OnDecls: s.Record})
	if _, err := sess.Execute(t.Context(), "func f() int { return 1 }", 1); err != nil {
		t.Fatal(err)
	}
	gen1, data := s.Declarations()
	var decls []*cell.Decl
	if err := json.Unmarshal(data, &decls); err != nil {
		t.Fatal(err)
	}
	if gen1 == 0 || len(decls) != 1 || decls[0].Names[0] != "f" {
		t.Fatalf("after func f: gen %d decls %s", gen1, data)
	}
	if _, err := sess.Execute(t.Context(), "func g() int { return 2 }", 2); err != nil {
		t.Fatal(err)
	}
	if gen2, _ := s.Declarations(); gen2 <= gen1 {
		t.Fatalf("generation did not advance: %d then %d", gen1, gen2)
	}
}
