//go:build ignore

// os and path/filepath: files in a temporary directory, removed afterwards.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

//cell

func main() {
	dir, err := os.MkdirTemp("", "corpus")
	check(err)
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "dat1.txt")
	check(os.WriteFile(p, []byte("hello\ngo\n"), 0o644))
	data, err := os.ReadFile(p)
	check(err)
	fmt.Print(string(data))
	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	check(err)
	n, err := f.WriteString("appended\n")
	check(err)
	f.Close()
	fmt.Println("wrote", n)
	fi, err := os.Stat(p)
	check(err)
	fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode().Perm())
	check(os.MkdirAll(filepath.Join(dir, "sub", "deeper"), 0o755))
	check(os.WriteFile(filepath.Join(dir, "sub", "x.go"), nil, 0o600))
	var found []string
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		found = append(found, filepath.ToSlash(rel))
		return nil
	})
	sort.Strings(found)
	fmt.Println(found)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	_, err = os.Stat(filepath.Join(dir, "missing"))
	fmt.Println(errors.Is(err, os.ErrNotExist))
	fmt.Println(filepath.Base("/a/b.txt"), filepath.Ext("x.tar.gz"), filepath.Dir("/a/b/c"), filepath.Clean("a//b/../c"))
	m, _ := filepath.Match("*.go", "main.go")
	fmt.Println(m, filepath.IsAbs(dir))
	os.Setenv("CORPUS_VAR", "set")
	fmt.Println(os.Getenv("CORPUS_VAR"), os.ExpandEnv("v=$CORPUS_VAR"))
	v, ok := os.LookupEnv("CORPUS_UNSET_VAR")
	fmt.Printf("%q %v\n", v, ok)
}
