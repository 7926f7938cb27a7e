package session

import "testing"

// A panic a compiled function raised (strings.Repeat's negative count)
// in a cell's func main that calls it in two of its statements names the
// line of the call in the statement that was running.
func TestPanicLineCompiledRaiserInMainStatement(t *testing.T) {
	s := New(richOpts())
	panicCells(t, s, "import (\n\t\"fmt\"\n\t\"strings\"\n)", []panicCase{
		{"func main() {\n\tn := 2\n\tfmt.Println(strings.Repeat(\"ab\", n))\n\tn -= 5\n\tfmt.Println(strings.Repeat(\"ab\", n))\n}", []string{
			"panic: strings: negative Repeat count", "Cell In[2], line 5, in main", "Cell In[2]"}},
	})
}
