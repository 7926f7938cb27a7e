//go:build ignore

// Parsing a multi-line log with strings.Lines, SplitSeq and FieldsSeq
// (Go 1.24) into cell types, hosts interned with unique.Make, and a
// method returning an iter.Seq2 over parsed entries; the log written by
// handlers behind a middleware chain of named function types, and the
// entries filtered by generic predicate combinators (methods of a named
// generic function type).
package main

import (
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unique"
)

//cell

const raw = `# access log
web-1 GET /index.html 200 12ms user=ana,role=admin
web-2 GET /api/items 200 45ms user=bo
web-1 POST /api/items 201 80ms user=ana,role=admin,trace=on
web-3 GET /missing 404 3ms

web-2 GET /api/items?page=2 500 120ms user=cy,role=guest
web-1 DELETE /api/items/7 204 33ms user=ana
`

type Host = unique.Handle[string]

type Entry struct {
	Host   Host
	Method string
	Path   string
	Status int
	MS     int
	Tags   map[string]string
}

func (e Entry) String() string {
	return fmt.Sprintf("%s %s %s -> %d (%dms)", e.Host.Value(), e.Method, e.Path, e.Status, e.MS)
}

type Log struct{ text string }

func (l Log) Entries() iter.Seq2[int, Entry] {
	return func(yield func(int, Entry) bool) {
		n := 0
		for line := range strings.Lines(l.text) {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			var fields []string
			for f := range strings.FieldsSeq(line) {
				fields = append(fields, f)
			}
			if len(fields) < 5 {
				continue
			}
			st, _ := strconv.Atoi(fields[3])
			ms, _ := strconv.Atoi(strings.TrimSuffix(fields[4], "ms"))
			e := Entry{Host: unique.Make(fields[0]), Method: fields[1], Path: fields[2], Status: st, MS: ms, Tags: map[string]string{}}
			if len(fields) > 5 {
				for kv := range strings.SplitSeq(fields[5], ",") {
					k, v, _ := strings.Cut(kv, "=")
					e.Tags[k] = v
				}
			}
			if !yield(n, e) {
				return
			}
			n++
		}
	}
}

//cell

type Request struct {
	Host, Method, Path, User string
}

type Response struct {
	Code int
	MS   int
}

type Handler func(Request) Response

func (h Handler) Serve(r Request) Response { return h(r) }

type Middleware func(Handler) Handler

type Chain struct {
	mws []Middleware
	out *strings.Builder
}

func (c Chain) With(m Middleware) Chain { return Chain{append(slices.Clone(c.mws), m), c.out} }

func (c Chain) Then(h Handler) Handler {
	for _, mw := range slices.Backward(c.mws) {
		h = mw(h)
	}
	return h
}

func (c Chain) Build(h Handler) Handler { return c.With(c.accessLog()).Then(h) }

func (c Chain) accessLog() Middleware {
	return func(next Handler) Handler {
		return func(r Request) Response {
			resp := next.Serve(r)
			fmt.Fprintf(c.out, "%s %s %s %d %dms", r.Host, r.Method, r.Path, resp.Code, resp.MS)
			if r.User != "" {
				fmt.Fprintf(c.out, " user=%s", r.User)
			}
			c.out.WriteString("\n")
			return resp
		}
	}
}

func auth(next Handler) Handler {
	return func(r Request) Response {
		if r.User == "" {
			return Response{401, 1}
		}
		return next(r)
	}
}

type Router struct{ routes map[string]Handler }

func (rt *Router) Lookup(p string) Handler {
	if h, ok := rt.routes[p]; ok {
		return h
	}
	return func(Request) Response { return Response{404, 2} }
}

func (rt *Router) Serve(r Request) Response { return rt.Lookup(r.Path)(r) }

//cell

type Pred[T any] func(T) bool

func (p Pred[T]) And(q Pred[T]) Pred[T] { return func(x T) bool { return p(x) && q(x) } }
func (p Pred[T]) Or(q Pred[T]) Pred[T]  { return func(x T) bool { return p(x) || q(x) } }
func (p Pred[T]) Not() Pred[T]          { return func(x T) bool { return !p(x) } }

func (p Pred[T]) Filter(seq iter.Seq2[int, T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range seq {
			if p(x) && !yield(x) {
				return
			}
		}
	}
}

type Rules[T any] map[string]Pred[T]

func (r Rules[T]) All(names ...string) Pred[T] {
	p := Pred[T](func(T) bool { return true })
	for _, n := range names {
		p = p.And(r[n])
	}
	return p
}

func (r Rules[T]) Except(name string) Pred[T] { return r[name].Not() }

//cell

func main() {
	log := Log{raw}
	var slow []Entry
	perHost := map[Host]int{}
	for i, e := range log.Entries() {
		fmt.Println(i, e)
		perHost[e.Host]++
		if e.MS >= 40 {
			slow = append(slow, e)
		}
	}
	web1 := unique.Make("web-" + strconv.Itoa(1))
	fmt.Println("web-1 requests:", perHost[web1], web1 == unique.Make("web-1"))
	hosts := make([]string, 0, len(perHost))
	for h, n := range perHost {
		hosts = append(hosts, fmt.Sprintf("%s=%d", h.Value(), n))
	}
	slices.Sort(hosts)
	fmt.Println(strings.Join(hosts, " "))

	slices.SortFunc(slow, func(a, b Entry) int { return b.MS - a.MS })
	for _, e := range slow {
		keys := make([]string, 0, len(e.Tags))
		for k := range e.Tags {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		fmt.Println("slow:", e.Path, keys, e.Tags["user"])
	}

	var segs []string
	for s := range strings.SplitSeq("/api/items/7", "/") {
		if s != "" {
			segs = append(segs, s)
		}
	}
	fmt.Printf("%q\n", segs)
	for i, e := range log.Entries() {
		if e.Status >= 400 {
			fmt.Println("first error at", i, e.Status)
			break
		}
	}
	count := 0
	for range strings.Lines("a\nb\nc") {
		count++
	}
	fmt.Println("lines", count)

	var out strings.Builder
	chain := Chain{out: &out}.With(auth)
	rt := &Router{routes: map[string]Handler{
		"/items": chain.Build(func(r Request) Response { return Response{200, 10 + len(r.User)} }),
		"/slow":  chain.Build(func(r Request) Response { return Response{200, 250} }),
	}}
	for _, r := range []Request{{"api-1", "GET", "/items", "ana"}, {"api-2", "GET", "/items", ""}, {"api-1", "POST", "/slow", "bo"}, {"api-2", "GET", "/nope", "cy"}} {
		fmt.Printf("%+v ", rt.Serve(r))
	}
	fmt.Println()
	served := Log{out.String()}
	rules := Rules[Entry]{
		"ok":   func(e Entry) bool { return e.Status < 400 },
		"slow": func(e Entry) bool { return e.MS > 100 },
		"api1": func(e Entry) bool { return e.Host == unique.Make("api-1") },
	}
	for e := range rules.All("ok", "api1").And(rules.Except("slow")).Filter(served.Entries()) {
		fmt.Println("fast ok on api-1:", e, e.Tags["user"])
	}
	failedOrSlow := rules.Except("ok").Or(rules["slow"])
	fmt.Println(len(slices.Collect(failedOrSlow.Filter(served.Entries()))), failedOrSlow(Entry{Status: 500}))
}
