package session

import "testing"

// yaegi v0.16.1 loses variables declared inside blocks of top-level
// statements (#1053); the session runs those statements in a function.
func TestTopLevelBlocks(t *testing.T) {
	s := New(Options{})
	value(t, s, "func f(i int) (int, error) { return i * 2, nil }", 1)
	for i, c := range []struct{ code, want string }{
		{"total := 0\nfor i := 0; i < 3; i++ {\n\tr, _ := f(i)\n\ttotal += r\n}\ntotal", "6"},
		{"n := 0\nfor n < 3 {\n\tv, _ := f(n)\n\tn++\n\t_ = v\n}\nn", "3"},
		{"k := 0\nfor j := 0; j < 3; j++ {\n\tj := j\n\tk += j\n}\nk", "3"},
		{"x := 5\nif true {\n\tx := 7\n\t_ = x\n}\nx", "5"},
		{"sum := 0\nfor _, v := range []int{1, 2, 3} {\n\tif v == 2 {\n\t\tcontinue\n\t}\n\tsum += v\n}\nsum", "4"},
		{"outer:\nfor a := 0; a < 3; a++ {\n\tfor b := 0; b < 3; b++ {\n\t\tif b == 1 {\n\t\t\tcontinue outer\n\t\t}\n\t\tsum += 10\n\t}\n}\nsum", "34"},
		{"switch y := 2; y {\ncase 2:\n\tz := y * 2\n\tsum += z\n}\nsum", "38"},
		// a statement starting with func runs once, not on every later cell
		{"func() { sum++ }()\nsum", "39"},
		{"sum", "39"},
	} {
		if got := value(t, s, c.code, i+2); got != c.want {
			t.Errorf("%q = %s, want %s", c.code, got, c.want)
		}
	}
}
