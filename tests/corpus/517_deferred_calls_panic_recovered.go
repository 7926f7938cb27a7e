//go:build ignore

// Deferred calls that are no function literals (a notebook function, a
// method of a value in a slice, fmt.Println, a method value) and panic,
// with a recovering function literal deferred before them: every
// deferred call runs, in reverse order, and the recover sees the last
// panic, also for calls deferred in a loop and when the body panicked
// first.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Resource struct {
	Name   string
	Broken bool
	closed *[]string
}

type Manager struct {
	res  []Resource
	done []string
}

//cell

func (r Resource) Close(reason string) {
	*r.closed = append(*r.closed, r.Name)
	if r.Broken {
		panic(fmt.Sprintf("%s: close failed (%s)", r.Name, reason))
	}
}

func (m *Manager) Open(names ...string) {
	for _, n := range names {
		m.res = append(m.res, Resource{Name: n, Broken: strings.HasSuffix(n, "!"), closed: &m.done})
	}
}

func audit(step string) { fmt.Println("audit:", step) }

func mustPositive(n int) {
	if n <= 0 {
		panic(errors.New("not positive"))
	}
}

//cell

func (m *Manager) Run(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("run(%d) recovered: %v", n, r)
		}
	}()
	defer audit(fmt.Sprint("end of run ", n))
	for i := range m.res {
		defer m.res[i].Close(fmt.Sprintf("run %d", n))
	}
	defer mustPositive(n + 1)
	if n == 2 {
		panic("body panicked")
	}
	return nil
}

//cell

func main() {
	m := &Manager{}
	m.Open("cache", "db!", "queue")
	for _, n := range []int{1, -1, 2} {
		m.done = nil
		err := m.Run(n)
		fmt.Println("err:", err)
		fmt.Println("closed:", m.done)
	}
	ok := &Manager{}
	ok.Open("a", "b")
	fmt.Println("err:", ok.Run(5), ok.done)
}
