package executor_test

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gofutures/gofutures/executor"
)

// Standard-library functions a compiled program's workers run: registered
// under their runtime names (see init in process_test.go for the rest).
func init() {
	executor.Register("strings.Repeat", strings.Repeat)
	executor.Register("strconv.Itoa", strconv.Itoa)
	executor.Register("itoa", strconv.FormatInt) // another name works too
}

func TestProcessPoolStdFuncs(t *testing.T) {
	pool := executor.NewProcessPool(2)
	defer pool.Close()
	v, err := pool.Submit(strings.Repeat, "ab", 3).Result()
	if err != nil || v != "ababab" {
		t.Fatalf("Repeat: %v %v", v, err)
	}
	got, err := pool.Map(strconv.Itoa, []int{1, 22, 333})
	if err != nil || fmt.Sprint(got) != "[1 22 333]" {
		t.Fatalf("Map Itoa: %v %v", got, err)
	}
	v, err = pool.Submit(strconv.FormatInt, 255, 16).Result()
	if err != nil || v != "ff" {
		t.Fatalf("FormatInt: %v %v", v, err)
	}

	// Not registered: the workers (this program) would not find it, so
	// Submit and Map say how to register it.
	var ce *executor.CallError
	err = pool.Submit(math.Sqrt, 4.0).Err()
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), `executor.Register("math.Sqrt", math.Sqrt)`) {
		t.Fatalf("unregistered Sqrt: %v", err)
	}
	if _, err := pool.Map(math.Sqrt, []float64{1, 4, 9}); !errors.As(err, &ce) || ce.Func != "math.Sqrt" {
		t.Fatalf("unregistered Map Sqrt: %v", err)
	}
	// Generic instances have no name a worker could look up.
	err = pool.Submit(slices.Max[[]int], []int{1, 3, 2}).Err()
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "generic") {
		t.Fatalf("slices.Max: %v", err)
	}
}

// Where workers are given declarations (ProcessConfig.Declarations, as in
// the gofutures kernel), a standard-library function goes by its name
// and the worker resolves it; this worker (the test binary's registry)
// does not know math.Sqrt, and says so in the task's error.
func TestProcessPoolStdFuncByName(t *testing.T) {
	pool := executor.NewProcessPool(1, executor.WithProcessConfig(executor.ProcessConfig{
		Declarations: func() (uint64, []byte) { return 1, nil },
	}))
	defer pool.Close()
	v, err := pool.Submit(strings.Repeat, "x", 2).Result()
	if err != nil || v != "xx" {
		t.Fatalf("Repeat: %v %v", v, err)
	}
	err = pool.Submit(math.Sqrt, 4.0).Err()
	if err == nil || !strings.Contains(err.Error(), `"math.Sqrt"`) || !strings.Contains(err.Error(), "executor.Register") {
		t.Fatalf("Sqrt: %v", err)
	}
}
