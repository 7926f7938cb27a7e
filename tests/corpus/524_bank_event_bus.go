//go:build ignore

// A bank with accounts behind a sync.RWMutex and per-account mutexes,
// transfers locking in a fixed order from goroutines released together,
// deferred bookkeeping through a named error result, and a generic event
// bus with typed handlers (Subscribe[T Event]) over an interface of
// events held by value and by pointer.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type AccountID string

type Account struct {
	ID      AccountID
	Owner   string
	balance int64
	mu      sync.Mutex
	history []Tx
}

type Tx struct {
	From, To AccountID
	Amount   int64
	OK       bool
}

func (t Tx) String() string {
	mark := "ok"
	if !t.OK {
		mark = "FAILED"
	}
	return fmt.Sprintf("%s->%s %d %s", t.From, t.To, t.Amount, mark)
}

//cell

type Event interface{ Kind() string }

type Deposited struct {
	ID     AccountID
	Amount int64
}
type Transferred struct{ Tx }
type Overdrawn struct {
	ID        AccountID
	Want, Has int64
}

func (Deposited) Kind() string    { return "deposit" }
func (Transferred) Kind() string  { return "transfer" }
func (o *Overdrawn) Kind() string { return "overdrawn" }

type Handler[E any] func(E)

type Bus[E Event] struct {
	mu   sync.Mutex
	subs map[string][]Handler[E]
	log  []string
}

func NewBus[E Event]() *Bus[E] { return &Bus[E]{subs: map[string][]Handler[E]{}} }

func (b *Bus[E]) On(kind string, h Handler[E]) { b.subs[kind] = append(b.subs[kind], h) }

func (b *Bus[E]) Emit(e E) {
	b.mu.Lock()
	b.log = append(b.log, e.Kind())
	hs := b.subs[e.Kind()]
	b.mu.Unlock()
	for _, h := range hs {
		h(e)
	}
}

func Subscribe[T Event](b *Bus[Event], kind string, f func(T)) {
	b.On(kind, func(e Event) {
		if t, ok := e.(T); ok {
			f(t)
		}
	})
}

type Bank struct {
	mu       sync.RWMutex
	accounts map[AccountID]*Account
	bus      *Bus[Event]
}

//cell

var ErrNoAccount = errors.New("no such account")
var ErrInsufficient = errors.New("insufficient funds")

func NewBank() *Bank {
	return &Bank{accounts: map[AccountID]*Account{}, bus: NewBus[Event]()}
}

func (b *Bank) Open(id AccountID, owner string, initial int64) *Account {
	b.mu.Lock()
	defer b.mu.Unlock()
	a := &Account{ID: id, Owner: owner, balance: initial}
	b.accounts[id] = a
	return a
}

func (b *Bank) get(id AccountID) (*Account, error) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNoAccount, id)
	}
	return a, nil
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

//cell

func (b *Bank) Deposit(id AccountID, amt int64) error {
	a, err := b.get(id)
	if err != nil {
		return err
	}
	a.mu.Lock()
	a.balance += amt
	a.mu.Unlock()
	b.bus.Emit(Deposited{id, amt})
	return nil
}

func (b *Bank) Transfer(from, to AccountID, amt int64) (err error) {
	tx := Tx{From: from, To: to, Amount: amt}
	defer func() {
		tx.OK = err == nil
		if fa, e := b.get(from); e == nil {
			fa.mu.Lock()
			fa.history = append(fa.history, tx)
			fa.mu.Unlock()
		}
		if err == nil {
			b.bus.Emit(Transferred{tx})
		}
	}()
	fa, err := b.get(from)
	if err != nil {
		return err
	}
	ta, err := b.get(to)
	if err != nil {
		return err
	}
	first, second := fa, ta
	if first.ID > second.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if fa.balance < amt {
		b.bus.Emit(&Overdrawn{from, amt, fa.balance})
		return fmt.Errorf("transfer %d from %s: %w", amt, from, ErrInsufficient)
	}
	fa.balance -= amt
	ta.balance += amt
	return nil
}

//cell

func (b *Bank) Report() string {
	b.mu.RLock()
	defer b.mu.RUnlock()
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, string(id))
	}
	sort.Strings(ids)
	var sb strings.Builder
	total := int64(0)
	for _, id := range ids {
		a := b.accounts[AccountID(id)]
		fmt.Fprintf(&sb, "%-6s %-6s %6d %v\n", a.ID, a.Owner, a.balance, a.history)
		total += a.balance
	}
	fmt.Fprintf(&sb, "total %d", total)
	return sb.String()
}

//cell

func main() {
	bank := NewBank()
	var mu sync.Mutex
	counts := map[string]int{}
	var over []string
	Subscribe(bank.bus, "deposit", func(d Deposited) {
		mu.Lock()
		counts["dep"] += int(d.Amount)
		mu.Unlock()
	})
	Subscribe(bank.bus, "overdrawn", func(o *Overdrawn) {
		mu.Lock()
		over = append(over, fmt.Sprintf("%s wanted %d had %d", o.ID, o.Want, o.Has))
		mu.Unlock()
	})
	Subscribe(bank.bus, "transfer", func(t Transferred) {
		mu.Lock()
		counts["xfer"]++
		mu.Unlock()
	})
	Subscribe(bank.bus, "transfer", func(t Deposited) { panic("never") })
	bank.Open("alice", "Alice", 100)
	bank.Open("bob", "Bob", 50)
	bank.Open("carol", "Carol", 0)

	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			if i%2 == 0 {
				_ = bank.Transfer("alice", "bob", 5)
			} else {
				_ = bank.Transfer("bob", "alice", 3)
			}
			_ = bank.Deposit("carol", int64(i))
		}()
	}
	close(start)
	wg.Wait()
	a, _ := bank.get("alice")
	fmt.Println(a.Balance(), counts)
	err := bank.Transfer("carol", "alice", 1000)
	fmt.Println(err, errors.Is(err, ErrInsufficient), over)
	err = bank.Transfer("dave", "alice", 1)
	fmt.Println(err, errors.Is(err, ErrNoAccount))
	c, _ := bank.get("carol")
	fmt.Println(c.history, len(bank.bus.log))
	res := make(chan string)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for s := range res {
			fmt.Println("got", s)
		}
	}()
	for _, id := range []AccountID{"alice", "bob", "carol"} {
		acc, _ := bank.get(id)
		res <- fmt.Sprint(id, acc.Balance())
	}
	close(res)
	<-done
	var e Event = &Overdrawn{"x", 1, 2}
	fmt.Printf("%v %+v %T %s\n", e, e, e, e.Kind())
	fmt.Println(Transferred{Tx{"a", "b", 1, true}}, []Event{Deposited{"z", 3}})
}
