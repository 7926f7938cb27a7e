//go:build ignore

// Functional options (type Option func(*Server)) with defaults, options
// that return errors, and options built from other options; a query
// builder chained on pointer receivers and an immutable request builder
// chained on value receivers, where each step returns a changed copy.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

//cell

type Server struct {
	host    string
	port    int
	timeout time.Duration
	tls     bool
	tags    map[string]string
	mw      []string
}

type Option func(*Server) error

func WithPort(p int) Option {
	return func(s *Server) error {
		if p <= 0 || p > 65535 {
			return fmt.Errorf("bad port %d", p)
		}
		s.port = p
		return nil
	}
}

func WithTimeout(d time.Duration) Option {
	return func(s *Server) error { s.timeout = d; return nil }
}

func WithTLS() Option { return func(s *Server) error { s.tls = true; return nil } }

func WithTag(k, v string) Option {
	return func(s *Server) error {
		if s.tags == nil {
			s.tags = map[string]string{}
		}
		s.tags[k] = v
		return nil
	}
}

func Preset(opts ...Option) Option {
	return func(s *Server) error {
		for _, o := range opts {
			if err := o(s); err != nil {
				return fmt.Errorf("preset: %w", err)
			}
		}
		return nil
	}
}

//cell

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second}
	var errs []error
	for _, o := range opts {
		if err := o(s); err != nil {
			errs = append(errs, err)
		}
	}
	return s, errors.Join(errs...)
}

func (s *Server) String() string {
	keys := make([]string, 0, len(s.tags))
	for k := range s.tags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var tags []string
	for _, k := range keys {
		tags = append(tags, k+"="+s.tags[k])
	}
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d timeout=%v tags=%v", scheme, s.host, s.port, s.timeout, tags)
}

//cell

type Query struct {
	table  string
	wheres []string
	order  string
	limit  int
	args   []any
}

func From(t string) *Query { return &Query{table: t} }

func (q *Query) Where(cond string, args ...any) *Query {
	q.wheres = append(q.wheres, cond)
	q.args = append(q.args, args...)
	return q
}

func (q *Query) OrderBy(c string) *Query { q.order = c; return q }
func (q *Query) Limit(n int) *Query      { q.limit = n; return q }

func (q *Query) SQL() (string, []any) {
	var b strings.Builder
	fmt.Fprintf(&b, "SELECT * FROM %s", q.table)
	if len(q.wheres) > 0 {
		b.WriteString(" WHERE " + strings.Join(q.wheres, " AND "))
	}
	if q.order != "" {
		b.WriteString(" ORDER BY " + q.order)
	}
	if q.limit > 0 {
		fmt.Fprintf(&b, " LIMIT %d", q.limit)
	}
	return b.String(), q.args
}

//cell

type Request struct {
	Method  string
	Path    string
	Headers [3][2]string
	nh      int
	Body    string
}

func NewRequest() Request { return Request{Method: "GET", Path: "/"} }

func (r Request) WithMethod(m string) Request { r.Method = m; return r }
func (r Request) WithPath(p string) Request   { r.Path = p; return r }
func (r Request) WithHeader(k, v string) Request {
	if r.nh < len(r.Headers) {
		r.Headers[r.nh] = [2]string{k, v}
		r.nh++
	}
	return r
}
func (r Request) WithBody(b string) Request {
	r.Body = b
	return r.WithHeader("Content-Length", fmt.Sprint(len(b)))
}

func (r Request) String() string {
	s := r.Method + " " + r.Path
	for _, h := range r.Headers[:r.nh] {
		s += " [" + h[0] + ": " + h[1] + "]"
	}
	if r.Body != "" {
		s += " " + r.Body
	}
	return s
}

//cell

func main() {
	s, err := NewServer("localhost")
	fmt.Println(s, err)
	prod := Preset(WithTLS(), WithPort(443), WithTag("env", "prod"))
	s, err = NewServer("api.example", prod, WithTimeout(5*time.Second), WithTag("team", "core"))
	fmt.Println(s, err)
	s, err = NewServer("bad", WithPort(0), Preset(WithTag("a", "b"), WithPort(70000)), WithTLS())
	fmt.Println(s)
	fmt.Println(err)

	q := From("users").Where("age > ?", 18).Where("name LIKE ?", "a%").OrderBy("name").Limit(10)
	sql, args := q.SQL()
	fmt.Println(sql, args)
	base := From("orders")
	sql, args = base.Limit(5).SQL()
	fmt.Println(sql, args, base.limit)

	get := NewRequest().WithPath("/items").WithHeader("Accept", "json")
	post := get.WithMethod("POST").WithBody(`{"n":1}`)
	put := post.WithMethod("PUT").WithHeader("X-A", "1").WithHeader("X-B", "2")
	fmt.Println(get)
	fmt.Println(post)
	fmt.Println(put, put.nh)
	fmt.Println(get == NewRequest().WithPath("/items").WithHeader("Accept", "json"), get.Headers == post.Headers)
}
