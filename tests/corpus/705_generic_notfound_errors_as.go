//go:build ignore

// A generic error type NotFound[K] wrapped with %w by a generic store,
// found with errors.As and errors.Is by instance, joined with
// errors.Join; %v/%+v/%T of the instances.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

//cell

type NotFound[K comparable] struct {
	Key K
}

func (e NotFound[K]) Error() string { return fmt.Sprintf("not found: %v", e.Key) }

type Store[K comparable, V any] struct {
	data map[K]V
}

func (s *Store[K, V]) Get(k K) (V, error) {
	v, ok := s.data[k]
	if !ok {
		var zero V
		return zero, fmt.Errorf("store get: %w", NotFound[K]{k})
	}
	return v, nil
}

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

type User struct {
	Name string
	Age  int
}

//cell

func step1() {
	s := &Store[ID, *User]{data: map[ID]*User{1: {"ann", 30}}}
	u, err := s.Get(1)
	fmt.Println(u.Name, err)
	_, err = s.Get(7)
	fmt.Println(err)
	var nf NotFound[ID]
	if errors.As(err, &nf) {
		fmt.Printf("%v %+v %T %d\n", nf.Key, nf, nf, nf.Key)
	}
	var nfs NotFound[string]
	fmt.Println(errors.As(err, &nfs))
	fmt.Println(errors.Is(err, NotFound[ID]{7}), errors.Is(err, NotFound[ID]{8}))
}

//cell

func Lookup[K comparable, V any](s *Store[K, V], keys ...K) ([]V, error) {
	var out []V
	var errs []error
	for _, k := range keys {
		v, err := s.Get(k)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, v)
	}
	return out, errors.Join(errs...)
}

//cell

func step2() {
	names := &Store[string, int]{data: map[string]int{"a": 1, "b": 2}}
	vals, err2 := Lookup(names, "a", "x", "b", "y")
	fmt.Println(vals)
	fmt.Println(err2)
	var nf2 NotFound[string]
	fmt.Println(errors.As(err2, &nf2), nf2.Key)
	fmt.Printf("%v|%+v|%T\n", *names, *names, names)
	fmt.Printf("%v %T\n", NotFound[ID]{3}, NotFound[*User]{})
}

//cell

func main() {
	step1()
	step2()
}
