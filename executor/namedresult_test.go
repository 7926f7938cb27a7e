package executor_test

import (
	"fmt"
	"testing"

	"github.com/gofutures/gofutures/executor"
)

// celsius stands for what a NamedFunc's Result gives a value back as.
type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

// TestNamedFuncResult: a NamedFunc's Result is applied to every value of
// its calls, in a ThreadPool and a ProcessPool, by Submit and by Map
// (chunked or not), and not to a call that failed.
func TestNamedFuncResult(t *testing.T) {
	retype := func(v any) any {
		if n, ok := v.(int); ok {
			return celsius(n)
		}
		return v
	}
	fn := executor.NamedFunc{Name: "gcdPair", Fn: gcdPair, Result: retype}
	for _, ex := range []executor.Executor{executor.NewThreadPool(2), executor.NewProcessPool(2)} {
		v, err := ex.Submit(fn, Pair{12, 18}).Result()
		if c, ok := v.(celsius); !ok || c != 6 || err != nil {
			t.Errorf("%T Submit: %v (%T) %v", ex, v, v, err)
		}
		for _, chunk := range []int{1, 4} {
			got, err := ex.Map(fn, seedPairs, executor.ChunkSize(chunk))
			if s := fmt.Sprint(got); err != nil || s != "[1.0°C 5.0°C 1.0°C 5.0°C 2.0°C 3.0°C]" {
				t.Errorf("%T Map chunk %d: %s %v", ex, chunk, s, err)
			}
		}
		ex.Shutdown(true, false)
	}
}
