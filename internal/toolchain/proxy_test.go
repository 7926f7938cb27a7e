package toolchain_test

import (
	"archive/zip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A module served by the test's file-system GOPROXY.
type testModule struct {
	path, version string
	files         map[string]string // name -> content; go.mod is added
}

// The modules of the local proxy. Their content must not change without a
// new version: the go command keeps them in the shared module cache.
var testModules = []testModule{
	{"example.com/greet", "v1.0.0", map[string]string{"greet.go": greetSource("hello")}},
	{"example.com/greet", "v1.1.0", map[string]string{"greet.go": greetSource("hi")}},
	{"example.com/needc", "v1.0.0", map[string]string{"needc.go": `package needc

// #include <stdlib.h>
import "C"

// Abs is C's abs.
func Abs(x int) int { return int(C.abs(C.int(x))) }
`}},
}

func greetSource(word string) string {
	return fmt.Sprintf(`// Package greet greets.
package greet

// Word is how greet says hello.
const Word = %q

// Count counts greetings.
var Count int

// Hello greets name.
func Hello(name string) string { Count++; return Word + ", " + name }

// Greeter greets with a word of its own.
type Greeter struct{ Word string }

// Greet greets name.
func (g Greeter) Greet(name string) string { return g.Word + ", " + name }

// Map applies f to each of xs; generic, so not in the export table.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// Box holds a value; generic too.
type Box[T any] struct{ V T }
`, word)
}

// writeProxy writes the test modules as a file-system module proxy and
// returns its GOPROXY value.
func writeProxy(t testing.TB, parent string) string {
	t.Helper()
	dir, err := os.MkdirTemp(parent, "proxy-")
	if err != nil {
		t.Fatal(err)
	}
	versions := map[string][]string{}
	for _, m := range testModules {
		vdir := filepath.Join(dir, m.path, "@v")
		if err := os.MkdirAll(vdir, 0o755); err != nil {
			t.Fatal(err)
		}
		gomod := "module " + m.path + "\n\ngo 1.21\n"
		write := func(name, data string) {
			if err := os.WriteFile(filepath.Join(vdir, name), []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		write(m.version+".mod", gomod)
		write(m.version+".info", fmt.Sprintf(`{"Version":%q,"Time":"2026-01-01T00:00:00Z"}`, m.version))
		f, err := os.Create(filepath.Join(vdir, m.version+".zip"))
		if err != nil {
			t.Fatal(err)
		}
		zw := zip.NewWriter(f)
		files := map[string]string{"go.mod": gomod}
		for k, v := range m.files {
			files[k] = v
		}
		for name, data := range files {
			w, err := zw.Create(m.path + "@" + m.version + "/" + name)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := w.Write([]byte(data)); err != nil {
				t.Fatal(err)
			}
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		versions[m.path] = append(versions[m.path], m.version)
	}
	for path, vs := range versions {
		if err := os.WriteFile(filepath.Join(dir, path, "@v", "list"), []byte(strings.Join(vs, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return "file://" + filepath.ToSlash(dir)
}

// localEnv is the go command's environment for modules of the local proxy.
func localEnv(proxy string) []string {
	return []string{"GOPROXY=" + proxy, "GOSUMDB=off", "GONOSUMDB=example.com", "GOFLAGS=-mod=mod"}
}
