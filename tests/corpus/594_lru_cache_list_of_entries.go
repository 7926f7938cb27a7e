//go:build ignore

// An LRU cache of rendered pages on container/list: its elements are
// values of a notebook interface (Page) put in the list through an
// "any"; eviction removes from the back in a loop and keeps what it
// removed; a flush drains the list front to back with Remove's results
// kept in a slice and asserted back.
package main

import (
	"container/list"
	"fmt"
	"strings"
)

type Page interface {
	Path() string
	Size() int
}

type HTML struct {
	URL  string
	Body string
}

func (h HTML) Path() string { return h.URL }
func (h HTML) Size() int    { return len(h.Body) }

type Redirect struct{ From, To string }

func (r *Redirect) Path() string { return r.From }
func (r *Redirect) Size() int    { return 1 }

//cell

type LRU struct {
	max     int
	size    int
	ll      *list.List
	index   map[string]*list.Element
	evicted []any
}

func NewLRU(max int) *LRU {
	return &LRU{max: max, ll: list.New(), index: map[string]*list.Element{}}
}

func (c *LRU) Put(p Page) {
	if e, ok := c.index[p.Path()]; ok {
		c.size -= e.Value.(Page).Size()
		c.ll.Remove(e)
	}
	var v any = p
	c.index[p.Path()] = c.ll.PushFront(v)
	c.size += p.Size()
	for c.size > c.max && c.ll.Len() > 1 {
		old := c.ll.Remove(c.ll.Back())
		pg := old.(Page)
		delete(c.index, pg.Path())
		c.size -= pg.Size()
		c.evicted = append(c.evicted, old)
	}
}

func (c *LRU) Get(path string) (Page, bool) {
	e, ok := c.index[path]
	if !ok {
		return nil, false
	}
	c.ll.MoveToFront(e)
	return e.Value.(Page), true
}

func (c *LRU) Flush() []any {
	var out []any
	for c.ll.Len() > 0 {
		out = append(out, c.ll.Remove(c.ll.Front()))
	}
	c.index = map[string]*list.Element{}
	c.size = 0
	return out
}

//cell

func main() {
	c := NewLRU(20)
	c.Put(HTML{"/", "<h1>home</h1>"})
	c.Put(&Redirect{"/old", "/"})
	c.Put(HTML{"/about", "about us"})
	if p, ok := c.Get("/"); ok {
		fmt.Println("hit", p.Path(), p.Size())
	}
	c.Put(HTML{"/blog", strings.Repeat("x", 9)})
	c.Put(HTML{"/about", "us"})
	for _, e := range c.evicted {
		fmt.Printf("evicted %s (%T)\n", e.(Page).Path(), e)
	}
	_, ok := c.Get("/old")
	fmt.Println("old cached:", ok, "size", c.size, "len", c.ll.Len())
	for _, v := range c.Flush() {
		switch p := v.(type) {
		case HTML:
			fmt.Println("flush html", p.URL, len(p.Body))
		case *Redirect:
			fmt.Println("flush redirect", p.From, "->", p.To)
		}
	}
	fmt.Println("after flush:", c.ll.Len(), len(c.index))
}
