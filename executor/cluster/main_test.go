package cluster

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/gofutures/gofutures/executor"
	"github.com/gofutures/gofutures/kernel/cell"
)

// gofuturesBin is cmd/gofutures, built once for the tests' workers.
var gofuturesBin string

func TestMain(m *testing.M) {
	// The examples' local workers are this test binary again.
	executor.Register("square", square)
	executor.RunWorker()
	RunWorker()
	dir, err := os.MkdirTemp("", "cluster-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	gofuturesBin = filepath.Join(dir, "gofutures")
	build := exec.Command("go", "build", "-o", gofuturesBin, "github.com/gofutures/gofutures/cmd/gofutures")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building cmd/gofutures for the workers:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func square(x int) int { return x * x }

// notebook is the declarations the tests' workers load, as a notebook's
// cells would declare them.
const notebook = `import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"time"
)

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
}

func square(x int) int { return x * x }

var scale = 1

func scaled(x int) int { return x * scale }

func sleepy(ms int) int {
	time.Sleep(time.Duration(ms) * time.Millisecond)
	return ms
}

func hello(who string) string {
	fmt.Println("hello", who)
	return "hi " + who
}

func failOn(x int) (int, error) {
	if x == 13 {
		return 0, fmt.Errorf("unlucky %d", x)
	}
	return x, nil
}

func die() int {
	os.Exit(7)
	return 0
}

func killWorker() int {
	exec.Command("kill", "-9", strconv.Itoa(os.Getppid())).Run()
	time.Sleep(time.Minute)
	return 0
}`

// declarations returns the notebook's declarations log as the kernel
// ships it to workers.
func declarations(t testing.TB) func() (uint64, []byte) {
	p, err := cell.Split(notebook, 1)
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(p.Decls)
	if err != nil {
		t.Fatal(err)
	}
	return func() (uint64, []byte) { return 1, data }
}

// Client-side stand-ins: the workers run the notebook's functions of
// these names; the executor needs their signatures.
type Pair struct{ A, B int }

var (
	gcdF        = executor.Named("gcd", func(Pair) int { return 0 })
	squareF     = executor.Named("square", func(int) int { return 0 })
	scaledF     = executor.Named("scaled", func(int) int { return 0 })
	sleepyF     = executor.Named("sleepy", func(int) int { return 0 })
	helloF      = executor.Named("hello", func(string) string { return "" })
	dieF        = executor.Named("die", func() int { return 0 })
	failOnF     = executor.Named("failOn", func(int) (int, error) { return 0, nil })
	killWorkerF = executor.Named("killWorker", func() int { return 0 })
)

func workerCommand(args ...string) *exec.Cmd {
	return exec.Command(gofuturesBin, append([]string{"worker"}, args...)...)
}
