// Package seed holds what several benchmarks in bench/ measure alike: the
// seed tutorial's gcd, as notebook cells, and the interpreter workers that
// run the notebook's tasks.
package seed

import (
	"encoding/json"
	"io"
	"os/exec"

	"github.com/gofutures/gofutures/executor"
	"github.com/gofutures/gofutures/kernel/cell"
)

// GCDCell is the seed tutorial's gcd of a pair of numbers, as a cell.
const GCDCell = `func gcd(pair [2]int) int {
	a, b := pair[0], pair[1]
	low := a
	if b < low {
		low = b
	}
	for i := low; i > 0; i-- {
		if a%i == 0 && b%i == 0 {
			return i
		}
	}
	return 1
}
`

// Notebook is the declarations the process benchmarks' workers load: a
// trivial task, noop, and the seed's gcd of a Pair.
const Notebook = `
func noop(x int) int { return x }

type Pair struct{ A, B int }

func gcd(p Pair) int {
	low := p.A
	if p.B < low {
		low = p.B
	}
	for i := low; i > 0; i-- {
		if p.A%i == 0 && p.B%i == 0 {
			return i
		}
	}
	return 1
}`

// WorkerConfig returns the configuration of interpreter workers ("bin
// worker" processes) loaded with Notebook; output, when not nil, gets
// what they write.
func WorkerConfig(bin string, output io.Writer) (executor.ProcessConfig, error) {
	p, err := cell.Split(Notebook, 1)
	if err != nil {
		return executor.ProcessConfig{}, err
	}
	decls, err := json.Marshal(p.Decls)
	if err != nil {
		return executor.ProcessConfig{}, err
	}
	return executor.ProcessConfig{
		Command:      func() *exec.Cmd { return exec.Command(bin, "worker") },
		Declarations: func() (uint64, []byte) { return 1, decls },
		Output:       output,
	}, nil
}
