//go:build ignore

// A panic in a method holding a lock released by defer, then a map write.
package main

import (
	"fmt"
	"sync"
)

//cell

type Store struct {
	mu   sync.Mutex
	data map[string]int
}

func (s *Store) Put(k string, v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data[k] = v
}

//cell

func main() {
	s := &Store{data: map[string]int{}}
	s.Put("a", 1)
	fmt.Println(s.data)
	var t Store
	t.Put("b", 2)
}
