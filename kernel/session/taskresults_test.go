package session

import "testing"

// A task's result of a cell type over a basic type with methods comes
// back from a pool as a value of that type (yaegi v0.16.1 hands compiled
// code a Temp as a float64): it asserts to Temp and prints through its
// String method, from Submit, Map (chunked too) and MapIter.
func TestTaskResultsOfNamedBasicTypes(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{`import (
	"fmt"

	"github.com/gofutures/gofutures/executor"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func half(t Temp) Temp { return t / 2 }

func halfErr(t Temp) (Temp, error) { return t / 2, nil }`, ""},
		{`pool := executor.NewThreadPool(2)
v, err := pool.Submit(half, Temp(5)).Result()
fmt.Printf("%v %T %v %v\n", v, v, err, v.(Temp)+1)
res, err := pool.Map(halfErr, []Temp{1, 2, 3}, executor.ChunkSize(2))
fmt.Println(res, err, res[2].(Temp))
it := pool.MapIter(half, []Temp{4})
for it.Next() {
	fmt.Println(it.Value().(Temp))
}`, "2.5°C main.Temp <nil> 3.5°C\n[0.5°C 1.0°C 1.5°C] <nil> 1.5°C\n2.0°C\n"},
		{`func run() {
	res, _ := pool.Map(half, []Temp{8})
	t, ok := res[0].(Temp)
	fmt.Println(t, ok)
}
run()`, "4.0°C true\n"},
	})
}
