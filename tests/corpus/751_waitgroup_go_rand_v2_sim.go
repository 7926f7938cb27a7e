//go:build ignore

// A Monte Carlo queue simulation with math/rand/v2 (fixed PCG seeds, one
// generator per worker), workers started with sync.WaitGroup.Go (Go
// 1.25), results gathered by index and summarised with slices and maps.
package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"time"
)

//cell

type Customer struct {
	ID      int
	Arrive  time.Duration
	Service time.Duration
}

type Stats struct {
	Worker    int
	Served    int
	MaxWait   time.Duration
	TotalWait time.Duration
	Idle      time.Duration
}

func (s Stats) MeanWait() time.Duration {
	if s.Served == 0 {
		return 0
	}
	return (s.TotalWait / time.Duration(s.Served)).Round(time.Millisecond)
}

type Sim struct {
	rng *rand.Rand
}

func NewSim(seed uint64) *Sim {
	return &Sim{rng: rand.New(rand.NewPCG(seed, seed*7+1))}
}

func (s *Sim) Customers(n int) []Customer {
	out := make([]Customer, n)
	t := time.Duration(0)
	for i := range out {
		t += time.Duration(s.rng.IntN(90)+10) * time.Second
		svc := time.Duration(s.rng.Int64N(120)+30) * time.Second
		out[i] = Customer{ID: i + 1, Arrive: t, Service: svc}
	}
	return out
}

func run(worker int, cs []Customer) Stats {
	st := Stats{Worker: worker}
	free := time.Duration(0)
	for _, c := range cs {
		start := max(free, c.Arrive)
		if c.Arrive > free {
			st.Idle += c.Arrive - free
		}
		wait := start - c.Arrive
		st.TotalWait += wait
		st.MaxWait = max(st.MaxWait, wait)
		free = start + c.Service
		st.Served++
	}
	return st
}

//cell

func main() {
	const workers = 4
	results := make([]Stats, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			sim := NewSim(uint64(w + 1))
			results[w] = run(w, sim.Customers(50+10*w))
		})
	}
	wg.Wait()
	for _, r := range results {
		fmt.Printf("worker %d served %d mean wait %v max %v idle %v\n", r.Worker, r.Served, r.MeanWait(), r.MaxWait, r.Idle)
	}
	worst := slices.MaxFunc(results, func(a, b Stats) int { return cmp.Compare(a.MaxWait, b.MaxWait) })
	fmt.Println("worst", worst.Worker, worst.MaxWait.Minutes() > 1)

	r := rand.New(rand.NewPCG(1, 2))
	deck := make([]string, 0, 12)
	for _, s := range []string{"♠", "♥", "♦"} {
		for _, v := range []string{"A", "K", "Q", "J"} {
			deck = append(deck, v+s)
		}
	}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck[:5], r.Perm(5), r.Float64() < 1, r.IntN(6)+1)
	hist := map[int]int{}
	var mu sync.Mutex
	for g := range 3 {
		wg.Go(func() {
			gr := rand.New(rand.NewPCG(uint64(g), 99))
			local := map[int]int{}
			for range 1000 {
				local[gr.IntN(3)]++
			}
			mu.Lock()
			for k, v := range local {
				hist[k] += v
			}
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(hist[0]+hist[1]+hist[2], hist)
	d := rand.N(10*time.Second) < 10*time.Second
	fmt.Println(d)
}
