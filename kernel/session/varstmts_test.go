package session

import (
	"errors"
	"testing"

	"github.com/gofutures/gofutures/executor"
)

// A var declaration after a cell's first statement runs in its place, as
// in Go's main (go run prints [2] for the first cell: the kernel printed
// [], the declaration made before the statements ran), and its variables
// are the notebook's, as those of :=.
func TestCellsVarAfterStatements(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\nvar q []float64\nq = append(q, 2)\nvar z any = q\nfmt.Println(z)", "[2]\n"},
		{"fmt.Println(z, q)", "[2] [2]\n"},
		{"func pair(n int) (int, string) { return n * 2, fmt.Sprint(n) }\nn := 3\nn++\nvar a, b = pair(n)\nfmt.Println(a, b)", "8 4\n"},
		{"a + len(b)", "=> 9"},
		{"count := 1\nvar total int\ntotal += count\nfmt.Println(total)", "1\n"},
		{"count := 1\nvar total int\ntotal += count\nfmt.Println(total)", "1\n"},
		{"base := 10\nvar (\n\tlo = base - 1\n\thi int = base + 1\n\tmid, far float64\n)\nfmt.Println(lo, hi, mid, far)", "9 11 0 0\n"},
		{"fmt.Println(lo, hi, mid)", "9 11 0\n"},
		{"func double(n int) int { return n * 2 }\nk := 4\nvar d = double(k)\nfmt.Println(d)", "8\n"},
		{"func showD2() { fmt.Println(\"d2 is\", d2) }\nk2 := 4\nvar d2 = k2 * 2\nshowD2()", "d2 is 8\n"},
		{"d2 = 1\nshowD2()", "d2 is 1\n"},
		{"var early = len(q)\nfmt.Println(early)", "1\n"},
	})
}

func TestCellsVarAfterStatementsMore(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\nvar level = 1\nfunc getLevel() int { return level }", ""},
		{"fmt.Println(getLevel())\nvar level = 5\nfmt.Println(getLevel(), level)", "1\n5 5\n"},
		{"fmt.Println(getLevel())\nlevel := 7\nfmt.Println(getLevel(), level)", "5\n7 7\n"},
		{"var before = 1\nbefore = 2\nvar mid = before * 10\npanic(\"stop\")\nvar after = 3", "error: panic: stop"},
		{"fmt.Println(before, mid, after)", "2 20 0\n"},
		{"xs := []int{1}\nvar snapshot = len(xs)\nfunc snap() int { return snapshot }\nxs = append(xs, 2)\nsnapshot = len(xs)\nfmt.Println(snap())", "2\n"},
		{"snap()", "=> 2"},
		// the values read the notebook's variables of the names declared
		// (go run: the outer ones); a group's specs see those before them
		{"hits := 1\nvar hits2 = hits + 1\nfmt.Println(hits2)", "2\n"},
		{"hits++\nvar hits = hits * 10\nfmt.Println(hits)", "20\n"},
		{"step := 3\nvar (\n\tfirst = step\n\tsecond = first * 2\n\tshow = func() int { return first + second }\n)\nfirst = 100\nfmt.Println(second, show())", "6 106\n"},
		{"var _ = fmt.Sprint(\"unused\")\nvar spare = 1", ""},
		{"type Pair[K comparable, V any] struct {\n\tK K\n\tV V\n}\ntype Box struct{ N int }\nfmt.Print()\nvar pr Pair[string, Box]\npr.K = \"b\"\nvar bx Box\nbx.N++\nvar pp = &pr\nfmt.Printf(\"%+v %v %v\\n\", pr, bx, pp.K)", "{K:b V:{N:0}} {1} b\n"},
		{"pr.V.N = 2\nfmt.Println(pr.V, pp.V)", "{2} {2}\n"},
	})
}

// The variables of a var after statements come back after a restart
// with the values the statements left, as those of := do.
func TestVarAfterStatementsSurvivesARestart(t *testing.T) {
	nb := newNotebook(t)
	nb.cell("import \"fmt\"\nvar q []int\nq = append(q, 2)\nvar z any = q\nvar (\n\tn int\n\tlabel = fmt.Sprint(q)\n)\nn = len(q)\nfunc describe() string { return fmt.Sprintf(\"%v %v %s\", z, n, label) }")
	if got := nb.cell("describe()"); got != "[2] 1 [2]" {
		t.Fatalf("describe() = %s, want [2] 1 [2]", got)
	}
	if r := nb.restart(); len(r.Notes) > 0 || len(r.Lost) > 0 {
		t.Fatalf("notes %v, lost %v", r.Notes, r.Lost)
	}
	for _, c := range []struct{ code, want string }{
		{"describe()", "[2] 1 [2]"},
		{"n = 5\ndescribe()", "[2] 5 [2]"},
		{"fmt.Sprint(z, q)", "[2] [2]"},
	} {
		if got := nb.cell(c.code); got != c.want {
			t.Errorf("%s = %s, want %s", c.code, got, c.want)
		}
	}
}

// Unchecked (the checker off), a var after statements runs in its
// place too: the interpreter runs it among the statements.
func TestUncheckedVarAfterStatements(t *testing.T) {
	o := richOpts()
	o.NoCheck = true
	runCells(t, o, []cellCase{
		{"import \"fmt\"\nvar q []float64\nq = append(q, 2)\nvar z any = q\nfmt.Println(z)", "[2]\n"},
		{"base := 10\nvar (\n\tlo = base - 1\n\tmid float64\n)\nfmt.Println(lo, mid, z)", "9 0 [2]\n"},
	})
}

// The variables of a var after statements reach a pool's workers as
// those of := do, and a sentinel error declared so keeps its identity.
func TestPoolVarAfterStatements(t *testing.T) {
	var link PoolLink
	var out lockedBuffer
	nb := New(Options{Pool: &link, Stdout: &out})
	value(t, nb, "import (\n\t\"errors\"\n\t\"fmt\"\n)\nrows := 3\nvar data = make([]int, rows)\ndata[2] = 5\nvar ErrNeg = errors.New(\"negative\")\nfunc at(i int) (int, error) {\n\tif i < 0 {\n\t\treturn 0, fmt.Errorf(\"at %d: %w\", i, ErrNeg)\n\t}\n\treturn data[i], nil\n}", 1)
	pool := linkedPool(&link, &out, 1)
	defer pool.Close()
	at := executor.Named("at", func(int) (int, error) { return 0, nil })
	if v, err := pool.Submit(at, 2).Result(); err != nil || v != 5 {
		t.Fatalf("at(2) = %v, %v\n%s", v, err, out.String())
	}
	err := pool.Submit(at, -1).Err()
	v, _ := nb.Eval("ErrNeg")
	if sentinel := v.Interface().(error); !errors.Is(err, sentinel) || err.Error() != "at -1: negative" {
		t.Fatalf("%v does not match the notebook's ErrNeg", err)
	}
}

// A variable an earlier cell declared with var that a later cell's var
// statement declares again, of the same type, is set: its functions see
// the new value, also after a restart.
func TestVarStatementRedeclaresAcrossARestart(t *testing.T) {
	nb := newNotebook(t)
	nb.cell("var level = 1\nfunc getLevel() int { return level }")
	if got := nb.cell("before := getLevel()\nvar level = before + 4\ngetLevel()"); got != "5" {
		t.Fatalf("getLevel() = %s, want 5", got)
	}
	if r := nb.restart(); len(r.Notes) > 0 || len(r.Lost) > 0 {
		t.Fatalf("notes %v, lost %v", r.Notes, r.Lost)
	}
	for _, c := range []struct{ code, want string }{
		{"getLevel()", "5"},
		{"level = 9\ngetLevel()", "9"},
	} {
		if got := nb.cell(c.code); got != c.want {
			t.Errorf("%s = %s, want %s", c.code, got, c.want)
		}
	}
}
