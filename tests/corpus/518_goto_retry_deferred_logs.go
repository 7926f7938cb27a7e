//go:build ignore

// A retry loop written with goto and labels, deferring a log line per
// attempt whose arguments are expressions (attempt*10, a call's result,
// a slice of the attempts so far): each deferred call prints its own
// attempt's values, in reverse order, when the function returns; a
// labeled outer loop with continue and break around it.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Fetcher struct {
	failures map[string]int
	calls    []string
}

var ErrTemporary = errors.New("temporary failure")

//cell

func (f *Fetcher) Fetch(key string) (string, error) {
	f.calls = append(f.calls, key)
	if f.failures[key] > 0 {
		f.failures[key]--
		return "", fmt.Errorf("fetch %s: %w", key, ErrTemporary)
	}
	return strings.ToUpper(key), nil
}

func backoff(attempt int) string { return strings.Repeat("~", attempt+1) }

//cell

func (f *Fetcher) Get(key string, limit int) (val string, err error) {
	attempt := 0
	var tried []int
retry:
	tried = append(tried, attempt)
	defer fmt.Println("  attempt", attempt*10, backoff(attempt), tried[:len(tried):len(tried)], key+"?")
	val, err = f.Fetch(key)
	if errors.Is(err, ErrTemporary) && attempt < limit {
		attempt++
		goto retry
	}
	return val, err
}

//cell

func main() {
	f := &Fetcher{failures: map[string]int{"b": 2, "c": 5}}
	keys := []string{"a", "b", "skip", "c", "d"}
outer:
	for i, k := range keys {
		switch {
		case k == "skip":
			continue outer
		case i > 3:
			break outer
		}
		fmt.Println("get", k)
		v, err := f.Get(k, 3)
		fmt.Printf("=> %q %v\n", v, err)
	}
	fmt.Println(f.calls)
}
