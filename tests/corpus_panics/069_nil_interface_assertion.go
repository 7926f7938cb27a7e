//go:build ignore

// An assertion without ok of a nil interface value to error panics with
// Go's runtime error "interface conversion: interface is nil, not error".
package main

import "fmt"

//cell

func firstError(results []any) error {
	for _, r := range results {
		if r != "ok" {
			return r.(error)
		}
	}
	return nil
}

//cell

func main() {
	fmt.Println(firstError([]any{"ok", fmt.Errorf("disk full")}))
	fmt.Println(firstError([]any{"ok", nil}))
}
