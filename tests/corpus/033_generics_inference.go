//go:build ignore

// Type inference: from arguments, from function literals, and partial instantiation.
package main

import "fmt"

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func Apply[T any, R any](x T, f func(T) R) R { return f(x) }

func Convert[To, From interface{ ~int | ~float64 }](v From) To { return To(v) }

func First[S ~[]E, E any](s S) E { return s[0] }

//cell

type Names []string

func Ptr[T any](v T) *T { return &v }

//cell

func main() {
	fmt.Println(Keys(map[string]bool{"a": true, "b": false}))
	fmt.Println(Apply(21, func(n int) int { return n * 2 }))
	fmt.Println(Apply("go", func(s string) int { return len(s) }))
	fmt.Println(Convert[int](3.9))
	fmt.Println(First(Names{"x", "y"}), First([]int{9}))
	p := Ptr(5)
	*p++
	fmt.Println(*p, *Ptr("s"))
}
