//go:build ignore

// An HTTP-like router written without net/http: a HandlerFunc function
// type with a method, middleware wrapping handlers, an interface
// embedded in a struct to decorate it, method values registered as
// callbacks, and a response recorder.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Method, Path string
	Header       map[string]string
}

type ResponseWriter interface {
	WriteHeader(code int)
	Write(s string)
}

type Handler interface {
	Serve(w ResponseWriter, r *Request)
}

type HandlerFunc func(w ResponseWriter, r *Request)

func (f HandlerFunc) Serve(w ResponseWriter, r *Request) { f(w, r) }

//cell

type Recorder struct {
	Code int
	Body strings.Builder
}

func (rec *Recorder) WriteHeader(code int) { rec.Code = code }
func (rec *Recorder) Write(s string) {
	if rec.Code == 0 {
		rec.Code = 200
	}
	rec.Body.WriteString(s)
}

// countingWriter decorates any ResponseWriter by embedding it.
type countingWriter struct {
	ResponseWriter
	bytes int
	code  int
}

func (c *countingWriter) Write(s string) {
	c.bytes += len(s)
	c.ResponseWriter.Write(s)
}

func (c *countingWriter) WriteHeader(code int) {
	c.code = code
	c.ResponseWriter.WriteHeader(code)
}

//cell

type Middleware func(Handler) Handler

// NamedHandler is a handler that says its name, for the log.
type NamedHandler interface {
	Handler
	Name() string
}

type named struct {
	Handler
	name string
}

func (n named) Name() string { return n.name }

type Router struct {
	routes map[string]Handler
	mw     []Middleware
	log    []string
}

func NewRouter() *Router { return &Router{routes: map[string]Handler{}} }

func (rt *Router) Handle(method, path string, h Handler) { rt.routes[method+" "+path] = h }

func (rt *Router) HandleFunc(method, path string, f func(ResponseWriter, *Request)) {
	rt.Handle(method, path, HandlerFunc(f))
}

func (rt *Router) Use(m ...Middleware) { rt.mw = append(rt.mw, m...) }

func (rt *Router) Serve(w ResponseWriter, r *Request) {
	h, ok := rt.routes[r.Method+" "+r.Path]
	if !ok {
		h = HandlerFunc(func(w ResponseWriter, r *Request) {
			w.WriteHeader(404)
			w.Write("no route for " + r.Path)
		})
	}
	if nh, ok := h.(NamedHandler); ok {
		rt.log = append(rt.log, "route "+nh.Name())
	}
	for i := len(rt.mw) - 1; i >= 0; i-- {
		h = rt.mw[i](h)
	}
	h.Serve(w, r)
}

//cell

func (rt *Router) logging(next Handler) Handler {
	return HandlerFunc(func(w ResponseWriter, r *Request) {
		cw := &countingWriter{ResponseWriter: w}
		next.Serve(cw, r)
		rt.log = append(rt.log, fmt.Sprintf("%s %s -> %d (%dB)", r.Method, r.Path, cw.code, cw.bytes))
	})
}

func auth(token string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w ResponseWriter, r *Request) {
			if strings.HasPrefix(r.Path, "/admin") && r.Header["Token"] != token {
				w.WriteHeader(401)
				w.Write("unauthorized")
				return
			}
			next.Serve(w, r)
		})
	}
}

// Authorizer decides whether a token may see a path.
type Authorizer interface {
	Allow(token, path string) error
}

type denyAll struct{}

func (denyAll) Allow(string, string) error { return errors.New("denied") }

type tokens map[string]bool

func (t tokens) Allow(token, path string) error {
	if !t[token] {
		return fmt.Errorf("%s: token %q not allowed", path, token)
	}
	return nil
}

type Counter struct{ hits map[string]int }

func (c *Counter) Hit(w ResponseWriter, r *Request) {
	c.hits[r.Path]++
	w.Write(fmt.Sprintf("hit %d", c.hits[r.Path]))
}

//cell

func main() {
	rt := NewRouter()
	c := &Counter{hits: map[string]int{}}
	rt.HandleFunc("GET", "/count", c.Hit)
	rt.HandleFunc("GET", "/hello", func(w ResponseWriter, r *Request) {
		name := r.Header["Name"]
		if name == "" {
			name = "world"
		}
		w.Write("hello, " + name)
	})
	rt.Handle("GET", "/admin/stats", HandlerFunc(func(w ResponseWriter, r *Request) {
		keys := make([]string, 0)
		for k, v := range c.hits {
			keys = append(keys, fmt.Sprintf("%s=%d", k, v))
		}
		sort.Strings(keys)
		w.Write(strings.Join(keys, ","))
	}))
	rt.Handle("GET", "/named", named{HandlerFunc(c.Hit), "counter"})
	rt.Use(rt.logging, auth("s3cret"))

	reqs := []*Request{
		{"GET", "/hello", nil},
		{"GET", "/hello", map[string]string{"Name": "gopher"}},
		{"GET", "/count", nil},
		{"GET", "/count", nil},
		{"POST", "/count", nil},
		{"GET", "/admin/stats", nil},
		{"GET", "/admin/stats", map[string]string{"Token": "s3cret"}},
		{"GET", "/named", nil},
	}
	for _, r := range reqs {
		rec := &Recorder{}
		rt.Serve(rec, r)
		fmt.Printf("%-5s %-13s %d %q\n", r.Method, r.Path, rec.Code, rec.Body.String())
	}
	fmt.Println(strings.Join(rt.log, "\n"))

	var h Handler = HandlerFunc(c.Hit)
	_, isFunc := h.(HandlerFunc)
	_, isRouter := h.(*Router)
	var w ResponseWriter = &countingWriter{ResponseWriter: &Recorder{}}
	w.Write("abc")
	cw := w.(*countingWriter)
	fmt.Println(isFunc, isRouter, cw.bytes, cw.ResponseWriter.(*Recorder).Code, c.hits)
	for _, az := range []Authorizer{denyAll{}, tokens{"s3cret": true}} {
		fmt.Println(az.Allow("s3cret", "/admin"), az.Allow("guess", "/admin"))
	}
	serve := rt.Serve
	rec := &Recorder{}
	serve(rec, &Request{Method: "GET", Path: "/nowhere"})
	fmt.Println(rec.Code, rec.Body.String(), len(rt.log))
}
