//go:build ignore

// Process- and thread-pool tasks returning named basic types: as their
// static result type, inside an any and inside composites, the results
// keep their types (Temp, not float64; []Temp, not []float64) in the
// notebook as in the compiled program.
package main

import (
	"fmt"

	"github.com/gofutures/gofutures/executor"
)

type Temp float64
type Station string

//cell

func reading(i int) Temp { return Temp(i) * 1.5 }

func boxed(i int) any { return Temp(i) + 0.25 }

func series(n int) []Temp {
	var out []Temp
	for i := range n {
		out = append(out, Temp(i))
	}
	return out
}

func tagged(s Station) any { return map[Station]any{s: Temp(1)} }

func show(r any, err error) string {
	_, isTemp := r.(Temp)
	_, isFloat := r.(float64)
	return fmt.Sprintf("%T %v temp=%v float=%v err=%v", r, r, isTemp, isFloat, err)
}

//cell

func main() {
	executor.RegisterType(Temp(0))
	executor.RegisterType(Station(""))
	executor.Register("reading", reading)
	executor.Register("boxed", boxed)
	executor.Register("series", series)
	executor.Register("tagged", tagged)
	executor.RunWorker()

	pp := executor.NewProcessPool(2)
	defer pp.Close()
	tp := executor.NewThreadPool(2)
	defer tp.Close()
	fmt.Println(show(pp.Submit(reading, 2).Result()))
	fmt.Println(show(pp.Submit(boxed, 3).Result()))
	fmt.Println(show(tp.Submit(boxed, 3).Result()))
	fmt.Println(show(pp.Submit(series, 3).Result()))
	fmt.Println(show(pp.Submit(tagged, Station("north")).Result()))
	res, err := pp.Map(boxed, []int{1, 2})
	for _, r := range res {
		fmt.Println(show(r, err))
	}
}
