//go:build ignore

// Concurrency as a well-known Go book teaches it: a bank whose balance a
// monitor goroutine confines, pipelines of unbuffered and buffered
// channels, cancellation by closing a channel, a counting semaphore,
// sync.Once for lazy initialization, and a RWMutex-guarded cache.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type withdrawal struct {
	amount  int
	success chan bool
}

var (
	deposits    = make(chan int)
	balances    = make(chan int)
	withdrawals = make(chan withdrawal)
)

func Deposit(amount int) { deposits <- amount }
func Balance() int       { return <-balances }
func Withdraw(amount int) bool {
	ch := make(chan bool)
	withdrawals <- withdrawal{amount, ch}
	return <-ch
}

func teller() {
	var balance int
	for {
		select {
		case amount := <-deposits:
			balance += amount
		case w := <-withdrawals:
			if w.amount > balance {
				w.success <- false
				continue
			}
			balance -= w.amount
			w.success <- true
		case balances <- balance:
		}
	}
}

func init() { go teller() }

//cell

func counter(out chan<- int, n int) {
	for x := 0; x < n; x++ {
		out <- x
	}
	close(out)
}

func squarer(out chan<- int, in <-chan int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func collect(in <-chan int) []int {
	var got []int
	for v := range in {
		got = append(got, v)
	}
	return got
}

var done = make(chan struct{})

func cancelled() bool {
	select {
	case <-done:
		return true
	default:
		return false
	}
}

type token struct{}

func crawl(url string, sema chan token, active, peak *int32) []string {
	sema <- token{}
	n := atomic.AddInt32(active, 1)
	for {
		p := atomic.LoadInt32(peak)
		if n <= p || atomic.CompareAndSwapInt32(peak, p, n) {
			break
		}
	}
	time.Sleep(2 * time.Millisecond)
	atomic.AddInt32(active, -1)
	<-sema
	if strings.Count(url, "/") >= 3 {
		return nil
	}
	return []string{url + "/a", url + "/b"}
}

//cell

var (
	loadIconsOnce sync.Once
	icons         map[string]string
	loads         int
)

func loadIcons() {
	loads++
	icons = map[string]string{"spades": "♠", "hearts": "♥", "diamonds": "♦", "clubs": "♣"}
}

func Icon(name string) string {
	loadIconsOnce.Do(loadIcons)
	return icons[name]
}

type Cache struct {
	mu   sync.RWMutex
	data map[string]int
	hits atomic.Int64
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	if ok {
		c.hits.Add(1)
	}
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.data == nil {
		c.data = map[string]int{}
	}
	c.data[k] = v
}

var ErrInsufficient = errors.New("insufficient funds")

//cell

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(amount int) {
			defer wg.Done()
			Deposit(amount * 10)
		}(i)
	}
	wg.Wait()
	fmt.Println("balance", Balance())
	fmt.Println(Withdraw(500), Withdraw(100), Balance())

	naturals := make(chan int)
	squares := make(chan int, 3)
	go counter(naturals, 8)
	go squarer(squares, naturals)
	fmt.Println(collect(squares))

	fmt.Println(cancelled())
	close(done)
	fmt.Println(cancelled(), cancelled())

	sema := make(chan token, 3)
	var active, peak int32
	seen := map[string]bool{}
	worklist := make(chan []string)
	pending := 1
	go func() { worklist <- []string{"http://x"} }()
	for ; pending > 0; pending-- {
		list := <-worklist
		for _, link := range list {
			if !seen[link] {
				seen[link] = true
				pending++
				go func(link string) { worklist <- crawl(link, sema, &active, &peak) }(link)
			}
		}
	}
	var all []string
	for k := range seen {
		all = append(all, k)
	}
	sort.Strings(all)
	fmt.Println(len(all), all[len(all)-1], peak <= 3, peak >= 1)

	var iwg sync.WaitGroup
	for range 20 {
		iwg.Go(func() { _ = Icon("hearts") })
	}
	iwg.Wait()
	fmt.Println(Icon("spades"), Icon("clubs"), loads)

	var c Cache
	var cwg sync.WaitGroup
	for i := range 50 {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			key := fmt.Sprint("k", i%5)
			if _, ok := c.Get(key); !ok {
				c.Set(key, i%5)
			}
		}()
	}
	cwg.Wait()
	total := 0
	for i := range 5 {
		v, _ := c.Get(fmt.Sprint("k", i))
		total += v
	}
	fmt.Println(total, len(c.data), c.hits.Load() >= 5)
	err := fmt.Errorf("withdraw %d: %w", 10000, ErrInsufficient)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
}
