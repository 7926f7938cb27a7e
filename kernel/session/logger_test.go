package session

import "testing"

// log.New gives the whole *log.Logger (SetPrefix too); its Fatal ends
// the cell as os.Exit does.
func TestLoggerMethods(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import (\n\t\"log\"\n\t\"strings\"\n)\nvar b strings.Builder\nl := log.New(&b, \"app: \", 0)\nl.Println(\"a\")\nl.SetPrefix(\"[x] \")\nl.SetFlags(log.Lmsgprefix)\nl.Printf(\"n=%d\", 1)\nfmt.Print(b.String())\nl.Prefix()", "app: a\n[x] n=1\n=> [x] "},
		{"b.Reset()\nl.Fatal(\"bye\")", "error: Exit: os.Exit(1) called"},
		{"fmt.Print(b.String())", "[x] bye\n"},
	})
}
