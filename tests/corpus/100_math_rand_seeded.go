//go:build ignore

// math/rand and math/rand/v2 with fixed seeds: reproducible sequences.
package main

import (
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
)

//cell

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Float64())
	perm := r.Perm(5)
	fmt.Println(perm)
	s := []string{"a", "b", "c", "d"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	p := randv2.New(randv2.NewPCG(1, 2))
	fmt.Println(p.IntN(1000), p.IntN(1000), p.Uint64())
	c := randv2.New(randv2.NewChaCha8([32]byte{1}))
	fmt.Println(c.IntN(10), c.Float64() < 1)
}
