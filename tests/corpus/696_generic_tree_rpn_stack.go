//go:build ignore

// Generic numeric helpers over named types (~int | ~float64 with a
// String method in the constraint), a generic binary search tree with
// an iter.Seq2 walk, a generic stack evaluating RPN with panics turned
// into errors, and stacks and counters printed beside the calls that
// change them in one Println, a []any literal and a map literal (gc
// runs the calls among arguments first, a map literal's entries in order).
package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64
type Count int

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 { return float64(Sum(xs)) / float64(len(xs)) }

type Labeled interface {
	~int | ~float64
	String() string
}

func Labels[T Labeled](xs ...T) []string {
	out := []string{}
	for _, x := range xs {
		out = append(out, fmt.Sprintf("%s(%T)", x.String(), x))
	}
	return out
}

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

type node[K cmp.Ordered, V any] struct {
	k           K
	v           V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).k); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &node[K, V]{k: k, v: v}
	t.size++
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			if n == nil {
				return true
			}
			return walk(n.left) && yield(n.k, n.v) && walk(n.right)
		}
		walk(t.root)
	}
}

func (t *Tree[K, V]) Get(k K) (V, error) {
	for n := t.root; n != nil; {
		switch {
		case k < n.k:
			n = n.left
		case k > n.k:
			n = n.right
		default:
			return n.v, nil
		}
	}
	var zero V
	return zero, fmt.Errorf("key %v: %w", k, ErrMissing)
}

var ErrMissing = errors.New("missing")

//cell

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() T {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

func Keys[K comparable, V any](seq iter.Seq2[K, V]) []K {
	var ks []K
	for k := range seq {
		ks = append(ks, k)
	}
	return ks
}

func evalRPN(expr string) (result float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("rpn %q: %v", expr, r)
		}
	}()
	var st Stack[float64]
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, a := st.Pop(), st.Pop()
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				st.Push(a / b)
			}
		default:
			f, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, err
			}
			st.Push(f)
		}
	}
	return st.Pop(), nil
}

//cell

func main() {
	temps := []Celsius{20.5, 22, 19.25}
	fmt.Println(Sum(temps), Mean(temps), Sum([]Count{1, 2, 3}), Mean([]int{1, 2}))
	fmt.Printf("%v %T %.3f\n", Sum(temps), Sum(temps), Mean(temps))
	fmt.Println(Labels(temps...))
	var t Tree[string, []int]
	for i, w := range strings.Fields("pear fig apple fig kiwi") {
		old, _ := t.Get(w)
		t.Put(w, append(old, i))
	}
	for k, v := range t.All() {
		fmt.Printf("%-6s %v\n", k, v)
	}
	fmt.Println(t.size, Keys(t.All()))
	_, err := t.Get("plum")
	fmt.Println(err, errors.Is(err, ErrMissing))
	fmt.Printf("%T %T\n", t, t.root)
	var ti Tree[int, Celsius]
	for _, k := range []int{5, 3, 8, 1} {
		ti.Put(k, Celsius(k)*1.5)
	}
	for k, v := range ti.All() {
		if k > 5 {
			break
		}
		fmt.Print(k, ":", v, " ")
	}
	fmt.Println()
	for _, e := range []string{"3 4 + 2 *", "1 2 3", "5 1 2 + 4 * + 3 -", "1 +", "2 x *"} {
		r, err := evalRPN(e)
		fmt.Printf("%-20q => %8.2f %v\n", e, r, err)
	}
	var ss Stack[string]
	ss.Push("a")
	ss.Push("b")
	fmt.Println(ss, len(ss), ss.Pop(), ss)
	fmt.Printf("%T %#v\n", ss, ss)
	m := slices.MaxFunc(temps, func(a, b Celsius) int { return cmp.Compare(a, b) })
	fmt.Println(m, slices.Index(temps, 22), min(temps[0], temps[2]))
	undo := Stack[string]{"type a", "type b", "delete"}
	fmt.Printf("%d %v <- %q, now %v\n", len(undo), undo, undo.Pop(), undo)
	counts := map[string]int{}
	bump := func(k string) int { counts[k]++; return counts[k] }
	fmt.Println(counts["x"], bump("x"), bump("x"), counts["x"], counts)
	hist := Stack[string]{"x", "y", "z"}
	snapshot := []any{hist, hist.Pop()}
	fmt.Println(snapshot...)
	calls := 0
	next := func() int { calls++; return calls }
	stats := map[string]any{"before": calls, "next": next(), "after": calls}
	fmt.Println(stats)
	var pending Tree[string, int]
	pending.Put("b", 2)
	fmt.Println(pending.size, Keys(pending.All()), func() int { pending.Put("a", 1); return pending.size }(), pending.size)
}
