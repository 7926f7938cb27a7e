package session

import "testing"

// A package is named by its identifier and a period, never inside a
// string or a comment (the lowering writes Go's names of types, such as
// "unique.Handle[string]", in strings).
func TestNamesPackage(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{`h := unique.Make("x")`, true},
		{"x := unique .Make(1)", true},
		{`return "unique.Handle[string]"`, false},
		{"// unique.Make\nx := 1", false},
		{"/* unique.Make */ y := uniqueness.N", false},
		{"x := myunique.Make(1)", false},
		{"v := s.unique", false},
	} {
		if got := namesPackage(tc.src, "unique"); got != tc.want {
			t.Errorf("namesPackage(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}
