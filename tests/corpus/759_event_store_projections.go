//go:build ignore

// An event-sourced ledger: events of several cell types behind an Event
// interface in a generic append-only Store whose methods return
// iterators (all, by stream, since a version), projections folded with
// a generic Fold, streams replayed concurrently with WaitGroup.Go into
// slots by index, batches by slices.Chunk, invariants checked with
// errors.Join and errors.AsType.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"
)

//cell

type Event interface {
	Stream() string
	Kind() string
}

type Opened struct {
	Acct  string
	Owner string
}
type Deposited struct {
	Acct  string
	Cents int64
}
type Withdrew struct {
	Acct  string
	Cents int64
}
type Frozen struct {
	Acct string
	For  time.Duration
}

func (e Opened) Stream() string    { return e.Acct }
func (e Opened) Kind() string      { return "opened" }
func (e Deposited) Stream() string { return e.Acct }
func (e Deposited) Kind() string   { return "deposit" }
func (e Withdrew) Stream() string  { return e.Acct }
func (e Withdrew) Kind() string    { return "withdraw" }
func (e *Frozen) Stream() string   { return e.Acct }
func (e *Frozen) Kind() string     { return "frozen" }

type Record[E any] struct {
	Version int
	At      time.Duration // since the store opened
	Event   E
}

type Store[E Event] struct {
	mu      sync.Mutex
	records []Record[E]
}

func (s *Store[E]) Append(at time.Duration, es ...E) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, e := range es {
		s.records = append(s.records, Record[E]{len(s.records) + 1, at, e})
	}
	return len(s.records)
}

func (s *Store[E]) All() iter.Seq[Record[E]] { return slices.Values(s.records) }

func (s *Store[E]) Stream(name string) iter.Seq[Record[E]] {
	return func(yield func(Record[E]) bool) {
		for r := range s.All() {
			if r.Event.Stream() == name && !yield(r) {
				return
			}
		}
	}
}

func (s *Store[E]) Since(v int) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for _, r := range s.records[min(v, len(s.records)):] {
			if !yield(r.Version, r.Event) {
				return
			}
		}
	}
}

func Fold[S, T any](seq iter.Seq[T], init S, f func(S, T) S) S {
	acc := init
	for x := range seq {
		acc = f(acc, x)
	}
	return acc
}

//cell

type Account struct {
	Owner   string
	Balance int64
	Frozen  time.Duration
	Events  int
}

type Overdrawn struct {
	Acct    string
	Version int
	Balance int64
}

func (e Overdrawn) Error() string {
	return fmt.Sprintf("%s overdrawn at v%d: %d", e.Acct, e.Version, e.Balance)
}

func apply(a Account, r Record[Event]) Account {
	a.Events++
	switch e := r.Event.(type) {
	case Opened:
		a.Owner = e.Owner
	case Deposited:
		a.Balance += e.Cents
	case Withdrew:
		a.Balance -= e.Cents
	case *Frozen:
		a.Frozen += e.For
	}
	return a
}

func check(store *Store[Event], acct string) error {
	var errs []error
	bal := int64(0)
	for r := range store.Stream(acct) {
		bal = apply(Account{Balance: bal}, r).Balance
		if bal < 0 {
			errs = append(errs, Overdrawn{acct, r.Version, bal})
		}
	}
	return errors.Join(errs...)
}

//cell

func main() {
	store := &Store[Event]{}
	store.Append(0, Opened{"A-1", "ana"}, Opened{"B-2", "bo"})
	store.Append(time.Minute, Deposited{"A-1", 10_000}, Deposited{"B-2", 2_500})
	store.Append(90*time.Second, Withdrew{"A-1", 3_000}, Withdrew{"B-2", 4_000})
	store.Append(2*time.Minute, &Frozen{"B-2", 48 * time.Hour}, Deposited{"B-2", 1_000})
	v := store.Append(150*time.Second, Withdrew{"A-1", 7_500}, Deposited{"A-1", 600})

	accounts := []string{"A-1", "B-2"}
	states := make([]Account, len(accounts))
	errs := make([]error, len(accounts))
	var wg sync.WaitGroup
	for i, acct := range accounts {
		wg.Go(func() {
			states[i] = Fold(store.Stream(acct), Account{}, apply)
			errs[i] = check(store, acct)
		})
	}
	wg.Wait()
	for i, a := range states {
		fmt.Printf("%s %-3s balance=%6.2f frozen=%v events=%d err=%v\n", accounts[i], a.Owner, float64(a.Balance)/100, a.Frozen, a.Events, errs[i])
	}
	all := errors.Join(errs...)
	if od, ok := errors.AsType[Overdrawn](all); ok {
		fmt.Println("first overdraft:", od.Acct, "v", od.Version)
	}

	kinds := Fold(store.All(), map[string]int{}, func(m map[string]int, r Record[Event]) map[string]int {
		m[r.Event.Kind()]++
		return m
	})
	for _, k := range slices.Sorted(maps.Keys(kinds)) {
		fmt.Printf("%s=%d ", k, kinds[k])
	}
	fmt.Println("| versions", v)

	for version, e := range store.Since(7) {
		fmt.Printf("v%d %s %T\n", version, e.Kind(), e)
	}
	last := Fold(store.All(), Record[Event]{}, func(best, r Record[Event]) Record[Event] {
		return cmp.Or(map[bool]Record[Event]{true: r}[r.At > best.At], best)
	})
	fmt.Println("last at", last.At, last.Version)

	records := slices.Collect(store.All())
	for batch := range slices.Chunk(records, 4) {
		var parts []string
		for _, r := range batch {
			parts = append(parts, fmt.Sprintf("%d:%s", r.Version, r.Event.Stream()))
		}
		fmt.Println("batch", strings.Join(parts, ","), batch[len(batch)-1].At-batch[0].At)
	}
	byStream := slices.SortedFunc(store.All(), func(a, b Record[Event]) int {
		return cmp.Or(strings.Compare(a.Event.Stream(), b.Event.Stream()), b.Version-a.Version)
	})
	fmt.Println(byStream[0].Version, byStream[len(byStream)-1].Version, len(byStream))
}
