//go:build ignore

// Go by Example's file lessons: a temporary file written with a buffered
// writer and read back with Seek, Read and a line scanner; filepath's
// Join, Dir, Base, Ext and Rel; a directory tree walked with WalkDir; and
// environment variables set, read and looked up.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

type Entry struct {
	Rel   string
	IsDir bool
	Size  int64
}

func (e Entry) String() string {
	if e.IsDir {
		return e.Rel + "/"
	}
	return fmt.Sprintf("%s (%d bytes)", e.Rel, e.Size)
}

//cell

func files() {
	f, err := os.CreateTemp("", "sample-*.txt")
	check(err)
	defer os.Remove(f.Name())
	fmt.Println("temp name has the pattern:", strings.HasPrefix(filepath.Base(f.Name()), "sample-"), filepath.Ext(f.Name()))
	n, err := f.Write([]byte{115, 111, 109, 101, 10})
	check(err)
	fmt.Printf("wrote %d bytes\n", n)
	n3, err := f.WriteString("writes\n")
	check(err)
	fmt.Printf("wrote %d bytes\n", n3)
	w := bufio.NewWriter(f)
	n4, err := w.WriteString("buffered\nlines\n")
	check(err)
	fmt.Printf("wrote %d bytes, %d buffered\n", n4, w.Buffered())
	check(w.Flush())
	check(f.Sync())

	_, err = f.Seek(0, io.SeekStart)
	check(err)
	b1 := make([]byte, 5)
	n1, err := f.Read(b1)
	check(err)
	fmt.Printf("%d bytes: %q\n", n1, b1[:n1])
	o2, err := f.Seek(6, io.SeekStart)
	check(err)
	b2 := make([]byte, 2)
	n2, err := io.ReadAtLeast(f, b2, 2)
	check(err)
	fmt.Printf("%d bytes @ %d: %s\n", n2, o2, b2)
	_, err = f.Seek(0, io.SeekStart)
	check(err)
	sc := bufio.NewScanner(f)
	lines := 0
	for sc.Scan() {
		lines++
		fmt.Printf("line %d: %s\n", lines, sc.Text())
	}
	check(f.Close())
	dat, err := os.ReadFile(f.Name())
	check(err)
	fmt.Println(len(dat), strings.Count(string(dat), "\n"))
	_, err = f.Write([]byte("late"))
	fmt.Println("write after close:", errors.Is(err, os.ErrClosed))
}

//cell

func paths() {
	p := filepath.Join("dir1", "dir2", "filename")
	fmt.Println("p:", p)
	fmt.Println(filepath.Join("dir1//", "filename"))
	fmt.Println(filepath.Join("dir1/../dir1", "filename"))
	fmt.Println("Dir(p):", filepath.Dir(p))
	fmt.Println("Base(p):", filepath.Base(p))
	fmt.Println(filepath.IsAbs("dir/file"), filepath.IsAbs("/dir/file"))
	filename := "config.json"
	ext := filepath.Ext(filename)
	fmt.Println(ext, strings.TrimSuffix(filename, ext))
	rel, err := filepath.Rel("a/b", "a/b/t/file")
	fmt.Println(rel, err)
	rel, err = filepath.Rel("a/b", "a/c/t/file")
	fmt.Println(rel, err)
	_, err = filepath.Rel("/a", "b")
	fmt.Println(err)
	m, _ := filepath.Match("*.go", "main.go")
	fmt.Println(m, filepath.Clean("a/./b/../c/"))
}

//cell

func tree() []Entry {
	dir, err := os.MkdirTemp("", "walk")
	check(err)
	defer os.RemoveAll(dir)
	check(os.MkdirAll(filepath.Join(dir, "sub", "deep"), 0o755))
	for name, body := range map[string]string{
		"a.txt":             "alpha",
		"sub/b.txt":         "bravo!",
		"sub/deep/c.go":     "package c\n",
		"sub/deep/skip.tmp": "x",
	} {
		check(os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(body), 0o644))
	}
	var out []Entry
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if filepath.Ext(path) == ".tmp" {
			return nil
		}
		rel, _ := filepath.Rel(dir, path)
		e := Entry{Rel: filepath.ToSlash(rel), IsDir: d.IsDir()}
		if !d.IsDir() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			e.Size = info.Size()
		}
		out = append(out, e)
		return nil
	})
	check(err)
	entries, err := os.ReadDir(filepath.Join(dir, "sub"))
	check(err)
	for _, e := range entries {
		fmt.Println("in sub:", e.Name(), e.IsDir())
	}
	_, err = os.Stat(filepath.Join(dir, "missing"))
	var pe *fs.PathError
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.As(err, &pe), pe.Op, filepath.Base(pe.Path))
	return out
}

func env() {
	os.Setenv("FOO", "1")
	fmt.Println("FOO:", os.Getenv("FOO"))
	fmt.Println("BAR:", os.Getenv("CELLS_SURELY_UNSET_BAR"))
	v, ok := os.LookupEnv("CELLS_SURELY_UNSET_BAR")
	fmt.Printf("%q %v\n", v, ok)
	os.Setenv("GREETING", "hello")
	fmt.Println(os.ExpandEnv("$GREETING, ${FOO} time"))
	var keys []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if k == "FOO" || k == "GREETING" {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	fmt.Println(keys)
	os.Unsetenv("FOO")
	_, ok = os.LookupEnv("FOO")
	fmt.Println("FOO after Unsetenv:", ok)
}

//cell

func main() {
	files()
	paths()
	for _, e := range tree() {
		fmt.Println(e)
	}
	env()
}
