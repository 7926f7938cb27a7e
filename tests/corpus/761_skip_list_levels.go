//go:build ignore

// A skip list with a deterministic level generator: forward arrays of
// pointers per node, search that records the update path, insert and
// delete by rewiring each level, and a printout of every level.
package main

import (
	"fmt"
	"strings"
)

//cell

const maxLevel = 4

type skipNode struct {
	key  int
	val  string
	next [maxLevel]*skipNode
}

type SkipList struct {
	head  skipNode
	level int
	seed  uint32
	size  int
}

func (s *SkipList) randomLevel() int {
	lvl := 1
	for lvl < maxLevel {
		s.seed = s.seed*1103515245 + 12345
		if (s.seed>>16)&3 != 0 {
			break
		}
		lvl++
	}
	return lvl
}

//cell

func (s *SkipList) path(key int) [maxLevel]*skipNode {
	var update [maxLevel]*skipNode
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
		update[i] = x
	}
	return update
}

func (s *SkipList) Put(key int, val string) {
	update := s.path(key)
	if s.level > 0 {
		if x := update[0].next[0]; x != nil && x.key == key {
			x.val = val
			return
		}
	}
	lvl := s.randomLevel()
	for i := s.level; i < lvl; i++ {
		update[i] = &s.head
	}
	if lvl > s.level {
		s.level = lvl
	}
	n := &skipNode{key: key, val: val}
	for i := 0; i < lvl; i++ {
		n.next[i] = update[i].next[i]
		update[i].next[i] = n
	}
	s.size++
}

func (s *SkipList) Get(key int) (string, bool) {
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
	}
	x = x.next[0]
	if x != nil && x.key == key {
		return x.val, true
	}
	return "", false
}

//cell

func (s *SkipList) Delete(key int) bool {
	update := s.path(key)
	if s.level == 0 {
		return false
	}
	x := update[0].next[0]
	if x == nil || x.key != key {
		return false
	}
	for i := 0; i < s.level; i++ {
		if update[i].next[i] != x {
			break
		}
		update[i].next[i] = x.next[i]
	}
	for s.level > 0 && s.head.next[s.level-1] == nil {
		s.level--
	}
	s.size--
	return true
}

func (s *SkipList) Dump() string {
	var b strings.Builder
	for i := s.level - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "L%d:", i)
		for x := s.head.next[i]; x != nil; x = x.next[i] {
			fmt.Fprintf(&b, " %d", x.key)
		}
		b.WriteString("\n")
	}
	return b.String()
}

//cell

func main() {
	s := &SkipList{seed: 7}
	for _, k := range []int{30, 10, 50, 20, 40, 70, 60, 5, 25, 45} {
		s.Put(k, fmt.Sprintf("v%d", k))
	}
	fmt.Print(s.Dump())
	fmt.Println("size", s.size, "level", s.level)
	for _, k := range []int{25, 26, 70, 1} {
		v, ok := s.Get(k)
		fmt.Printf("get %d: %q %v\n", k, v, ok)
	}
	s.Put(25, "twenty-five")
	v, _ := s.Get(25)
	fmt.Println(v, s.size)
	for _, k := range []int{30, 31, 5, 70} {
		fmt.Println("delete", k, s.Delete(k))
	}
	fmt.Print(s.Dump())
	snapshot := s.head.next
	snapshot[0] = nil
	fmt.Println(s.head.next[0] != nil, snapshot[0] == nil, s.size)
}
