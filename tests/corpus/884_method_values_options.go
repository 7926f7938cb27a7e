//go:build ignore

// Methods as values: a method value bound to a value receiver copies it
// at evaluation, one bound to a pointer sees later changes, method
// expressions (T.M and (*T).M) as plain functions, function types with
// methods (a HandlerFunc-style adapter), functional options, range over
// an integer of a named type, per-iteration loop variables captured by
// closures, and range over an array copy versus a pointer to it.
package main

import (
	"fmt"
	"sort"
	"strings"
)

//cell

type Counter struct {
	name string
	n    int
}

func (c Counter) Show() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Inc()        { c.n++ }

type Handler interface {
	Serve(req string) string
}

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(req string) string { return f(req) }

type Mux struct {
	routes map[string]Handler
}

func (m *Mux) Handle(p string, h Handler) { m.routes[p] = h }
func (m *Mux) HandleFunc(p string, f func(string) string) {
	m.Handle(p, HandlerFunc(f))
}
func (m *Mux) Serve(req string) string {
	path, _, _ := strings.Cut(req, "?")
	if h, ok := m.routes[path]; ok {
		return h.Serve(req)
	}
	return "404 " + path
}

//cell

type Server struct {
	host    string
	port    int
	tls     bool
	tags    []string
	timeout int
}

type Option func(*Server)

func WithPort(p int) Option { return func(s *Server) { s.port = p } }
func WithTLS() Option       { return func(s *Server) { s.tls = true; s.port = 443 } }
func WithTags(t ...string) Option {
	return func(s *Server) { s.tags = append(s.tags, t...) }
}

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80, timeout: 30}
	for _, o := range opts {
		o(s)
	}
	return s
}

func (s Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d %v t=%d", scheme, s.host, s.port, s.tags, s.timeout)
}

type Level int

func (l Level) String() string { return [...]string{"debug", "info", "warn", "error"}[l] }

//cell

func main() {
	c := Counter{name: "hits"}
	show := c.Show
	inc := c.Inc
	inc()
	inc()
	fmt.Println(show(), c.Show(), c.n)
	p := &c
	showP := p.Show
	p.Inc()
	fmt.Println(showP(), p.Show())

	showExpr := Counter.Show
	incExpr := (*Counter).Inc
	incExpr(&c)
	fmt.Println(showExpr(c), showExpr(Counter{"x", 9}))
	fns := map[string]func(Counter) string{"show": Counter.Show, "upper": func(c Counter) string { return strings.ToUpper(c.Show()) }}
	names := make([]string, 0, len(fns))
	for k := range fns {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Print(fns[k](c), " ")
	}
	fmt.Println()

	mux := &Mux{routes: map[string]Handler{}}
	mux.HandleFunc("/hello", func(r string) string { return "hello, " + r })
	mux.Handle("/count", HandlerFunc(func(string) string { c.Inc(); return c.Show() }))
	var h Handler = mux
	for _, r := range []string{"/hello?name=go", "/count", "/count", "/missing"} {
		fmt.Println(h.Serve(r))
	}

	fmt.Println(NewServer("localhost"))
	fmt.Println(NewServer("example.com", WithTLS(), WithTags("a", "b"), WithTags("c")))
	opts := []Option{WithPort(8080)}
	opts = append(opts, func(s *Server) { s.timeout *= 2 })
	fmt.Println(*NewServer("api", opts...))

	for l := range Level(4) {
		fmt.Printf("%d:%v:%T ", l, l, l)
	}
	fmt.Println()

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("copy sees", v)
		}
	}
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("pointer sees", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl = append(sl, 4)
			sl[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(sl))
	m := map[string]Counter{"a": {"a", 1}}
	cp := m["a"]
	cp.Inc()
	fmt.Println(m["a"].n, cp.n, m["a"].Show())
	bound := m["a"].Show
	m["a"] = Counter{"a", 50}
	fmt.Println(bound(), m["a"].Show())
}
