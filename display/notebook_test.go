package display_test

import (
	"encoding/json"
	"go/parser"
	"os"
	"strings"
	"testing"

	"github.com/gofutures/gofutures/display"
)

// TestNotebookRunsInYaegi evaluates every code cell of
// notebooks/display.ipynb in a yaegi interpreter set up like the kernel's,
// rendering cells that are a single expression through Glue, and checks
// that each cell runs and each output is the kind it should be.
func TestNotebookRunsInYaegi(t *testing.T) {
	if testing.Short() {
		t.Skip("takes about 10 s")
	}
	rec := &recorder{}
	defer display.SetPublisher(display.SetPublisher(rec))
	data, err := os.ReadFile("../notebooks/display.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	var nb struct {
		Cells []struct {
			Type   string `json:"cell_type"`
			Source string `json:"source"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(data, &nb); err != nil {
		t.Fatal(err)
	}
	i := newInterp(t)
	results := map[string]display.Bundle{}
	for _, c := range nb.Cells {
		if c.Type != "code" {
			continue
		}
		src := c.Source
		if _, err := parser.ParseExpr(src); err == nil && !strings.HasPrefix(src, "display.Display(") && !strings.HasPrefix(src, "go ") {
			results[src] = trailing(t, i, src)
			continue
		}
		if _, err := i.Eval(src); err != nil {
			t.Errorf("cell %.60q: %v", src, err)
		}
	}
	want := map[string]string{ // cell prefix -> MIME type its result must have
		"display.HTML":     "text/html",
		"display.Markdown": "text/markdown",
		"display.LaTeX":    "text/latex",
		"display.SVG":      "image/svg+xml",
		"display.JSON":     "application/json",
		"display.Image":    "image/png",
		"display.MIME":     "text/html",
		"Temperature":      "text/html",
		"tbl.Log()":        "image/svg+xml",
		"cmp":              "image/svg+xml",
	}
	for src, b := range results {
		for prefix, mime := range want {
			if strings.HasPrefix(src, prefix) && b.Data[mime] == nil {
				t.Errorf("%.40q: no %s in %v", src, mime, b.Data["text/plain"])
			}
		}
		if b.IsError() != strings.HasPrefix(src, "Fragile") {
			t.Errorf("%.40q: error bundle %v: %v", src, b.IsError(), b.Data["text/plain"])
		}
	}
	var table string
	for _, m := range rec.all() {
		if s, _ := m.Data["text/plain"].(string); strings.HasPrefix(s, "gcd over 100,000 pairs") {
			table = s
		}
	}
	if !strings.Contains(table, "100,000 of 100,000 finished") {
		t.Errorf("live table did not end in its final state: %.200q", table)
	}
}
