//go:build ignore

// Effective Go's idioms in cells: ByteSize constants by iota shifts with
// a String method choosing the unit, a Sequence type that sorts a copy
// in String, a leaky buffer free list with select default, a server
// answering requests that carry their own reply channel, and a Job that
// embeds *log.Logger writing to stdout so its methods are promoted.
package main

import (
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
	"sync"
)

//cell

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
	PB
)

func (b ByteSize) String() string {
	switch {
	case b >= PB:
		return fmt.Sprintf("%.2fPB", b/PB)
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Sequence []int

func (s Sequence) Copy() Sequence {
	c := make(Sequence, 0, len(s))
	return append(c, s...)
}

func (s Sequence) String() string {
	s = s.Copy()
	sort.IntSlice(s).Sort()
	return fmt.Sprint([]int(s))
}

//cell

type Buffer struct {
	id   int
	data strings.Builder
}

type Pool struct {
	free    chan *Buffer
	made    int
	dropped int
}

func (p *Pool) Get() *Buffer {
	select {
	case b := <-p.free:
		b.data.Reset()
		return b
	default:
		p.made++
		return &Buffer{id: p.made}
	}
}

func (p *Pool) Put(b *Buffer) {
	select {
	case p.free <- b:
	default:
		p.dropped++
	}
}

//cell

type Request struct {
	args   []int
	f      func([]int) int
	result chan int
}

func serve(queue chan *Request, quit chan bool, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case req := <-queue:
			req.result <- req.f(req.args)
		case <-quit:
			return
		}
	}
}

func sum(a []int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

type Job struct {
	Command string
	*log.Logger
}

func NewJob(command string, logger *log.Logger) *Job { return &Job{command, logger} }

func (j *Job) Printf(format string, args ...any) {
	j.Logger.Printf("%q: %s", j.Command, fmt.Sprintf(format, args...))
}

//cell

func main() {
	for _, b := range []ByteSize{512, 1536, 3 * MB / 2, GB, 1e13, PB * 12} {
		fmt.Print(b, " ")
	}
	fmt.Println()
	fmt.Printf("%v %.0f %g\n", KB, MB, float64(TB))

	s := Sequence{5, 2, 9, 1}
	fmt.Println(s, []int(s), s.Copy())

	p := &Pool{free: make(chan *Buffer, 2)}
	var held []*Buffer
	for i := 0; i < 4; i++ {
		b := p.Get()
		fmt.Fprintf(&b.data, "msg %d", i)
		held = append(held, b)
	}
	for _, b := range held {
		p.Put(b)
	}
	again := p.Get()
	fmt.Println(p.made, p.dropped, again.id, again.data.Len(), len(p.free))

	queue, quit := make(chan *Request), make(chan bool)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go serve(queue, quit, &wg)
	}
	reqs := []*Request{
		{[]int{3, 4, 5}, sum, make(chan int, 1)},
		{[]int{1, 2, 3, 4}, func(a []int) int { return a[len(a)-1] * 10 }, make(chan int, 1)},
		{nil, sum, make(chan int, 1)},
	}
	for _, r := range reqs {
		queue <- r
	}
	for _, r := range reqs {
		fmt.Print(<-r.result, " ")
	}
	fmt.Println()
	close(quit)
	wg.Wait()

	job := NewJob("backup", log.New(os.Stdout, "job: ", 0))
	job.Println("starting")
	job.Printf("copied %d files", 12)
	job.SetPrefix("JOB> ")
	job.Print("done ", ByteSize(2048))
	fmt.Println(job.Prefix(), job.Flags())
}
