package check

import "testing"

// A value of a named slice, array or map type whose methods fmt does not
// call (type Stack []int with a Peek method), printed through an any in
// a notebook without struct types, prints as its value (yaegi v0.16.1's
// record of it in the interface was printed: {0xc000… {0x5e2f00 …}}).
func TestNamedCompositeWithMethodsPrinted(t *testing.T) {
	runSteps(t,
		step{`type Stack []int

func (s Stack) Peek() int { return s[len(s)-1] }

type Counts map[string]int

func (c Counts) Total() int { return len(c) }

func show(v any) { fmt.Println(v) }`, ""},
		step{`show(Stack{1, 2})
show(Counts{"a": 1})
var v any = &Stack{3}
fmt.Println(v, []any{Stack{4}})`, "[1 2]\nmap[a:1]\n&[3] [[4]]\n"},
	)
}
