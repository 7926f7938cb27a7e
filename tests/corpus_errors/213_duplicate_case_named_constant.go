//go:build ignore

// Two cases with the same value, one a named constant.
package main

import "fmt"

//cell

const (
	MethodGet  = "GET"
	MethodPost = "POST"
)

//cell

func verb(m string) string {
	switch m {
	case MethodGet:
		return "read"
	case MethodPost:
		return "write"
	case "GET":
		return "read again"
	}
	return "?"
}

//cell

func main() {
	fmt.Println(verb("GET"))
}
