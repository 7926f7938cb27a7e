package toolchain_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/gofutures/gofutures/internal/testutil"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/gofutures/gofutures/kernel"
	"github.com/gofutures/gofutures/kernel/check"
	"github.com/gofutures/gofutures/kernel/supervisor"
)

// gcdCell is the seed tutorial's gcd, as a cell.
const gcdCell = testutil.GCDCell

// pairCell uses an import and the cell before it.
const pairCell = `import "example.com/greet"

// Pair is a pair of numbers.
type Pair struct{ A, B int }

// GCD is the pair's greatest common divisor.
func (p Pair) GCD() int { return gcd([2]int{p.A, p.B}) }

func greetGCD(p Pair) string { calls++; return greet.Hello(fmt.Sprint(p.GCD())) }

// calls counts greetGCD's calls; cells read it through greetCalls.
var calls int

func greetCalls() int { return calls }
`

// recorder collects a supervisor's output.
type recorder struct {
	mu  sync.Mutex
	out strings.Builder
}

func (r *recorder) Stream(name, text string) {
	r.mu.Lock()
	r.out.WriteString(text)
	r.mu.Unlock()
}

func (r *recorder) Display(string, json.RawMessage) {}

// runCells runs cells in a fresh interpreter process of the program at
// path, whose notebook module is module, and returns each cell's value
// (text/plain), failing on errors.
func runCells(t *testing.T, path, module string, cells ...string) []string {
	t.Helper()
	s := &supervisor.Supervisor{Path: path, Args: []string{"interpreter"}, Logf: t.Logf}
	s.SetOutput(&recorder{})
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// as kernel/build starts it: the checker finds the notebook module
	if _, _, err := s.Switch(path, []string{check.ModuleEnv + "=" + module}, nil); err != nil {
		t.Fatal(err)
	}
	var values []string
	for i, code := range cells {
		res := s.Execute(context.Background(), kernel.Cell{Code: code, Count: i + 1})
		if res.Status != "ok" {
			t.Fatalf("cell %d %q: %s: %s\n%s", i+1, code, res.EName, res.EValue, strings.Join(res.Traceback, "\n"))
		}
		v, _ := res.Data["text/plain"].(string)
		values = append(values, v)
	}
	return values
}

// The program shared by the tests below: built once (a build links all of
// gofutures, several seconds even with a warm build cache).
var shared struct {
	once  sync.Once
	b     *toolchain.Builder
	spec  toolchain.Spec
	res   *toolchain.Result
	err   error
	proxy string
}

func sharedProgram(t *testing.T) (*toolchain.Builder, toolchain.Spec, *toolchain.Result) {
	t.Helper()
	shared.once.Do(func() {
		shared.proxy = writeProxy(t, tempDir)
		var stages []string
		shared.b = &toolchain.Builder{
			Dir: filepath.Join(tempDir, "notebook"), CacheDir: filepath.Join(tempDir, "programs"), Self: locateSelf(t), Env: localEnv(shared.proxy),
			Progress: func(p toolchain.Progress) {
				if len(stages) == 0 || stages[len(stages)-1] != p.Stage {
					stages = append(stages, p.Stage)
				}
			},
		}
		shared.spec = toolchain.Spec{
			Imports: []string{"fmt", "example.com/greet", "github.com/gofutures/gofutures/executor"},
			Compiled: []toolchain.Cell{
				{Name: "In[2]", Line: 2, Source: gcdCell},
				{Name: "In[3]", Line: 2, Source: "import \"fmt\"\n\n" + pairCell},
			},
			Instances: []toolchain.Instance{
				{Path: "example.com/greet", Name: "Map", TypeArgs: []string{"int", "string"}},
				{Path: "example.com/greet", Name: "Box", Type: true, TypeArgs: []string{"cells.Pair"},
					Imports: map[string]string{"cells": toolchain.CompiledPackage}},
			},
		}
		shared.res, shared.err = shared.b.Build(context.Background(), shared.spec)
		if shared.err == nil {
			t.Logf("first build: %v (stages %v)", shared.res.Elapsed.Round(time.Millisecond), stages)
			want := []string{"resolve", "fetch", "compile", "extract", "build", "done"}
			if !slices.Equal(stages, want) {
				shared.err = fmt.Errorf("progress stages %v, want %v", stages, want)
			}
		}
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.b, shared.spec, shared.res
}

// Cells of the built program import the third-party package and use the
// compiled cells' functions, types and methods.
func TestProgramRunsCells(t *testing.T) {
	_, _, res := sharedProgram(t)
	if res.Cached {
		t.Error("the first build says it was cached")
	}
	want := []toolchain.Package{{Path: "example.com/greet", Name: "greet", GenericFuncs: []string{"Map"}, GenericTypes: []string{"Box"}}}
	if fmt.Sprint(res.Packages) != fmt.Sprint(want) {
		t.Errorf("packages %v, want %v", res.Packages, want)
	}
	if cells, err := toolchain.CompiledCells(shared.b.Dir); err != nil || len(cells) != 2 || cells[1].Name != "In[3]" || cells[1].Line != 2 || cells[0].Source != gcdCell {
		t.Errorf("CompiledCells: %+v, %v", cells, err)
	}
	decls, exports, ok := toolchain.ProgramCheckerFiles(res.Path)
	if !ok || !strings.Contains(decls, "var gcd = gfcells.Exported_gcd\n") || !strings.Contains(decls, "type Pair = gfcells.Pair\n") ||
		exports["example.com/greet"] == "" || exports[toolchain.CompiledPackage] == "" || exports[toolchain.InstancesPackage] == "" {
		t.Errorf("checker files: ok %v, decls %q, exports %v", ok, decls, exports)
	}
	if !slices.Equal(res.Compiled, []string{"Pair", "gcd", "greetCalls", "greetGCD"}) {
		t.Errorf("compiled names %v", res.Compiled)
	}
	got := runCells(t, res.Path, shared.b.Dir,
		`import "example.com/greet"`,
		`greet.Hello("notebook")`,
		`greet.Greeter{Word: "ahoj"}.Greet("cell")`,
		`import "fmt"`,
		`greet.Word + " " + fmt.Sprint(greet.Count)`,
		`import . "gofuturesnb.local/cells"`,
		`gcd([2]int{1963309, 2265973})`,
		`p := Pair{A: 12, B: 18}
p.GCD()`,
		`func twice(p Pair) int { return 2 * p.GCD() }
twice(Pair{100, 75})`,
		`greetGCD(Pair{9, 6})`,
		`greetCalls()`,
		fmt.Sprintf(`import %s %q`, toolchain.InstancesName, toolchain.InstancesPackage),
		fmt.Sprintf(`fmt.Sprint(gfinstances.%s([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) }))`,
			toolchain.InstanceName("Map", []string{"int", "string"})),
		fmt.Sprintf(`box := gfinstances.%s{V: Pair{A: 21, B: 14}}
box.V.GCD()`, toolchain.InstanceName("Box", []string{"cells.Pair"})),
	)
	wantValues := []string{"", "hi, notebook", "ahoj, cell", "", "hi 1", "", "1", "6", "50", "hi, 3", "1", "", "[1 4 9]", "7"}
	if !slices.Equal(got, wantValues) {
		t.Errorf("values\n got %q\nwant %q", got, wantValues)
	}
}

// The same spec again is a cache hit: no go command but go env runs.
func TestProgramCached(t *testing.T) {
	b, spec, first := sharedProgram(t)
	res, err := b.Build(context.Background(), spec)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Cached || res.Path != first.Path {
		t.Fatalf("second build: cached %v, path %s, want %s", res.Cached, res.Path, first.Path)
	}
	// A Builder of a new kernel process (nothing remembered) hits too.
	fresh := &toolchain.Builder{Dir: b.Dir, CacheDir: b.CacheDir, Self: b.Self, Env: b.Env}
	start := time.Now()
	res, err = fresh.Build(context.Background(), spec)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Cached || res.Path != first.Path {
		t.Fatalf("fresh builder: cached %v, path %s", res.Cached, res.Path)
	}
	t.Logf("cache hit from a fresh builder: %v", time.Since(start).Round(time.Millisecond))
}

// `%go get MODULE@VERSION` pins a version: the next build links it.
func TestProgramGetPinsVersion(t *testing.T) {
	b, spec, first := sharedProgram(t)
	nb := &toolchain.Builder{Dir: t.TempDir(), CacheDir: b.CacheDir, Self: b.Self, Env: b.Env}
	if err := nb.Get(context.Background(), "example.com/greet@v1.0.0"); err != nil {
		t.Fatal(err)
	}
	mod, err := nb.GoMod(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(mod, "example.com/greet v1.0.0") {
		t.Fatalf("go.mod does not pin v1.0.0:\n%s", mod)
	}
	res, err := nb.Build(context.Background(), toolchain.Spec{Imports: spec.Imports})
	if err != nil {
		t.Fatal(err)
	}
	if res.Cached || res.Path == first.Path {
		t.Fatalf("pinned build reused %s", res.Path)
	}
	got := runCells(t, res.Path, nb.Dir, `import "example.com/greet"`, `greet.Hello("v1")`)
	if got[1] != "hello, v1" {
		t.Errorf("greet.Hello = %s, want v1.0.0's %q", got[1], "hello, v1")
	}
}

// A compiled cell that fails to build leaves the built program usable:
// the same spec is still a cache hit.
func TestProgramSurvivesBadCell(t *testing.T) {
	b, spec, first := sharedProgram(t)
	bad := spec
	bad.Compiled = append(slices.Clone(spec.Compiled), toolchain.Cell{Name: "In[9]", Line: 2, Source: "func broken() int { return undefinedName }\n"})
	bad.Interpreted = []string{"undefinedName"}
	_, err := b.Build(context.Background(), bad)
	if !errors.Is(err, toolchain.ErrCompiledUsesInterpreted) || !strings.Contains(err.Error(), "In[9]:2:") {
		t.Fatalf("got %v", err)
	}
	res, err := b.Build(context.Background(), spec)
	if err != nil || !res.Cached || res.Path != first.Path {
		t.Fatalf("after a bad cell: %+v, %v", res, err)
	}
}
