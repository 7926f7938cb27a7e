//go:build ignore

// A visitor over an AST of interface nodes: each node's Accept calls
// the visitor's method for its type; visitors are a printer, an
// evaluator with an environment, and a constant folder that rebuilds
// the tree. A later cell adds a node type and an ast.Inspect-style walk
// with a type switch.
package main

import (
	"errors"
	"fmt"
	"strings"
)

//cell

type Node interface {
	Accept(v Visitor) any
}

type Visitor interface {
	VisitNum(n *Num) any
	VisitVar(n *Var) any
	VisitBin(n *Bin) any
	VisitLet(n *Let) any
}

type Num struct{ V float64 }
type Var struct{ Name string }
type Bin struct {
	Op   byte
	L, R Node
}
type Let struct {
	Name      string
	Val, Body Node
}

func (n *Num) Accept(v Visitor) any { return v.VisitNum(n) }
func (n *Var) Accept(v Visitor) any { return v.VisitVar(n) }
func (n *Bin) Accept(v Visitor) any { return v.VisitBin(n) }
func (n *Let) Accept(v Visitor) any { return v.VisitLet(n) }

//cell

type printer struct{}

func (printer) VisitNum(n *Num) any { return fmt.Sprint(n.V) }
func (printer) VisitVar(n *Var) any { return n.Name }
func (p printer) VisitBin(n *Bin) any {
	return "(" + n.L.Accept(p).(string) + " " + string(n.Op) + " " + n.R.Accept(p).(string) + ")"
}
func (p printer) VisitLet(n *Let) any {
	return fmt.Sprintf("let %s = %s in %s", n.Name, n.Val.Accept(p), n.Body.Accept(p))
}

var errDivZero = errors.New("division by zero")

type evaluator struct {
	env   map[string]float64
	err   error
	steps int
}

func (e *evaluator) VisitNum(n *Num) any { e.steps++; return n.V }
func (e *evaluator) VisitVar(n *Var) any {
	e.steps++
	v, ok := e.env[n.Name]
	if !ok && e.err == nil {
		e.err = fmt.Errorf("unbound %q", n.Name)
	}
	return v
}
func (e *evaluator) VisitBin(n *Bin) any {
	e.steps++
	l, r := n.L.Accept(e).(float64), n.R.Accept(e).(float64)
	switch n.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		if r == 0 {
			e.err = errDivZero
			return 0.0
		}
		return l / r
	}
	panic("bad op " + string(n.Op))
}
func (e *evaluator) VisitLet(n *Let) any {
	e.steps++
	v := n.Val.Accept(e).(float64)
	old, had := e.env[n.Name]
	e.env[n.Name] = v
	res := n.Body.Accept(e)
	if had {
		e.env[n.Name] = old
	} else {
		delete(e.env, n.Name)
	}
	return res
}

func eval(n Node, env map[string]float64) (float64, int, error) {
	e := &evaluator{env: env}
	v := n.Accept(e).(float64)
	return v, e.steps, e.err
}

//cell

type folder struct{ folded int }

func (f *folder) VisitNum(n *Num) any { return n }
func (f *folder) VisitVar(n *Var) any { return n }
func (f *folder) VisitBin(n *Bin) any {
	l, r := n.L.Accept(f).(Node), n.R.Accept(f).(Node)
	ln, lok := l.(*Num)
	rn, rok := r.(*Num)
	if lok && rok && !(n.Op == '/' && rn.V == 0) {
		v, _, _ := eval(&Bin{n.Op, ln, rn}, nil)
		f.folded++
		return &Num{v}
	}
	return &Bin{n.Op, l, r}
}
func (f *folder) VisitLet(n *Let) any {
	return &Let{n.Name, n.Val.Accept(f).(Node), n.Body.Accept(f).(Node)}
}

//cell

func walk(n Node, f func(Node) bool) {
	if !f(n) {
		return
	}
	switch n := n.(type) {
	case *Bin:
		walk(n.L, f)
		walk(n.R, f)
	case *Let:
		walk(n.Val, f)
		walk(n.Body, f)
	}
}

func vars(n Node) []string {
	var out []string
	walk(n, func(n Node) bool {
		if v, ok := n.(*Var); ok {
			out = append(out, v.Name)
		}
		return true
	})
	return out
}

//cell

func main() {
	tree := &Let{"x", &Bin{'+', &Num{2}, &Num{3}},
		&Bin{'*', &Var{"x"}, &Bin{'-', &Var{"y"}, &Bin{'/', &Num{8}, &Num{4}}}}}
	fmt.Println(tree.Accept(printer{}))
	v, steps, err := eval(tree, map[string]float64{"y": 10})
	fmt.Println(v, steps, err)
	_, _, err = eval(tree, map[string]float64{})
	fmt.Println(err)
	_, _, err = eval(&Bin{'/', &Num{1}, &Bin{'-', &Var{"y"}, &Var{"y"}}}, map[string]float64{"y": 3})
	fmt.Println(err, errors.Is(err, errDivZero))

	f := &folder{}
	folded := tree.Accept(f).(Node)
	fmt.Println(folded.Accept(printer{}), f.folded)
	fmt.Println(vars(tree), vars(folded))
	var visitors []Visitor = []Visitor{printer{}, &evaluator{env: map[string]float64{"x": 1}}, f}
	for _, vis := range visitors {
		fmt.Printf("%T %v\n", vis, (&Var{"x"}).Accept(vis))
	}
	nums := 0
	walk(tree, func(n Node) bool {
		if _, ok := n.(*Num); ok {
			nums++
		}
		_, isLet := n.(*Let)
		return !isLet || strings.HasPrefix(n.(*Let).Name, "x")
	})
	fmt.Println("nums", nums)
}
