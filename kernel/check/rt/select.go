package rt

import (
	"fmt"
	"reflect"
)

// Select runs a select statement of a function declared in a cell: the
// interpreter's own select keeps its cases in one place per statement, so
// that goroutines running the same select at once (a chain of filters, a
// pool of workers) received from each other's channels.
//
// ops describes the cases in order, one byte each, and xs holds their
// operands:
//
//	'r'  a receive: the channel, a pointer to the variable that takes the
//	     value (or nil), a pointer to the one that takes ok (or nil)
//	's'  a send: the channel, a pointer to the value to send
//	'd'  the default case: no operands
//
// Select returns the index of the case that ran, as the lowered switch
// expects. Channels are evaluated by the caller, in source order, as Go
// evaluates them on entering the select.
func Select(ops string, xs ...any) int {
	var buf [4]reflect.SelectCase
	cases := buf[:0]
	type recv struct{ v, ok any }
	var rbuf [4]recv
	recvs := rbuf[:0]
	k := 0
	for i := 0; i < len(ops); i++ {
		switch ops[i] {
		case 'r':
			cases = append(cases, reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(xs[k])})
			recvs = append(recvs, recv{xs[k+1], xs[k+2]})
			k += 3
		case 's':
			cases = append(cases, reflect.SelectCase{Dir: reflect.SelectSend, Chan: reflect.ValueOf(xs[k]), Send: reflect.ValueOf(xs[k+1]).Elem()})
			recvs = append(recvs, recv{})
			k += 2
		case 'd':
			cases = append(cases, reflect.SelectCase{Dir: reflect.SelectDefault})
			recvs = append(recvs, recv{})
		default:
			panic(fmt.Sprintf("rt.Select: case %q", ops[i]))
		}
	}
	chosen, v, ok := reflect.Select(cases)
	if r := recvs[chosen]; cases[chosen].Dir == reflect.SelectRecv {
		if r.v != nil {
			reflect.ValueOf(r.v).Elem().Set(v)
		}
		if r.ok != nil {
			*r.ok.(*bool) = ok
		}
	}
	return chosen
}
