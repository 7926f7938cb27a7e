//go:build ignore

// A tour of library additions from Go 1.21 to 1.26 as a notebook uses
// them: a named func type and a method value ranged over, iter.Pull and
// Pull2 with stop called twice, a zip of two iterators, strings.Lines,
// FieldsSeq, SplitSeq, FieldsFuncSeq and bytes.Lines/SplitSeq, min and
// max with NaN, clear, slices.Concat and Repeat, reflect.TypeFor,
// sync.OnceValue/OnceValues/OnceFunc, net/http's method and wildcard
// patterns with PathValue (through httptest), context.AfterFunc,
// WithCancelCause and WithoutCancel, slices.SortedFunc over maps.Keys.
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"maps"
	"math"
	"net/http"
	"net/http/httptest"
	"reflect"
	"slices"
	"strings"
	"sync"
)

type Seq func(yield func(int) bool)

func countTo(n int) Seq {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type Deck struct{ cards []string }

func (d *Deck) Each(yield func(int, string) bool) {
	for i, c := range d.cards {
		if !yield(i, c) {
			return
		}
	}
}

//cell

func step1() {
	for v := range countTo(4) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	d := &Deck{[]string{"A", "K", "Q"}}
	for i, c := range d.Each {
		fmt.Print(i, c, " ")
	}
	fmt.Println()
	n := 0
	for range d.Each {
		n++
	}
	fmt.Println("n", n)
	next, stop := iter.Pull(iter.Seq[int](countTo(5)))
	a, ok1 := next()
	b, ok2 := next()
	stop()
	c, ok3 := next()
	stop()
	fmt.Println(a, ok1, b, ok2, c, ok3)
	next2, stop2 := iter.Pull2(iter.Seq2[int, string](d.Each))
	defer stop2()
	for {
		i, s, ok := next2()
		if !ok {
			break
		}
		fmt.Print(i, "=", s, " ")
	}
	fmt.Println()
}

//cell

func zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nb, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := nb()
			if !ok || !yield(a, b) {
				return
			}
		}
	}
}

func step2() {
	for a, b := range zip(slices.Values([]string{"x", "y", "z"}), iter.Seq[int](countTo(2))) {
		fmt.Println(a, b)
	}
	text := "alpha beta\ngamma  delta\n\nepsilon"
	for line := range strings.Lines(text) {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for f := range strings.FieldsSeq(text) {
		fmt.Print("[", f, "]")
	}
	fmt.Println()
	for p := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Print("<", p, ">")
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("a1b22c", func(r rune) bool { return r >= '0' && r <= '9' }) {
		fmt.Print(f, ".")
	}
	fmt.Println()
	for l := range bytes.Lines([]byte("one\ntwo\n")) {
		fmt.Printf("%q ", l)
	}
	for p := range bytes.SplitSeq([]byte("1-2-3"), []byte("-")) {
		fmt.Print(string(p))
	}
	fmt.Println()
}

//cell

func step3() {
	fmt.Println(min(3, 1, 2), max(2.5, math.Inf(-1)), min("b", "a", "c"), max("x", "xy"))
	fmt.Println(min(math.NaN(), 1), max(1, math.NaN()))
	m := map[string]int{"a": 1, "b": 2}
	s := []int{1, 2, 3}
	clear(m)
	clear(s[1:])
	fmt.Println(len(m), s)
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}), slices.Repeat([]string{"ab"}, 3))
	fmt.Println(reflect.TypeFor[map[string][]int](), reflect.TypeFor[error]().Kind())
	once := sync.OnceValue(func() int { fmt.Println("computing"); return 7 })
	fmt.Println(once(), once())
	ov := sync.OnceValues(func() (int, error) { return 0, errors.New("bad") })
	_, err := ov()
	fmt.Println(err)
	f := sync.OnceFunc(func() { fmt.Println("once!") })
	f()
	f()
	fmt.Println(errors.Is(errors.ErrUnsupported, errors.ErrUnsupported))
}

//cell

func step4() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "item %s", r.PathValue("id"))
	})
	mux.HandleFunc("POST /items/", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
		fmt.Fprint(w, "created")
	})
	for _, req := range []*http.Request{
		httptest.NewRequest("GET", "/items/42", nil),
		httptest.NewRequest("POST", "/items/", nil),
		httptest.NewRequest("DELETE", "/items/42", nil),
	} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Println(req.Method, rec.Code, strings.TrimSpace(rec.Body.String()))
	}
}

//cell

func step5() {
	ctx, cancel := context.WithCancelCause(context.Background())
	done := make(chan struct{})
	stop := context.AfterFunc(ctx, func() { fmt.Println("after func ran"); close(done) })
	_ = stop
	cancel(errors.New("shutdown"))
	<-done
	fmt.Println(ctx.Err(), context.Cause(ctx))
	wc := context.WithoutCancel(ctx)
	fmt.Println(wc.Err())
	inv := map[string]int{"pear": 3, "fig": 9, "apple": 1}
	for _, k := range slices.SortedFunc(maps.Keys(inv), func(a, b string) int { return inv[b] - inv[a] }) {
		fmt.Print(k, " ")
	}
	fmt.Println()
	idx := slices.IndexFunc([]string{"a", "bb"}, func(s string) bool { return len(s) > 1 })
	fmt.Println(idx, slices.ContainsFunc([]int{1, 2}, func(i int) bool { return i > 1 }))
	sorted := slices.Collect(maps.Values(map[int]int{1: 10}))
	fmt.Println(sorted)
}

//cell

func main() {
	step1()
	step2()
	step3()
	step4()
	step5()
}
