//go:build ignore

// Named slice types as process-pool task arguments and results: a Vec
// summed and scaled by workers (Map over two argument lists), results
// read back as Vec; a []float64 through an any stays a []float64; and a
// generic Group declaring a local bucket type of its type parameters.
package main

import (
	"fmt"

	"github.com/gofutures/gofutures/executor"
)

type Vec []float64

func (v Vec) Sum() float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s
}

type Tags []string

//cell

func total(v Vec) float64 { return v.Sum() }

func kind(x any) string {
	switch v := x.(type) {
	case Vec:
		return fmt.Sprint("Vec ", v.Sum())
	case Tags:
		return fmt.Sprint("Tags ", len(v))
	case []float64:
		return "[]float64"
	}
	return fmt.Sprintf("%T", x)
}

func scale(v Vec, k float64) Vec {
	out := make(Vec, len(v))
	for i := range v {
		out[i] = v[i] * k
	}
	return out
}

func Group[T any, K comparable](xs []T, key func(T) K) []string {
	type bucket struct {
		Key   K
		Items []T
	}
	var bs []bucket
	idx := map[K]int{}
	for _, x := range xs {
		k := key(x)
		i, ok := idx[k]
		if !ok {
			i = len(bs)
			idx[k] = i
			bs = append(bs, bucket{Key: k})
		}
		bs[i].Items = append(bs[i].Items, x)
	}
	var out []string
	for _, b := range bs {
		out = append(out, fmt.Sprintf("%v:%v", b.Key, b.Items))
	}
	return out
}

//cell

func main() {
	executor.RegisterType(Vec(nil))
	executor.RegisterType(Tags(nil))
	executor.Register("total", total)
	executor.Register("kind", kind)
	executor.Register("scale", scale)
	executor.RunWorker()
	pool := executor.NewProcessPool(2)
	defer pool.Close()
	fmt.Println(pool.Submit(total, Vec{1, 2, 3}).Result())
	fmt.Println(pool.Submit(kind, 2.5).Result())
	fmt.Println(pool.Submit(kind, []float64{1}).Result())
	rs, err := pool.Map(scale, []Vec{{1}, {2, 3}}, []float64{10, 100})
	fmt.Println(rs, err)
	for _, r := range rs {
		fmt.Printf("%T ", r)
	}
	fmt.Println()
	fmt.Println(Group([]int{1, 2, 3, 4, 5}, func(i int) bool { return i%2 == 0 }))
	fmt.Println(Group([]string{"ab", "c", "de"}, func(s string) int { return len(s) }))
}
