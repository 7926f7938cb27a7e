//go:build ignore

// Middleware over a HandlerFunc type with a ServeX method (the
// http.HandlerFunc pattern): decorators wrap Handlers, a chain is built
// by folding a slice of func(Handler) Handler, and a router holds
// Handlers of both kinds. An event bus delivers to Observer interfaces,
// to ObserverFunc adapters and to a struct embedding a counter; an
// asynchronous bus delivers over a channel per subscriber, each drained
// by its own goroutine.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

//cell

type Request struct {
	Path string
	User string
}

type Response struct {
	Status int
	Body   []string
}

type Handler interface {
	ServeX(*Response, *Request)
}

type HandlerFunc func(*Response, *Request)

func (f HandlerFunc) ServeX(w *Response, r *Request) { f(w, r) }

type Middleware func(Handler) Handler

//cell

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			*log = append(*log, "> "+r.Path)
			next.ServeX(w, r)
			*log = append(*log, fmt.Sprintf("< %s %d", r.Path, w.Status))
		})
	}
}

func Auth(allowed ...string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			for _, a := range allowed {
				if a == r.User {
					next.ServeX(w, r)
					return
				}
			}
			w.Status = 403
			w.Body = append(w.Body, "forbidden")
		})
	}
}

func Tag(t string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			w.Body = append(w.Body, "<"+t+">")
			next.ServeX(w, r)
			w.Body = append(w.Body, "</"+t+">")
		})
	}
}

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

//cell

type Router struct {
	routes   map[string]Handler
	notFound Handler
}

func (rt *Router) Handle(p string, h Handler)         { rt.routes[p] = h }
func (rt *Router) HandleFunc(p string, f HandlerFunc) { rt.routes[p] = f }

func (rt *Router) ServeX(w *Response, r *Request) {
	if h, ok := rt.routes[r.Path]; ok {
		h.ServeX(w, r)
		return
	}
	rt.notFound.ServeX(w, r)
}

type static string

func (s static) ServeX(w *Response, r *Request) {
	w.Status = 200
	w.Body = append(w.Body, string(s))
}

//cell

type Event struct {
	Topic string
	Data  int
}

type Observer interface{ Notify(Event) }

type ObserverFunc func(Event)

func (f ObserverFunc) Notify(e Event) { f(e) }

type Bus struct {
	subs map[string][]Observer
}

func (b *Bus) Subscribe(topic string, o Observer) func() {
	if b.subs == nil {
		b.subs = map[string][]Observer{}
	}
	b.subs[topic] = append(b.subs[topic], o)
	idx := len(b.subs[topic]) - 1
	return func() { b.subs[topic][idx] = nil }
}

func (b *Bus) Publish(e Event) int {
	n := 0
	for _, o := range b.subs[e.Topic] {
		if o != nil {
			o.Notify(e)
			n++
		}
	}
	return n
}

type counter struct{ counts map[string]int }

func (c *counter) Notify(e Event) { c.counts[e.Topic] += e.Data }

type auditor struct {
	*counter
	name string
}

//cell

type AsyncBus struct {
	mu   sync.Mutex
	subs map[string][]chan Event
	wg   sync.WaitGroup
}

func (b *AsyncBus) Subscribe(topic string, o Observer) {
	ch := make(chan Event, 4)
	b.mu.Lock()
	if b.subs == nil {
		b.subs = map[string][]chan Event{}
	}
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		for e := range ch {
			o.Notify(e)
		}
	}()
}

func (b *AsyncBus) Publish(e Event) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := 0
	for _, ch := range b.subs[e.Topic] {
		ch <- e
		n++
	}
	return n
}

func (b *AsyncBus) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for topic, chs := range b.subs {
		for i, ch := range chs {
			close(ch)
			chs[i] = nil
		}
		delete(b.subs, topic)
	}
	b.wg.Wait()
}

//cell

func main() {
	var log []string
	rt := &Router{routes: map[string]Handler{}, notFound: static("404 page")}
	rt.HandleFunc("/hello", func(w *Response, r *Request) {
		w.Status = 200
		w.Body = append(w.Body, "hello "+r.User)
	})
	rt.Handle("/about", static("about us"))
	rt.Handle("/admin", Chain(HandlerFunc(func(w *Response, r *Request) {
		w.Status = 200
		w.Body = append(w.Body, "admin panel")
	}), Auth("root"), Tag("b")))
	app := Chain(rt, Logging(&log), Tag("html"))
	for _, r := range []Request{{"/hello", "ann"}, {"/admin", "ann"}, {"/admin", "root"}, {"/nope", "x"}, {"/about", ""}} {
		w := &Response{}
		app.ServeX(w, &r)
		fmt.Println(w.Status, strings.Join(w.Body, ""))
	}
	fmt.Println(strings.Join(log, " | "))
	var h Handler = HandlerFunc(rt.ServeX)
	w := &Response{}
	h.ServeX(w, &Request{Path: "/about"})
	fmt.Printf("%d %q %T\n", w.Status, w.Body, h)

	bus := &Bus{}
	c := &counter{counts: map[string]int{}}
	a := auditor{&counter{map[string]int{}}, "audit"}
	var seen []string
	bus.Subscribe("order", c)
	bus.Subscribe("order", a)
	unsub := bus.Subscribe("order", ObserverFunc(func(e Event) { seen = append(seen, fmt.Sprint(e.Data)) }))
	bus.Subscribe("refund", c)
	bus.Subscribe("refund", ObserverFunc(func(e Event) { seen = append(seen, fmt.Sprint(-e.Data)) }))
	fmt.Println(bus.Publish(Event{"order", 5}), bus.Publish(Event{"refund", 2}))
	unsub()
	fmt.Println(bus.Publish(Event{"order", 7}), bus.Publish(Event{"other", 1}))
	keys := make([]string, 0)
	for k := range c.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", c.counts[k], " ")
	}
	fmt.Println(a.counts, a.name, seen)

	ab := &AsyncBus{}
	var mu sync.Mutex
	var got []string
	for _, name := range []string{"x", "y"} {
		ab.Subscribe("job", ObserverFunc(func(e Event) {
			mu.Lock()
			got = append(got, fmt.Sprintf("%s%d", name, e.Data))
			mu.Unlock()
		}))
	}
	tally := &counter{counts: map[string]int{}}
	ab.Subscribe("job", tally)
	ab.Subscribe("tick", tally)
	sent := 0
	for i := 1; i <= 3; i++ {
		sent += ab.Publish(Event{"job", i})
	}
	sent += ab.Publish(Event{"tick", 10})
	ab.Close()
	sort.Strings(got)
	fmt.Println(sent, got, tally.counts["job"], tally.counts["tick"], len(ab.subs))
}
