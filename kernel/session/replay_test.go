package session

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// A cell that redefines a type and declares a variable again: the new
// declaration's value is the variable's, not the one the fresh
// interpreter carried over (it printed the old 1).
func TestRedefinitionCellsVarTakesItsNewValue(t *testing.T) {
	nb := newNotebook(t)
	nb.cell("type P struct{ X int }\nfunc (p P) M() int { return 1 }\nvar data = 1")
	nb.cell("keep := 3")
	nb.cell("type P struct{ X, Y int }\nfunc (p P) M() int { return 2 }\nvar data = 2")
	if got := nb.cell("keep*100 + data*10 + P{}.M()"); got != "322" {
		t.Errorf("after the redefinition: %s, want 322", got)
	}
}

// What declarations did when they ran is not done again when a fresh
// interpreter restores a notebook (a crash, a type redefinition) where
// the values they made come back: a variable's initializer, an init
// function. They printed again, and a slow initializer (a file read, a
// model trained) ran again at every redefinition of a type.
func TestRestoreRunsNoInitializerWhoseValueComesBack(t *testing.T) {
	nb := newNotebook(t)
	nb.cell(`import "fmt"
func load() []int { fmt.Println("loading"); return []int{1, 2, 3} }
var data = load()
var registry = map[string]int{}
func init() { fmt.Println("init"); registry["a"] = 1 }`)
	nb.cell(`data = append(data, 4)
registry["b"] = 2`)
	var out bytes.Buffer
	r := nb.restartWith(Options{KeepValues: true, Stdout: &out, Stderr: &out})
	if len(r.Notes) > 0 || len(r.Lost) > 0 {
		t.Fatalf("notes %v, lost %v", r.Notes, r.Lost)
	}
	if out.Len() > 0 {
		t.Errorf("the restore printed %q", out.String())
	}
	if got := nb.cell(`fmt.Sprint(data, len(registry), registry["a"]+registry["b"])`); got != "[1 2 3 4] 2 3" {
		t.Errorf("after the restart: %s", got)
	}

	// a redefinition of a type in the same notebook: the same
	nb.cell("type P struct{ X int }\nfunc (p P) M() int { return p.X }")
	out.Reset()
	nb.s.opts.Stdout, nb.s.opts.Stderr = &out, &out
	nb.cell("type P struct{ X, Y int }\nfunc (p P) M() int { return p.X + p.Y }")
	if strings.Contains(out.String(), "loading") || strings.Contains(out.String(), "init") {
		t.Errorf("the redefinition printed %q", out.String())
	}
	if got := nb.cell(`fmt.Sprint(data, len(registry), P{1, 2}.M())`); got != "[1 2 3 4] 2 3" {
		t.Errorf("after the redefinition: %s", got)
	}
}

// A value that cannot come back (a channel) is made again by its
// initializer, as a fresh program would, and only it: of a declaration of
// several, the others keep their restored values; an init that sets it
// runs again, and the restored values it also sets are kept.
func TestRestoreRunsInitializersOfWhatDidNotComeBack(t *testing.T) {
	nb := newNotebook(t)
	nb.cell(`import "fmt"
var n, jobs = 5, make(chan int, 1)
var done chan bool
var count int
func init() { fmt.Println("init"); done = make(chan bool, 1); count = 7 }`)
	nb.cell("n, count = 6, 9")
	var out bytes.Buffer
	r := nb.restartWith(Options{KeepValues: true, Stdout: &out, Stderr: &out})
	if len(r.Notes) > 0 {
		t.Fatalf("notes %v", r.Notes)
	}
	want := "done: not restored: a channel cannot be restored; set again by init (cell 1)\n" +
		"jobs: not restored: a channel cannot be restored; made again by its initializer (cell 1)"
	if got := strings.Join(slices.Sorted(slices.Values(r.Lost)), "\n"); got != want {
		t.Errorf("lost:\n%s\nwant\n%s", got, want)
	}
	if out.String() != "init\n" {
		t.Errorf("the restore printed %q, want the init's line", out.String())
	}
	if got := nb.cell(`fmt.Sprint(n, count, jobs != nil, cap(jobs), done != nil)`); got != "6 9 true 1 true" {
		t.Errorf("after the restart: %s", got)
	}
}

// An init that sets no variable is not run again by a restore, also in a
// notebook without variables (no snapshot at all).
func TestRestoreRunsNoInitOfANotebookWithoutValues(t *testing.T) {
	nb := newNotebook(t)
	nb.cell("import \"fmt\"\nfunc init() { fmt.Println(\"hello\") }\ntype P struct{ X int }\nfunc (p P) M() int { return p.X }")
	var out bytes.Buffer
	nb.s.opts.Stdout, nb.s.opts.Stderr = &out, &out
	nb.cell("type P struct{ X, Y int }\nfunc (p P) M() int { return p.X + p.Y }")
	if strings.Contains(out.String(), "hello") {
		t.Errorf("the redefinition printed %q", out.String())
	}
	out.Reset()
	if r := nb.restartWith(Options{KeepValues: true, Stdout: &out, Stderr: &out}); len(r.Notes) > 0 || out.Len() > 0 {
		t.Errorf("notes %v, printed %q", r.Notes, out.String())
	}
}
