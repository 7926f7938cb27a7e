//go:build ignore

// Method sets, method values and method expressions from the spec: a
// value's method set has the value-receiver methods, a pointer's has both;
// an addressable variable may call pointer methods (the compiler takes
// &v); a method value binds its receiver when it is evaluated, and T.M /
// (*T).M turn methods into functions taking the receiver first.
package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int       { return c.n }
func (c *Counter) Inc()          { c.n++ }
func (c *Counter) Add(k int) int { c.n += k; return c.n }
func (c Counter) Label() string  { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Getter interface{ Get() int }
type Incer interface {
	Getter
	Inc()
}

//cell

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }
func (t *Temp) Warm(d Temp)   { *t += d }

type List []string

func (l *List) Push(s string) { *l = append(*l, s) }
func (l List) Join() string   { return strings.Join(l, ",") }

func describe(v any) string {
	_, g := v.(Getter)
	_, i := v.(Incer)
	_, s := v.(fmt.Stringer)
	return fmt.Sprintf("%T getter=%v incer=%v stringer=%v", v, g, i, s)
}

//cell

func methodValues() {
	c := Counter{name: "c"}
	get := c.Get // receiver copied now
	inc := c.Inc // &c bound now
	inc()
	inc()
	fmt.Println(get(), c.Get(), c.Label())

	p := &c
	label := p.Label // *p copied now
	p.Inc()
	fmt.Println(label(), p.Label())

	fGet := Counter.Get
	fInc := (*Counter).Inc
	fAdd := (*Counter).Add
	fPGet := (*Counter).Get
	fInc(&c)
	fmt.Println(fGet(c), fAdd(&c, 10), fPGet(&c))
	fmt.Printf("%T\n%T\n%T\n", fGet, fAdd, fPGet)

	funcs := []func(){c.Inc, p.Inc}
	for _, f := range funcs {
		f()
	}
	fmt.Println(c.n)
}

//cell

func main() {
	methodValues()

	var c Counter
	fmt.Println(describe(c))
	fmt.Println(describe(&c))
	var t Temp = 20
	fmt.Println(describe(t))
	fmt.Println(describe(&t))

	t.Warm(1.5)
	(&t).Warm(0.5)
	fmt.Println(t, &t == &t)

	var l List
	l.Push("a")
	l.Push("b")
	push := l.Push
	push("c")
	fmt.Println(l.Join(), len(l), List.Join(l))

	cs := []Counter{{name: "x"}, {name: "y"}}
	cs[0].Inc()
	for i := range cs {
		cs[i].Add(i + 1)
	}
	for _, cc := range cs {
		cc.Inc()
	}
	fmt.Println(cs[0].Label(), cs[1].Label())

	m := map[string]*Counter{"k": {name: "k"}}
	m["k"].Inc()
	fmt.Println(m["k"].Label())

	var g Getter = &Counter{name: "p", n: 7}
	if ic, ok := g.(Incer); ok {
		ic.Inc()
	}
	fmt.Println(g.Get())
	var gv Getter = Counter{name: "v", n: 1}
	_, ok := gv.(Incer)
	fmt.Println(ok, gv.Get())

	ifaceMethod := Getter.Get
	fmt.Println(ifaceMethod(g), ifaceMethod(gv))
	fmt.Printf("%T\n", ifaceMethod)

	var st fmt.Stringer = t
	ts := st.String
	t = 99
	fmt.Println(ts(), t)
}
