//go:build ignore

// Deferred functions that change named results: wrapping the returned
// error with the operation's name, turning a panic into an error and a
// fallback value, counting attempts, closing resources in reverse order
// and keeping the first close error.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Resource struct {
	Name    string
	failing bool
	log     *[]string
}

func (r *Resource) Close() error {
	*r.log = append(*r.log, "close "+r.Name)
	if r.failing {
		return fmt.Errorf("close %s failed", r.Name)
	}
	return nil
}

//cell

func parsePort(s string) (port int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("parsePort %q: %w", s, err)
			port = -1
		}
	}()
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err
	}
	if n < 1 || n > 65535 {
		return n, errors.New("out of range")
	}
	return n, nil
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			q, err = 0, fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func counted(calls *int) (n int) {
	defer func() { n *= 10 }()
	defer func() { *calls++; n += *calls }()
	return 1
}

//cell

func withResources(names []string, failOn map[string]bool) (log []string, err error) {
	for _, n := range names {
		r := &Resource{Name: n, failing: failOn[n], log: &log}
		log = append(log, "open "+n)
		defer func() {
			if cerr := r.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	return log, nil
}

//cell

func main() {
	for _, s := range []string{"8080", "http", "70000"} {
		p, err := parsePort(s)
		fmt.Println(p, err)
		var ne *strconv.NumError
		fmt.Println("  NumError:", errors.As(err, &ne))
	}
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	calls := 0
	fmt.Println(counted(&calls), counted(&calls), calls)
	log, err := withResources([]string{"db", "cache", "queue"}, map[string]bool{"cache": true, "db": true})
	fmt.Println(log)
	fmt.Println("err:", err)
	log, err = withResources([]string{"a"}, nil)
	fmt.Println(log, err)
}
