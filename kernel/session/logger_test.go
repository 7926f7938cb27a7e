package session

import (
	"log"
	"log/slog"
	"os"
	"testing"
)

// log.New gives the whole *log.Logger (SetPrefix too); its Fatal ends
// the cell as os.Exit does.
func TestLoggerMethods(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import (\n\t\"log\"\n\t\"strings\"\n)\nvar b strings.Builder\nl := log.New(&b, \"app: \", 0)\nl.Println(\"a\")\nl.SetPrefix(\"[x] \")\nl.SetFlags(log.Lmsgprefix)\nl.Printf(\"n=%d\", 1)\nfmt.Print(b.String())\nl.Prefix()", "app: a\n[x] n=1\n=> [x] "},
		{"b.Reset()\nl.Fatal(\"bye\")", "error: Exit: os.Exit(1) called"},
		{"fmt.Print(b.String())", "[x] bye\n"},
	})
}

// The log package's functions are the process's default logger, as
// log/slog's default handler sees it (log/slog's SetLogLoggerLevel
// examples): log.SetOutput redirects slog.Info too, slog.SetDefault
// reaches log.Print, log.Fatal ends the cell as os.Exit(1) does.
func TestLogDefaultIsSlogs(t *testing.T) {
	orig := slog.Default() // (the process's: cells set it)
	t.Cleanup(func() {
		slog.SetDefault(orig)
		log.SetOutput(os.Stderr)
		log.SetFlags(log.LstdFlags)
	})
	runCells(t, richOpts(), []cellCase{
		{"import (\n\t\"log\"\n\t\"log/slog\"\n\t\"strings\"\n)\nvar b strings.Builder\nlog.SetFlags(0)\nlog.SetOutput(&b)\nlog.Print(\"log\")\nslog.Info(\"info\", \"k\", 1)\nslog.Debug(\"hidden\")\nfmt.Print(b.String())\nfmt.Println(log.Writer() == log.Default().Writer(), log.Flags())", "log\nINFO info k=1\ntrue 0\n"},
		{"b.Reset()\nslog.SetDefault(slog.New(slog.NewTextHandler(&b, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {\n\tif a.Key == slog.TimeKey {\n\t\treturn slog.Attr{}\n\t}\n\treturn a\n}})))\nlog.Print(\"through slog\")\nfmt.Print(b.String())", "level=INFO msg=\"through slog\"\n"},
		{"b.Reset()\nlog.Fatalf(\"bye %d\", 2)", "error: Exit: os.Exit(1) called"},
		{"fmt.Print(b.String())", "level=INFO msg=\"bye 2\"\n"},
	})
}
