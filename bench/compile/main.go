// Command compile measures a %%compile cell: the seed tutorial's gcd over
// six pairs, serial, run from a notebook cell with gcd interpreted and
// with gcd in a %%compile cell, beside the same function compiled into
// this program; and what the toolchain costs: the first build of the
// %%compile cell, the first import of a module from the module proxy, and
// a kernel started again that finds them cached.
// bench/compile.sh runs it beside CPython and prints the ratios.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/gofutures/gofutures/bench/internal/seed"
	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/gofutures/gofutures/kernel"
	"github.com/gofutures/gofutures/kernel/build"
	"github.com/gofutures/gofutures/kernel/supervisor"
)

// timing is a cell that runs serial() runs times and shows the median
// in seconds.
const timing = `import ("sort"; "time")

func medianOf(runs int, f func()) float64 {
	ts := []float64{}
	for i := 0; i < runs; i++ {
		t0 := time.Now()
		f()
		ts = append(ts, time.Since(t0).Seconds())
	}
	sort.Float64s(ts)
	return ts[len(ts)/2]
}

var numbers = [][2]int{
	{1963309, 2265973}, {1879675, 2493670}, {2030677, 3814172},
	{1551645, 2229620}, {1988912, 4736670}, {2198964, 7876293},
}

func serial() []int {
	out := make([]int, 0, len(numbers))
	for _, p := range numbers {
		out = append(out, gcd(p))
	}
	return out
}
`

func gcd(pair [2]int) int {
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

var numbers = [][2]int{
	{1963309, 2265973}, {1879675, 2493670}, {2030677, 3814172},
	{1551645, 2229620}, {1988912, 4736670}, {2198964, 7876293},
}

func main() {
	bin := flag.String("gofutures", "gofutures", "the gofutures binary (its interpreter mode runs the cells)")
	runs := flag.Int("runs", 5, "timed runs per variant (median)")
	module := flag.String("module", "github.com/dustin/go-humanize", "a package to import from the module proxy (\"\": none)")
	dir := flag.String("dir", "", "directory for the notebook module and program cache (default: a new temporary one)")
	flag.Parse()
	if *dir == "" {
		d, err := os.MkdirTemp("", "gofutures-bench-compile-")
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(d)
		*dir = d
	}
	self, err := toolchain.LocateSelf()
	if err != nil {
		log.Fatal(err)
	}
	newInterp := func() *build.Interpreter {
		in := build.New(&supervisor.Supervisor{Path: *bin, Args: []string{"interpreter"}, Logf: log.Printf})
		in.NewBuilder = func() (*toolchain.Builder, error) {
			return &toolchain.Builder{Dir: *dir + "/notebook", CacheDir: *dir + "/programs", Self: self}, nil
		}
		in.SetOutput(discard{})
		if err := in.Start(); err != nil {
			log.Fatal(err)
		}
		return in
	}
	ctx := context.Background()
	count := 0
	run := func(in *build.Interpreter, code string) string {
		count++
		res := in.Execute(ctx, kernel.Cell{Code: code, Count: count})
		if res.Status != "ok" {
			log.Fatalf("cell %q: %s: %s", code, res.EName, res.EValue)
		}
		s, _ := res.Data["text/plain"].(string)
		return s
	}
	seconds := func(s string) float64 {
		v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			log.Fatalf("not seconds: %q", s)
		}
		return v
	}
	timeCell := fmt.Sprintf("medianOf(%d, func() { serial() })", *runs)

	// interpreted
	in := newInterp()
	run(in, seed.GCDCell)
	run(in, timing)
	run(in, "serial()")
	interpreted := seconds(run(in, timeCell))
	in.Close()

	// %%compile: the first build (this run's notebook module; the go
	// command's build cache as this machine has it)
	in = newInterp()
	run(in, timing[:strings.Index(timing, "var numbers")]) // medianOf only
	t0 := time.Now()
	run(in, "%%compile\n"+seed.GCDCell)
	firstBuild := time.Since(t0)
	run(in, timing[strings.Index(timing, "var numbers"):])
	run(in, "serial()")
	compiledCell := seconds(run(in, timeCell))
	in.Close()

	// a kernel started again: the same %%compile cell finds its program
	t0 = time.Now()
	in = newInterp()
	run(in, "%%compile\n"+seed.GCDCell)
	restart := time.Since(t0)
	run(in, "gcd([2]int{12, 18})")
	in.Close()

	// the first import of a module from the module proxy, and again in a
	// kernel started again
	var firstImport, importAgain time.Duration
	if *module != "" {
		in = newInterp()
		t0 = time.Now()
		run(in, fmt.Sprintf("import %q", *module))
		firstImport = time.Since(t0)
		in.Close()
		t0 = time.Now()
		in = newInterp()
		run(in, fmt.Sprintf("import %q", *module))
		importAgain = time.Since(t0)
		in.Close()
	}

	// compiled Go, in this process
	serial := func() []int {
		out := make([]int, 0, len(numbers))
		for _, p := range numbers {
			out = append(out, gcd(p))
		}
		return out
	}
	serial()
	var ts []float64
	for i := 0; i < *runs; i++ {
		t0 := time.Now()
		serial()
		ts = append(ts, time.Since(t0).Seconds())
	}
	sort.Float64s(ts)
	native := ts[len(ts)/2]

	fmt.Printf("gcd serial interpreted     %.3f s\n", interpreted)
	fmt.Printf("gcd serial %%%%compile        %.3f s\n", compiledCell)
	fmt.Printf("gcd serial compiled Go     %.3f s\n", native)
	fmt.Printf("first %%%%compile build      %.1f s\n", firstBuild.Seconds())
	fmt.Printf("kernel start + cached %%%%compile cell %.3f s\n", restart.Seconds())
	if *module != "" {
		fmt.Printf("first import of %s (fetch + build) %.1f s\n", *module, firstImport.Seconds())
		fmt.Printf("kernel start + cached import %.3f s\n", importAgain.Seconds())
	}
}

type discard struct{}

func (discard) Stream(string, string)           {}
func (discard) Display(string, json.RawMessage) {}
