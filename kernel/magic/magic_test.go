package magic

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		code string
		want Call
		ok   bool
	}{
		{"x := 1", Call{}, false},
		{"a % b", Call{}, false},
		{"\n%time x := f()", Call{Name: "time", Args: "x := f()", Body: "x := f()", Line: 2}, true},
		{"%%time\nx := 1\ny := 2", Call{Name: "time", Cell: true, Body: "x := 1\ny := 2", Line: 2}, true},
		{"%timeit s := make([]int, 10)", Call{Name: "timeit", Args: "s := make([]int, 10)", Body: "s := make([]int, 10)", Line: 1}, true},
		{"!ls -l /", Call{Name: "!", Args: "ls -l /"}, true},
		{"  %env GOFOO=1", Call{Name: "env", Args: "GOFOO=1", Line: 1}, true},
		{"%%writefile -a out.txt\nhello", Call{Name: "writefile", Cell: true, Args: "-a out.txt", Body: "hello", Line: 2}, true},
		{"%frobnicate 3", Call{Name: "frobnicate", Args: "3", Line: 1}, true},
		// IPython's options of %timeit are not part of the statement
		{"%timeit -n 10 -r 2 f(1)", Call{Name: "timeit", Args: "-n 10 -r 2 f(1)", Body: "f(1)", Line: 1}, true},
		{"%timeit -n10 -r2 -q f(1)", Call{Name: "timeit", Args: "-n10 -r2 -q f(1)", Body: "f(1)", Line: 1}, true},
		{"%%timeit -n 5\nx := 1", Call{Name: "timeit", Cell: true, Args: "-n 5", Body: "x := 1", Line: 2}, true},
		{"%%timeit -n 5 s := make([]int, 9)\ncopy(s, s)", Call{Name: "timeit", Cell: true, Args: "-n 5 s := make([]int, 9)", Body: "copy(s, s)", Line: 2}, true},
		// Go code after a line magic runs after it, as in IPython
		{"%cd /tmp\nfmt.Println(1)\n", Call{Name: "cd", Args: "/tmp", Line: 1, Rest: "fmt.Println(1)\n", RestLine: 2}, true},
		{"\n%env A=1\n\ny := 2", Call{Name: "env", Args: "A=1", Line: 2, Rest: "\ny := 2", RestLine: 3}, true},
		{"%go get x\n%go mod", Call{Name: "go", Args: "get x", Line: 1}, true},
		{"%timeit -n 10\nf(1)", Call{Name: "timeit", Args: "-n 10", Body: "f(1)", Line: 1}, true},
	} {
		got, ok := Parse(tc.code)
		if ok != tc.ok || got != tc.want {
			t.Errorf("Parse(%q) = %+v, %v; want %+v, %v", tc.code, got, ok, tc.want, tc.ok)
		}
	}
}

// A line magic or ! command after Go code starts where its line does:
// only at the top level, outside strings and comments.
func TestLaterMagic(t *testing.T) {
	for code, want := range map[string]int{
		"x := 5\n%time f(x)":             7,
		"x := 5\n\n  %who\ny := 1":       8,
		"x := 5\n!ls":                    7,
		"%time x\n%who":                  -1, // a first-line magic is Parse's
		"x := 5 %\n3":                    -1,
		"s := `\n%d items\n`":            -1,
		"f(a,\n%b)":                      -1,
		"/*\n%time\n*/":                  -1,
		"x := 1\n%%time\ny := 2":         -1, // a cell magic is not a line's
		"if x {\n%time f()\n}":           -1,
		"x := a %\nb":                    -1,
		"x := 1 // %time\n":              -1,
		"fmt.Printf(\"%d\\n\", 1)\n%env": 22,
	} {
		got, ok := LaterMagic(code)
		if !ok {
			got = -1
		}
		if got != want {
			t.Errorf("LaterMagic(%q) = %d, want %d", code, got, want)
		}
	}
}

func TestCheck(t *testing.T) {
	for code, want := range map[string]string{
		"%time x":          "",
		"%%time\nx":        "",
		"!true":            "",
		"!":                "! needs a command",
		"%frobnicate":      "unknown magic %frobnicate; %help lists the magics",
		"%%frobnicate\nx":  "unknown magic %%frobnicate",
		"%writefile f":     "%writefile is a cell magic",
		"%%cd /\n":         "%%cd is not a cell magic",
		"%timeit -n 3 f()": "",
		"%timeit -p 3 f()": "%timeit: unknown option -p",
		"%timeit -n x f()": "%timeit: -n wants a positive number of loops",
		"%timeit -r 0 f()": "%timeit: -r wants a positive number of runs",
		"%timeit -n":       "%timeit: -n wants a positive number of loops",
		"%%timeit -q -z\n": "%timeit: unknown option -z",
	} {
		c, _ := Parse(code)
		err := Check(c)
		if (want == "") != (err == nil) || err != nil && !strings.Contains(err.Error(), want) {
			t.Errorf("Check(%q) = %v, want %q", code, err, want)
		}
	}
}

func TestHelpListsEveryMagic(t *testing.T) {
	help, ls := Help(), Lsmagic()
	for _, s := range Specs {
		if !strings.Contains(help, prefixed(s)+" ") || !strings.Contains(help, s.Short) {
			t.Errorf("%%help lacks %s", s.Name)
		}
		if s.Name != "!" && !strings.Contains(ls, "%"+s.Name) {
			t.Errorf("%%lsmagic lacks %s", s.Name)
		}
		if d, ok := Doc(s.Name); !ok || !strings.Contains(d, s.Usage) {
			t.Errorf("Doc(%s) = %q", s.Name, d)
		}
	}
}

func TestComplete(t *testing.T) {
	for before, want := range map[string]string{
		"%ti":   "%time %timeit",
		"%%ti":  "%%time %%timeit",
		"%wr":   "%%writefile",
		"%%c":   "%%compile",
		"%who":  "%who %whos",
		"  %ls": "%lsmagic",
	} {
		ms, n, ok := Complete(before)
		if !ok || strings.Join(ms, " ") != want || n != len(strings.TrimSpace(before)) {
			t.Errorf("Complete(%q) = %v, %d, %v; want %s", before, ms, n, ok, want)
		}
	}
	if _, _, ok := Complete("x := a %"); ok {
		t.Error("completed a Go expression as a magic")
	}
	if w, ok := Word("x := 1\n%timeit f()", 10); !ok || w != "%timeit" {
		t.Errorf("Word = %q, %v", w, ok)
	}
}

func TestFormat(t *testing.T) {
	if got := Seconds(0.00123); got != "1.23 ms" {
		t.Errorf("Seconds = %q", got)
	}
	if got := Seconds(2.5e-8); got != "25 ns" {
		t.Errorf("Seconds = %q", got)
	}
	out := FormatSince(Now())
	if !regexp.MustCompile(`^CPU times: user [\d.]+ [µnm]?s, sys: [\d.]+ [µnm]?s, total: [\d.]+ [µnm]?s\nWall time: [\d.]+ [µnm]?s\n$`).MatchString(out) {
		t.Errorf("FormatSince = %q", out)
	}
}

func TestParseTimeit(t *testing.T) {
	for args, want := range map[string]TimeitOptions{
		"f(1)":              {},
		"-n 10 -r 2 f(1)":   {Loops: 10, Runs: 2},
		"-n10 -r2 -q f(1)":  {Loops: 10, Runs: 2, Quiet: true},
		"-q":                {Quiet: true},
		"-r 3 x := -n":      {Runs: 3},
		"-n 1000 s = s[:0]": {Loops: 1000},
	} {
		got, _, err := ParseTimeit(args)
		if err != nil || got != want {
			t.Errorf("ParseTimeit(%q) = %+v, %v; want %+v", args, got, err, want)
		}
	}
	if _, rest, _ := ParseTimeit("-n 3  -r 1 x := 1"); rest != "x := 1" {
		t.Errorf("ParseTimeit leaves %q", rest)
	}
}

func TestTimeitLoops(t *testing.T) {
	calls := 0
	r, err := TimeitLoops(context.Background(), 4, 3, func() { calls++ })
	if err != nil || calls != 12 || r.Loops != 4 || len(r.Times) != 3 {
		t.Errorf("TimeitLoops(4, 3) = %+v, %v after %d calls", r, err, calls)
	}
}

func TestTimeitSetup(t *testing.T) {
	setups, calls := 0, 0
	r, err := TimeitSetup(context.Background(), 5, 3, nil, func() func() {
		setups++
		n := 0
		return func() { n++; calls++ }
	})
	if err != nil || setups != 3 || calls != 15 || r.Loops != 5 || len(r.Times) != 3 {
		t.Errorf("TimeitSetup(5, 3) = %+v, %v: %d setups, %d calls", r, err, setups, calls)
	}
	var pe *PanicError
	if _, err := TimeitSetup(context.Background(), 1, 1, nil, func() func() { panic("in setup") }); !errors.As(err, &pe) {
		t.Errorf("a panicking setup: %v", err)
	}
}

func TestTimeit(t *testing.T) {
	calls := 0
	r, err := Timeit(context.Background(), 3, func() { calls++; time.Sleep(time.Millisecond) })
	if err != nil {
		t.Fatal(err)
	}
	// at least 1 ms a loop: the count grows until a run takes 0.2 s (on
	// a loaded machine a sleep takes longer, and fewer loops fill it)
	if r.Loops < 1 || r.Loops > 200 || len(r.Times) != 3 || r.Mean < 1e-3 || r.Best > r.Mean || r.Worst < r.Mean {
		t.Errorf("Timeit = %+v", r)
	}
	if !regexp.MustCompile(`^[\d.]+ ms ± [\d.]+ [µnm]?s per loop \(mean ± std. dev. of 3 runs, \d+ loops each\)$`).MatchString(r.String()) {
		t.Errorf("String = %q", r.String())
	}
	if !strings.HasPrefix(r.Decl(), "var _timeit = struct") {
		t.Errorf("Decl = %q", r.Decl())
	}
	var pe *PanicError
	if _, err := Timeit(context.Background(), 7, func() { panic("boom") }); !errors.As(err, &pe) || !strings.Contains(err.Error(), "boom") {
		t.Errorf("Timeit of a panic: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Timeit(ctx, 7, func() {}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled Timeit: %v", err)
	}
}

func TestShell(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := Shell(context.Background(), "echo hi; echo oops >&2", &out, &errOut); err != nil || out.String() != "hi\n" || errOut.String() != "oops\n" {
		t.Errorf("Shell: %v %q %q", err, out.String(), errOut.String())
	}
	var ee *ExitError
	if err := Shell(context.Background(), "exit 3", &out, &errOut); !errors.As(err, &ee) || ee.Code != 3 || err.Error() != "exit status 3" {
		t.Errorf("Shell exit 3: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	// the shell's child in its process group is killed too, or Wait
	// would wait for sleep's copy of the output pipe
	if err := Shell(ctx, "sleep 30; echo late", &out, &errOut); !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
		t.Errorf("interrupted Shell: %v", err)
	}
	if time.Since(start) > 10*time.Second {
		t.Error("interrupt did not stop the command")
	}
}

func TestEnvCdWriteFile(t *testing.T) {
	var out bytes.Buffer
	t.Setenv("GOFUTURES_MAGIC_TEST", "")
	if set, err := Env("GOFUTURES_MAGIC_TEST=a b", &out); err != nil || os.Getenv("GOFUTURES_MAGIC_TEST") != "a b" || set != "GOFUTURES_MAGIC_TEST=a b" {
		t.Fatalf("%%env set: %v", err)
	}
	out.Reset()
	if _, err := Env("GOFUTURES_MAGIC_TEST", &out); err != nil || out.String() != "a b\n" {
		t.Errorf("%%env get: %v %q", err, out.String())
	}
	if _, err := Env("GOFUTURES_NOT_SET_ANYWHERE", &out); err == nil {
		t.Error("env of an unset name: no error")
	}
	out.Reset()
	if _, err := Env("", &out); err != nil || !strings.Contains(out.String(), "GOFUTURES_MAGIC_TEST=a b\n") {
		t.Errorf("%%env list: %v", err)
	}

	dir := t.TempDir()
	old, _ := os.Getwd()
	defer os.Chdir(old)
	var d Dirs
	if err := d.Cd(dir, &out); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile("f.txt", "one", &out); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := WriteFile("-a f.txt", "two\n", &out); err != nil || out.String() != "Appending to f.txt\n" {
		t.Fatal(err, out.String())
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "f.txt")); string(b) != "one\ntwo\n" {
		t.Errorf("file holds %q", b)
	}
	if err := WriteFile("", "x", &out); err == nil {
		t.Error("%%writefile without a file: no error")
	}
	if err := d.Cd("-", &out); err != nil {
		t.Fatal(err)
	}
	if wd, _ := os.Getwd(); wd != old {
		t.Errorf("%%cd - went to %s, want %s", wd, old)
	}
	if err := d.Cd(filepath.Join(dir, "missing"), &out); err == nil {
		t.Error("cd to a missing directory: no error")
	}
}

// Paths may be quoted, hold spaces, and start with ~, as in IPython.
func TestQuotedPaths(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HOME", dir)
	old, _ := os.Getwd()
	defer os.Chdir(old)
	if err := os.Mkdir(filepath.Join(dir, "my dir"), 0o755); err != nil {
		t.Fatal(err)
	}
	var d Dirs
	var out bytes.Buffer
	for _, arg := range []string{`"` + dir + `/my dir"`, "'" + dir + "/my dir'", dir + "/my dir", "~/my dir", `"~/my dir"`} {
		if err := d.Cd(dir, &out); err != nil {
			t.Fatal(err)
		}
		if err := d.Cd(arg, &out); err != nil {
			t.Errorf("%%cd %s: %v", arg, err)
		} else if wd, _ := os.Getwd(); filepath.Base(wd) != "my dir" {
			t.Errorf("%%cd %s went to %s", arg, wd)
		}
	}
	for _, args := range []string{`"a b.txt"`, "-a 'a b.txt'", "-a a b.txt", "~/my dir/c.txt", `-a "~/my dir/c.txt"`} {
		if err := WriteFile(args, "x", &out); err != nil {
			t.Errorf("%%%%writefile %s: %v", args, err)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "my dir", "a b.txt")); string(b) != "x\nx\nx\n" {
		t.Errorf("a b.txt holds %q", b)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "my dir", "c.txt")); string(b) != "x\nx\n" {
		t.Errorf("c.txt holds %q", b)
	}
}

func TestWho(t *testing.T) {
	vars := []Var{{Name: "y", Type: "int", Value: "2"}, {Name: "p", Type: "*os.File", Value: "&{...}", Lost: "p: a file"}}
	if got := Who(vars, false); got != "p*\ty\n(* a restart would not bring its value back whole; %whos says why)\n" {
		t.Errorf("%%who = %q", got)
	}
	long := Who(vars, true)
	if !strings.Contains(long, "Variable") || !regexp.MustCompile(`y\s+int\s+2\s+yes`).MatchString(long) ||
		!strings.Contains(long, "no: p: a file") {
		t.Errorf("%%whos = %q", long)
	}
	if Who(nil, true) != "The notebook has no variables.\n" {
		t.Error("empty %whos")
	}
}

func TestOfTypes(t *testing.T) {
	vars := []Var{{Name: "y", Type: "int"}, {Name: "p", Type: "*os.File"}, {Name: "s", Type: "[]int"}, {Name: "q", Type: "map[string]*P"}}
	for types, want := range map[string]string{"int": "y", "File": "p", "*os.File": "p", "os.File": "p", "[]int": "s", "int File": "y p", "P": "", "map[string]*P": "q"} {
		var got []string
		for _, v := range OfTypes(vars, strings.Fields(types)) {
			got = append(got, v.Name)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("OfTypes(%s) = %v, want %s", types, got, want)
		}
	}
}

func TestCompleteness(t *testing.T) {
	for code, want := range map[string]string{
		"%time x := 1":           "complete",
		"%time for {":            "incomplete",
		"%%time\nfor {":          "incomplete",
		"%%time\nx := 1":         "complete",
		"%%time":                 "incomplete",
		"%who":                   "complete",
		"!ls -l":                 "complete",
		"%%writefile f\nhello {": "incomplete",
		"%%writefile f\nhi\n\n":  "complete",
		"%cd /tmp\nfor {":        "incomplete",
		"x := 1\n%time for {":    "incomplete",
		"x := 1\n%who":           "complete",
		"%cd /tmp\nx := 1":       "complete",
	} {
		if got, _, ok := Completeness(code); !ok || got != want {
			t.Errorf("Completeness(%q) = %s, %v; want %s", code, got, ok, want)
		}
	}
	if _, _, ok := Completeness("x := 1"); ok {
		t.Error("Go code taken for a magic")
	}
}
