package session

import "testing"

// os.Exit in a cell ends the cell as Go's os.Exit ends the program: no
// deferred call runs, nor anything after it; the exit code is the
// error's, and the notebook keeps its values (yaegi's os.Exit, a panic
// the session caught, ran the deferred calls as it unwound). os.Exit in
// a goroutine the cell started ends the interpreter process
// (tests/test_kernel.py's crashes).
func TestExitRunsNoDeferredCalls(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import (\n\t\"fmt\"\n\t\"os\"\n\t\"time\"\n)\nfunc leave(code int) {\n\tdefer fmt.Println(\"deferred: not printed\")\n\tdefer func() { fmt.Println(\"literal: not printed\", recover()) }()\n\tfmt.Println(\"leaving\")\n\tos.Exit(code)\n\tfmt.Println(\"after: not printed\")\n}\nx := 1", ""},
		{"x = 2\ndefer fmt.Println(\"cell's deferred: not printed\")\nleave(4)\nx = 3", "leaving\nerror: Exit: os.Exit(4) called"},
		{"fmt.Println(x)", "2\n"},
		{"func main() {\n\tdefer fmt.Println(\"main's deferred: not printed\")\n\tos.Exit(0)\n}", "error: Exit: os.Exit(0) called"},
		{"x++\nx", "=> 3"},
	})
}
