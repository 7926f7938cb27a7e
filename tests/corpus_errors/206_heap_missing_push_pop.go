//go:build ignore

// A heap whose type has sort.Interface's methods but not Push and Pop.
package main

import (
	"container/heap"
	"fmt"
)

//cell

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

//cell

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	fmt.Println((*h)[0])
}
