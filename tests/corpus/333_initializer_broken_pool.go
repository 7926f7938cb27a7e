//go:build ignore

// Pool initializers declared in cells: every worker runs setup before
// its first task and may fill per-pool state; an initializer that fails
// with an error of a cell type breaks the pool, whose futures then fail
// with errors matching executor.ErrBroken that also unwrap to the cell's
// error.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/gofutures/gofutures/executor"
)

// Config is loaded by each worker.
type Config struct {
	Prefix string
	Scale  int
}

// MissingKey is what a failing initializer returns.
type MissingKey struct{ Key string }

func (m MissingKey) Error() string { return "missing key " + m.Key }

//cell

var (
	mu      sync.Mutex
	loaded  []string
	current Config
)

func setup(prefix string, scale int) {
	mu.Lock()
	defer mu.Unlock()
	loaded = append(loaded, prefix)
	current = Config{prefix, scale}
}

func needs(env map[string]string, key string) error {
	if _, ok := env[key]; !ok {
		return MissingKey{key}
	}
	return nil
}

func label(n int) string {
	mu.Lock()
	c := current
	mu.Unlock()
	return fmt.Sprintf("%s-%d", c.Prefix, n*c.Scale)
}

//cell

func main() {
	pool := executor.NewThreadPool(1, executor.WithInitializer(setup, "job", 10))
	res, err := pool.Map(label, []int{1, 2, 3})
	fmt.Println(res, err)
	pool.Close()
	fmt.Println("initialized:", loaded)

	two := executor.NewThreadPool(2, executor.WithInitializer(setup, "w", 1))
	gate := make(chan struct{})
	var fs []*executor.Future
	for i := range 2 {
		fs = append(fs, two.Submit(func() int { <-gate; return i }))
	}
	close(gate)
	for _, f := range fs {
		f.Result()
	}
	two.Close()
	sorted := append([]string(nil), loaded...)
	sort.Strings(sorted)
	fmt.Println("initialized:", strings.Join(sorted, ","))

	broken := executor.NewThreadPool(1, executor.WithInitializer(needs, map[string]string{"a": "1"}, "token"))
	defer broken.Close()
	errs := []error{broken.Submit(label, 1).Err(), broken.Submit(label, 2).Err()}
	for _, err := range errs {
		var mk MissingKey
		fmt.Println(errors.Is(err, executor.ErrBroken), errors.As(err, &mk), mk.Key)
	}
	fmt.Println(errs[0])
	_, err = broken.Map(label, []int{5})
	fmt.Println(errors.Is(err, executor.ErrBroken))

	// An initializer with the wrong arguments breaks the pool too.
	wrong := executor.NewThreadPool(1, executor.WithInitializer(setup, "only-prefix"))
	defer wrong.Close()
	err = wrong.Submit(label, 1).Err()
	var ce *executor.CallError
	fmt.Println(errors.Is(err, executor.ErrBroken), errors.As(err, &ce), ce.Arg, ce.Msg)
}
