//go:build ignore

// A paginated API simulated by a cell type: an iterator that fetches pages
// lazily (breaking early fetches no more), errors collected with
// errors.Join, iter.Pull2 reading two cursors in step.
package main

import (
	"errors"
	"fmt"
	"iter"
	"slices"
)

//cell

type Record struct {
	ID    int
	Owner string
	Bytes int64
}

type PageError struct {
	Page int
	Why  string
}

func (e *PageError) Error() string { return fmt.Sprintf("page %d: %s", e.Page, e.Why) }

type Source interface {
	Fetch(page int) ([]Record, bool, error)
}

type fakeAPI struct {
	records []Record
	perPage int
	broken  map[int]string
	calls   int
}

func (f *fakeAPI) Fetch(page int) ([]Record, bool, error) {
	f.calls++
	if why, ok := f.broken[page]; ok {
		return nil, true, &PageError{page, why}
	}
	lo := page * f.perPage
	hi := min(lo+f.perPage, len(f.records))
	if lo >= len(f.records) {
		return nil, false, nil
	}
	return f.records[lo:hi], hi < len(f.records), nil
}

//cell

type Cursor struct {
	src  Source
	errs []error
}

func (c *Cursor) Records() iter.Seq2[int, Record] {
	return func(yield func(int, Record) bool) {
		i := 0
		for page := 0; ; page++ {
			recs, more, err := c.src.Fetch(page)
			if err != nil {
				c.errs = append(c.errs, err)
			}
			for _, r := range recs {
				if !yield(i, r) {
					return
				}
				i++
			}
			if !more {
				return
			}
		}
	}
}

func (c *Cursor) Err() error { return errors.Join(c.errs...) }

//cell

func makeAPI(n int) *fakeAPI {
	owners := []string{"ana", "bo", "cy"}
	api := &fakeAPI{perPage: 4, broken: map[int]string{}}
	for i := range n {
		api.records = append(api.records, Record{ID: 100 + i, Owner: owners[i%3], Bytes: int64((i*37)%50) * 1024})
	}
	return api
}

func main() {
	api := makeAPI(13)
	c := &Cursor{src: api}
	for i, r := range c.Records() {
		if r.Bytes > 40*1024 {
			fmt.Println("first big record at", i, r)
			break
		}
	}
	fmt.Println("calls after early break:", api.calls, "err:", c.Err())

	api.calls = 0
	api.broken[1] = "timeout"
	api.broken[2] = "rate limited"
	c = &Cursor{src: api}
	perOwner := map[string]int64{}
	n := 0
	for _, r := range c.Records() {
		perOwner[r.Owner] += r.Bytes
		n++
	}
	fmt.Println("records", n, "calls", api.calls)
	for _, o := range slices.Sorted(func(yield func(string) bool) {
		for k := range perOwner {
			if !yield(k) {
				return
			}
		}
	}) {
		fmt.Printf("%s=%dKiB ", o, perOwner[o]/1024)
	}
	fmt.Println()
	err := c.Err()
	fmt.Printf("%v\n", err)
	var pe *PageError
	if errors.As(err, &pe) {
		fmt.Println("first failing page:", pe.Page, pe.Why)
	}
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println("joined:", len(u.Unwrap()))
	}

	delete(api.broken, 1)
	delete(api.broken, 2)
	a := &Cursor{src: api}
	b := &Cursor{src: makeAPI(6)}
	na, sa := iter.Pull2(a.Records())
	nb, sb := iter.Pull2(b.Records())
	defer sa()
	defer sb()
	for {
		i, ra, ok1 := na()
		_, rb, ok2 := nb()
		if !ok1 || !ok2 {
			fmt.Println("stopped at", i, ok1, ok2)
			break
		}
		fmt.Println(i, ra.ID == rb.ID, ra.Owner, rb.Bytes-ra.Bytes)
	}
}
