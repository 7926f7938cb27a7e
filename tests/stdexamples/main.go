// Command stdexamples turns the standard library's runnable examples
// (GOROOT/src/**/example*_test.go, external test packages) into programs
// and notebooks, for tests/test_stdlib_examples.py: Go's own examples are
// a corpus of ordinary Go that no one wrote for this kernel. Nothing of
// Go's source is kept in the repository; the examples are read from the
// toolchain installed at run time.
//
// The examples are those go test runs (with an output comment). For each
// example file it writes, under the output directory, a folder
// with prog.go (the file as package main) and main_gen.go (a main that
// runs the example named by its argument), and an entry of index.json:
// the cells a notebook user would write (the imports and the file's other
// declarations in one cell, then each example's function, then a call of
// it). Examples without an output comment are declarations like any
// other.
//
// Usage:
//
//	go run ./tests/stdexamples -out DIR
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"io/fs"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// file is one example file as index.json lists it.
type file struct {
	Name     string    `json:"name"`     // the folder's name, from the file's path
	Dir      string    `json:"dir"`      // the folder
	Decls    string    `json:"decls"`    // the first cell: imports and other declarations
	Examples []example `json:"examples"` // in the file's order
}

type example struct {
	Name      string `json:"name"`      // e.g. ExampleReplacer
	Decl      string `json:"decl"`      // its declaration, a cell
	Unordered bool   `json:"unordered"` // its output's lines may come in any order
}

func main() {
	out := flag.String("out", "", "directory to write the programs and index.json into")
	flag.Parse()
	if *out == "" {
		log.Fatal("stdexamples: -out is required")
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		log.Fatalf("stdexamples: go env GOROOT: %v", err)
	}
	src := filepath.Join(strings.TrimSpace(string(goroot)), "src")
	paths, err := exampleFiles(src)
	if err != nil {
		log.Fatal(err)
	}
	var files []file
	for _, p := range paths {
		f, err := convert(src, p, *out)
		if err != nil {
			log.Fatal(err)
		}
		if f != nil {
			files = append(files, *f)
		}
	}
	b, err := json.MarshalIndent(files, "", " ")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*out, "index.json"), b, 0o644); err != nil {
		log.Fatal(err)
	}
}

// exampleFiles lists the example files of the public packages under src.
func exampleFiles(src string) ([]string, error) {
	var paths []string
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "internal", "vendor", "testdata", "cmd":
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), "example") && strings.HasSuffix(d.Name(), "_test.go") {
			paths = append(paths, p)
		}
		return nil
	})
	slices.Sort(paths)
	return paths, err
}

// convert writes the program of one example file and returns its entry,
// or nil when it is not an external test package with examples.
func convert(src, path, out string) (*file, error) {
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, text, parser.ParseComments)
	if err != nil || !strings.HasSuffix(f.Name.Name, "_test") {
		return nil, nil // (a file of the package itself sees its unexported names)
	}
	off := func(p token.Pos) int { return fset.Position(p).Offset }
	// the examples go test runs: those with an output comment
	run := map[string]*doc.Example{}
	for _, e := range doc.Examples(f) {
		if e.Output != "" || e.EmptyOutput {
			run["Example"+e.Name] = e
		}
	}
	rel, _ := filepath.Rel(src, path)
	name := strings.NewReplacer("/", "_", ".go", "").Replace(rel)
	entry := &file{Name: name, Dir: filepath.Join(out, name)}
	var decls []string
	for _, d := range f.Decls {
		text := string(text[off(d.Pos()):off(d.End())])
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && strings.HasPrefix(fd.Name.Name, "Example") {
			if e := run[fd.Name.Name]; e != nil {
				entry.Examples = append(entry.Examples, example{Name: fd.Name.Name, Decl: text, Unordered: e.Unordered})
				continue
			}
		}
		decls = append(decls, text)
	}
	if len(entry.Examples) == 0 {
		return nil, nil
	}
	entry.Decls = strings.Join(decls, "\n\n")
	var m strings.Builder
	m.WriteString("package main\n\nimport \"os\"\n\nfunc main() {\n\tswitch os.Args[1] {\n")
	for _, e := range entry.Examples {
		fmt.Fprintf(&m, "\tcase %q:\n\t\t%s()\n", e.Name, e.Name)
	}
	m.WriteString("\t}\n}\n")
	prog := "package main" + string(text[off(f.Name.End()):])
	if err := os.MkdirAll(entry.Dir, 0o755); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(entry.Dir, "prog.go"), []byte(prog), 0o644); err != nil {
		return nil, err
	}
	return entry, os.WriteFile(filepath.Join(entry.Dir, "main_gen.go"), []byte(m.String()), 0o644)
}
