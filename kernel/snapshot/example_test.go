package snapshot_test

import (
	"bytes"
	"fmt"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	"github.com/gofutures/gofutures/kernel/snapshot"
)

// A notebook's variables go from one interpreter to a fresh one, where
// the type has gained a field; two pointers to one value still share it.
func Example() {
	old := interp.New(interp.Options{})
	_ = old.Use(stdlib.Symbols)
	for _, src := range []string{
		`type Point struct { X, Y int }`,
		`a := &Point{1, 2}`,
		`b := a`,
		`ch := make(chan int)`,
	} {
		if _, err := old.Eval(src); err != nil {
			panic(err)
		}
	}
	from := &snapshot.Interp{In: old}
	var k snapshot.Keeper
	enc, _ := k.Snapshot(from, []string{"a", "b", "ch"})
	var buf bytes.Buffer
	if _, err := enc.WriteTo(&buf); err != nil {
		panic(err)
	}

	fresh := interp.New(interp.Options{})
	_ = fresh.Use(stdlib.Symbols)
	if _, err := fresh.Eval(`type Point struct { X, Y, Z int }`); err != nil {
		panic(err)
	}
	to := &snapshot.Interp{In: fresh}
	res, err := (&snapshot.Decoder{Types: to, Var: to.Declare}).Decode(&buf)
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Vars)
	for _, p := range res.Problems {
		fmt.Println(p)
	}
	v, _ := fresh.Eval(`b.X = 10; a.X + a.Y + a.Z`)
	fmt.Println(v)
	// Output:
	// [a b ch]
	// ch: not restored: a channel cannot be restored
	// 12
}
