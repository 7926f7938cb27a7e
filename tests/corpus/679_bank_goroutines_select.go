//go:build ignore

// A bank simulation in the style of concurrency tutorials: an account
// owned by one goroutine that serves deposit, withdraw and balance
// requests over channels (reply channels inside request structs), a
// select with a timeout channel made deterministic (closed by hand, not
// by a timer), a done channel to stop the teller, transfers between
// accounts ordered by id to avoid deadlock with sync.Mutex, and an
// audit log gathered through a buffered channel and sorted.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

//cell

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

var ErrInsufficient = errors.New("insufficient funds")

type request struct {
	kind   string
	amount Cents
	reply  chan result
}

type result struct {
	balance Cents
	err     error
}

type Teller struct {
	reqs chan request
	done chan struct{}
	wg   sync.WaitGroup
}

func NewTeller(opening Cents) *Teller {
	t := &Teller{reqs: make(chan request), done: make(chan struct{})}
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		balance := opening
		for {
			select {
			case r := <-t.reqs:
				switch r.kind {
				case "deposit":
					balance += r.amount
					r.reply <- result{balance, nil}
				case "withdraw":
					if r.amount > balance {
						r.reply <- result{balance, fmt.Errorf("withdraw %v: %w", r.amount, ErrInsufficient)}
						continue
					}
					balance -= r.amount
					r.reply <- result{balance, nil}
				default:
					r.reply <- result{balance, nil}
				}
			case <-t.done:
				return
			}
		}
	}()
	return t
}

func (t *Teller) do(kind string, amt Cents) (Cents, error) {
	reply := make(chan result)
	t.reqs <- request{kind, amt, reply}
	r := <-reply
	return r.balance, r.err
}

func (t *Teller) Close() {
	close(t.done)
	t.wg.Wait()
}

//cell

// waitOrTimeout receives from ch unless timeout is closed first; with
// both ready it prefers the value (checked first without blocking).
func waitOrTimeout[T any](ch <-chan T, timeout <-chan struct{}) (T, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
	}
	select {
	case v := <-ch:
		return v, true
	case <-timeout:
		var zero T
		return zero, false
	}
}

type Account struct {
	mu      sync.Mutex
	id      int
	owner   string
	balance Cents
}

type Bank struct {
	accounts map[int]*Account
	audit    chan string
}

func (b *Bank) Transfer(from, to int, amt Cents) error {
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if c.id < a.id {
		first, second = c, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amt {
		b.audit <- fmt.Sprintf("denied %d->%d %v", from, to, amt)
		return ErrInsufficient
	}
	a.balance -= amt
	c.balance += amt
	b.audit <- fmt.Sprintf("moved %d->%d %v", from, to, amt)
	return nil
}

//cell

var bank = &Bank{
	accounts: map[int]*Account{
		1: {id: 1, owner: "ada", balance: 10000},
		2: {id: 2, owner: "bob", balance: 2500},
		3: {id: 3, owner: "cy", balance: 0},
	},
	audit: make(chan string, 100),
}

func total() (sum Cents) {
	for _, a := range bank.accounts {
		sum += a.balance
	}
	return
}

//cell

func main() {
	t := NewTeller(1000)
	fmt.Println(t.do("deposit", 250))
	fmt.Println(t.do("withdraw", 2000))
	b, err := t.do("withdraw", 1249)
	fmt.Println(b, err, errors.Is(err, ErrInsufficient))
	fmt.Println(t.do("balance", 0))

	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t.do("deposit", Cents(i*100))
		}()
	}
	wg.Wait()
	fmt.Println(t.do("balance", 0))
	report := make(chan string)
	go func(b Cents, err error) { report <- fmt.Sprint("async ", b, " ", err) }(t.do("deposit", 1))
	fmt.Println(<-report)
	func() {
		defer fmt.Println(t.do("withdraw", 2))
		fmt.Println("deferred withdrawal")
	}()
	t.Close()

	ready := make(chan Cents, 1)
	timeout := make(chan struct{})
	ready <- 42
	fmt.Println(waitOrTimeout(ready, timeout))
	close(timeout)
	fmt.Println(waitOrTimeout(ready, timeout))
	fmt.Println(waitOrTimeout[string](nil, timeout))

	moves := []struct {
		from, to int
		amt      Cents
	}{{1, 2, 3000}, {2, 3, 2000}, {1, 3, 1000}, {2, 1, 500}, {1, 3, 5000}, {3, 2, 100000}}
	for _, m := range moves {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bank.Transfer(m.from, m.to, m.amt)
		}()
	}
	wg.Wait()
	close(bank.audit)
	var log []string
	for line := range bank.audit {
		log = append(log, line)
	}
	sort.Strings(log)
	fmt.Println(len(log), total())
	for _, l := range log {
		fmt.Println(l)
	}
	ids := []int{1, 2, 3}
	for _, id := range ids {
		a := bank.accounts[id]
		fmt.Printf("%d %-4s %9v\n", a.id, a.owner, a.balance)
	}
	fmt.Println(Cents(-1234), Cents(5), []Cents{100, 99})
}
