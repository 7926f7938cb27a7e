//go:build ignore

// Routes held as struct values in a map; one route's handler field was
// never set, and calling it is a nil func call.
package main

import "fmt"

//cell

type Route struct {
	Method  string
	Handler func(path string) string
}

var routes = map[string]Route{}

func register(path, method string, h func(string) string) {
	routes[path] = Route{Method: method, Handler: h}
}

//cell

func serve(path string) string {
	r, ok := routes[path]
	if !ok {
		return "404"
	}
	return r.Method + " " + r.Handler(path)
}

//cell

func main() {
	register("/", "GET", func(p string) string { return "index of " + p })
	register("/health", "GET", nil)
	fmt.Println(serve("/"))
	fmt.Println(serve("/missing"))
	fmt.Println(serve("/health"))
}
