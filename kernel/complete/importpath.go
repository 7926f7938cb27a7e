package complete

import (
	"go/build"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/gofutures/gofutures"
)

// importPathAt returns the part of an import path typed before off, when
// off is inside the quotes of an import (import "enc, or a line of an
// import block), and where that part starts.
func importPathAt(code string, off int) (prefix string, start int, ok bool) {
	lineStart := strings.LastIndexByte(code[:off], '\n') + 1
	line := code[lineStart:off]
	q := strings.IndexByte(line, '"')
	if q < 0 || strings.Count(line, `"`) != 1 {
		return "", 0, false // not inside a quoted path
	}
	before, typed := line[:q], line[q+1:]
	switch {
	case importLine.MatchString(before):
	case importSpec.MatchString(before) && inImportBlock(code[:lineStart]):
	default:
		return "", 0, false
	}
	return typed, lineStart + q + 1, true
}

var (
	// importLine is what goes before the path on a line of its own
	// import: `import "`, `import name "`.
	importLine = regexp.MustCompile(`^\s*import\s+(?:[\p{L}_][\p{L}\p{N}_]*\s+|\.\s+)?$`)
	// importSpec is what goes before the path in an import block.
	importSpec = regexp.MustCompile(`^\s*(?:import\s*\(\s*)?(?:[\p{L}_][\p{L}\p{N}_]*\s+|\.\s+)?$`)
)

// inImportBlock reports whether code (the lines before the cursor's)
// ends inside an import ( ... ) block.
func inImportBlock(code string) bool {
	lines := strings.Split(code, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if c := strings.Index(l, "//"); c > 0 && strings.Count(l[:c], `"`)%2 == 0 {
			l = strings.TrimSpace(l[:c]) // a spec's comment: "fmt" // printing
		}
		switch {
		case strings.HasPrefix(l, "import") && strings.Contains(l, "("):
			return !strings.Contains(l, ")")
		case strings.Contains(l, ")"):
			return false
		case l == "" || strings.HasPrefix(l, "//") || strings.HasSuffix(l, `"`):
			continue
		default:
			return false
		}
	}
	return false
}

var (
	importablesOnce sync.Once
	importables     []string
)

// importablePaths lists, sorted, the packages a cell can import without
// fetching a module: the standard library's (from GOROOT's sources,
// without internal, vendored and command packages, nor builtin) and gofutures' own.
func importablePaths() []string {
	importablesOnce.Do(func() {
		seen := map[string]bool{}
		collect := func(fsys fs.FS, prefix string) {
			_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
				if err != nil {
					return nil
				}
				name := d.Name()
				if d.IsDir() {
					if p != "." && (name == "internal" || name == "vendor" || name == "testdata" ||
						strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || prefix == "" && p == "cmd") {
						return fs.SkipDir
					}
					return nil
				}
				if strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") {
					seen[path.Join(prefix, path.Dir(p))] = true
				}
				return nil
			})
		}
		collect(os.DirFS(filepath.Join(runtime.GOROOT(), "src")), "")
		collect(gofutures.LibrarySources(), strings.TrimSuffix(modulePrefix, "/"))
		delete(seen, ".")
		delete(seen, "builtin") // documentation, not a package to import
		delete(seen, strings.TrimSuffix(modulePrefix, "/"))
		for p := range seen {
			importables = append(importables, p)
		}
		sort.Strings(importables)
	})
	return importables
}

var buildableCache sync.Map // import path -> bool

// buildable reports whether this build takes a file of the package at
// path: not encoding/json/v2 without GOEXPERIMENT=jsonv2. It reads the
// package's files' headers once.
func buildable(path string) bool {
	if strings.HasPrefix(path, modulePrefix) {
		return true
	}
	if ok, found := buildableCache.Load(path); found {
		return ok.(bool)
	}
	_, err := build.Default.ImportDir(filepath.Join(runtime.GOROOT(), "src", path), 0)
	buildableCache.Store(path, err == nil)
	return err == nil
}

// completeImportPath completes the import path typed so far: the
// packages whose paths start with it.
func completeImportPath(code string, off int, typed string, start int) Completion {
	var matches []string
	types := []Match{}
	for _, p := range importablePaths() {
		if strings.HasPrefix(p, typed) && buildable(p) {
			matches = append(matches, p)
			types = append(types, Match{Text: p, Type: "module", Start: runeCount(code[:start]), End: runeCount(code[:off])})
		}
	}
	return Completion{Matches: nonNil(matches), CursorStart: runeCount(code[:start]), CursorEnd: runeCount(code[:off]), Types: types}
}
