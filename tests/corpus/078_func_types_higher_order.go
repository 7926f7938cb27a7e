//go:build ignore

// Function types: middleware chains, function composition, functional options.
package main

import (
	"fmt"
	"strings"
)

type Transform func(string) string

func Chain(ts ...Transform) Transform {
	return func(s string) string {
		for _, t := range ts {
			s = t(s)
		}
		return s
	}
}

//cell

type Server struct {
	host    string
	port    int
	verbose bool
}

type Option func(*Server)

func WithPort(p int) Option { return func(s *Server) { s.port = p } }
func Verbose() Option       { return func(s *Server) { s.verbose = true } }

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80}
	for _, o := range opts {
		o(s)
	}
	return s
}

//cell

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

//cell

func main() {
	t := Chain(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(t("  hello  "))
	fmt.Printf("%+v\n", *NewServer("localhost"))
	fmt.Printf("%+v\n", *NewServer("example.org", WithPort(8080), Verbose()))
	lenThenDouble := compose(func(s string) int { return len(s) }, func(n int) int { return n * 2 })
	fmt.Println(lenThenDouble("four"))
	var nilFunc func()
	fmt.Println(nilFunc == nil)
}
