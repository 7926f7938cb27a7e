//go:build ignore

// An event's payload, held as any in an embedded header, asserted to the
// wrong map type.
package main

import (
	"fmt"
)

//cell

type Header struct {
	Kind    string
	Payload any
}

type Event struct {
	Header
	Seq int
}

func counts(e Event) map[string]int {
	return e.Payload.(map[string]int)
}

//cell

func main() {
	evs := []Event{
		{Header{"count", map[string]int{"x": 1}}, 1},
		{Header{"label", map[string]string{"x": "one"}}, 2},
	}
	for _, e := range evs {
		fmt.Println(e.Seq, counts(e)["x"])
	}
}
