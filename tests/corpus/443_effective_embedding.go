//go:build ignore

// Effective Go's embedding: interfaces embedded in interfaces
// (ReadWriter), structs embedding pointers to other types (a bufio-like
// ReadWriter of *Reader and *Writer), a Job embedding *log.Logger whose
// methods are promoted and called through the field's type name, a method
// on the outer type shadowing the embedded one, the blank identifier for
// interface checks (var _ io.Writer = (*T)(nil)) and init functions.
package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

//cell

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type ReadWriter interface {
	Reader
	Writer
}

type upper struct{ buf bytes.Buffer }

func (u *upper) Write(p []byte) (int, error) {
	return u.buf.Write(bytes.ToUpper(p))
}

func (u *upper) Read(p []byte) (int, error) { return u.buf.Read(p) }

var _ io.Writer = (*upper)(nil)
var _ ReadWriter = (*upper)(nil)

//cell

type LineReader struct{ src *strings.Reader }

func (r *LineReader) Read(p []byte) (int, error) { return r.src.Read(p) }

type CountWriter struct{ n int }

func (w *CountWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	return len(p), nil
}

type Pipe struct {
	*LineReader
	*CountWriter
}

var initOrder []string

func init() { initOrder = append(initOrder, "first init") }

//cell

type Job struct {
	Command string
	*log.Logger
}

func NewJob(command string, logger *log.Logger) *Job {
	return &Job{command, logger}
}

func (job *Job) Printf(format string, args ...any) {
	job.Logger.Printf("%q: %s", job.Command, fmt.Sprintf(format, args...))
}

func init() { initOrder = append(initOrder, "second init") }

//cell

func main() {
	fmt.Println(initOrder)
	var rw ReadWriter = &upper{}
	fmt.Fprintf(rw, "hello %s", "embedding")
	out, _ := io.ReadAll(rw)
	fmt.Println(string(out))

	p := Pipe{&LineReader{strings.NewReader("one\ntwo\n")}, &CountWriter{}}
	var r io.Reader = p
	var w io.Writer = p
	data, _ := io.ReadAll(r)
	fmt.Fprint(w, "twelve bytes")
	fmt.Printf("%q %d %d\n", data, p.n, p.CountWriter.n)

	var logbuf bytes.Buffer
	job := NewJob("build", log.New(&logbuf, "job: ", 0))
	job.Println("starting now")
	job.Printf("step %d of %d", 1, 3)
	job.Logger.Printf("direct %v", true)
	fmt.Print(logbuf.String())
	fmt.Println(job.Prefix(), job.Command)

	std := &Job{"ls", log.New(os.Stdout, "", 0)}
	std.Print("to stdout")
	std.SetPrefix("> ")
	std.Printf("after %s", "SetPrefix")
}
