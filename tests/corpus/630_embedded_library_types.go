//go:build ignore

// Structs that embed the standard library's types and get their methods
// from them: an error with a code around an error, a log that is a
// strings.Builder, a counter locked by an embedded sync.Mutex, an app
// that logs through an embedded *log.Logger. They go to io.Writer,
// fmt.Stringer, sync.Locker, error and the notebook's own interfaces.
package main

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"sync"
)

// CodeErr is an error with an HTTP-like code; its Error is the embedded error's.
type CodeErr struct {
	error
	Code int
}

var ErrGone = &CodeErr{errors.New("gone"), 410}

func fetch(path string) error {
	switch {
	case path == "/old":
		return ErrGone
	case strings.HasPrefix(path, "/tmp"):
		return fmt.Errorf("fetch %s: %w", path, &CodeErr{io.ErrUnexpectedEOF, 502})
	case path == "/teapot":
		return CodeErr{errors.New("i'm a teapot"), 418}
	}
	return nil
}

//cell

// Journal collects lines; it is an io.Writer and a fmt.Stringer through
// its embedded strings.Builder.
type Journal struct {
	strings.Builder
	lines int
}

func (j *Journal) Line(format string, args ...any) {
	j.lines++
	fmt.Fprintf(j, format+"\n", args...)
}

// Counter is safe for concurrent use; Lock and Unlock are sync.Mutex's.
type Counter struct {
	sync.Mutex
	hits map[string]int
}

func (c *Counter) Hit(k string) {
	c.Lock()
	defer c.Unlock()
	c.hits[k]++
}

// Logger is what the app needs to log.
type Logger interface {
	Printf(format string, v ...any)
}

// App logs through an embedded *log.Logger.
type App struct {
	*log.Logger
	Name string
}

func newApp(name string, w io.Writer) *App {
	return &App{log.New(w, name+": ", 0), name}
}

//cell

func report(w io.Writer, paths []string) {
	for _, p := range paths {
		err := fetch(p)
		var ce *CodeErr
		var cv CodeErr
		switch {
		case err == nil:
			fmt.Fprintf(w, "%-8s ok\n", p)
		case errors.As(err, &ce):
			fmt.Fprintf(w, "%-8s %d %v (gone: %t)\n", p, ce.Code, err, errors.Is(err, ErrGone))
		case errors.As(err, &cv):
			fmt.Fprintf(w, "%-8s value %d %v\n", p, cv.Code, cv)
		}
	}
}

func withLock(l sync.Locker, f func()) {
	l.Lock()
	defer l.Unlock()
	f()
}

func main() {
	var j Journal
	report(&j, []string{"/", "/old", "/tmp/x", "/teapot"})
	j.Line("%d paths", 4)
	fmt.Print(j.String())
	fmt.Println("lines:", j.lines, "bytes:", j.Len())
	var s fmt.Stringer = &j
	fmt.Println(strings.Count(s.String(), "\n"))

	c := &Counter{hits: map[string]int{}}
	var wg sync.WaitGroup
	for i := range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Hit([]string{"a", "b", "c"}[i%3])
		}()
	}
	wg.Wait()
	withLock(c, func() { fmt.Println(c.hits) })

	var sink strings.Builder
	var lg Logger = newApp("api", &sink)
	lg.Printf("started %d workers", 3)
	if app, ok := lg.(*App); ok {
		app.Printf("name is %s", app.Name)
	}
	fmt.Print(sink.String())
	fmt.Printf("%T %T\n", lg, s)

	writers := []io.Writer{&j, os.Stdout}
	for _, w := range writers {
		switch v := w.(type) {
		case *Journal:
			fmt.Println("journal with", v.lines, "lines")
		default:
			fmt.Fprintln(v, "stdout")
		}
	}
	err := fetch("/old")
	if ce, ok := err.(*CodeErr); ok && ce == ErrGone {
		fmt.Println("sentinel", ce.Code, err)
	}
}
