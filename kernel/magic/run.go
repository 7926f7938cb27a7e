package magic

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

// Times are the CPU and wall times of the process at one moment.
type Times struct {
	User, Sys time.Duration
	Wall      time.Time
}

// Now returns the process's times now.
func Now() Times {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return Times{User: time.Duration(ru.Utime.Nano()), Sys: time.Duration(ru.Stime.Nano()), Wall: time.Now()}
}

// FormatSince is what %time prints for the time since t, like IPython:
// "CPU times: user 1.2 ms, sys: 30 µs, total: 1.23 ms\nWall time: 2 ms\n".
func FormatSince(t Times) string {
	n := Now()
	u, s := n.User-t.User, n.Sys-t.Sys
	return fmt.Sprintf("CPU times: user %s, sys: %s, total: %s\nWall time: %s\n",
		Seconds(u.Seconds()), Seconds(s.Seconds()), Seconds((u + s).Seconds()), Seconds(n.Wall.Sub(t.Wall).Seconds()))
}

// Seconds formats a duration in seconds with 3 significant digits and
// IPython's units (s, ms, µs, ns).
func Seconds(s float64) string {
	units := []struct {
		scale float64
		name  string
	}{{1, "s"}, {1e-3, "ms"}, {1e-6, "µs"}, {1e-9, "ns"}}
	for _, u := range units {
		if s >= u.scale || u.name == "ns" {
			v := s / u.scale
			return fmt.Sprintf("%.3g %s", v, u.name)
		}
	}
	return ""
}

// TimeitResult is the outcome of %timeit, kept in the variable _timeit.
type TimeitResult struct {
	Loops       int       // loops in each run
	Times       []float64 // seconds per loop, one for each run
	Mean        float64   // seconds per loop
	StdDev      float64   // of Times
	Best, Worst float64
}

// String is IPython's line: "1.2 µs ± 3.4 ns per loop (mean ± std. dev. of
// 7 runs, 100,000 loops each)".
func (r TimeitResult) String() string {
	runs := "runs"
	if len(r.Times) == 1 {
		runs = "run"
	}
	loops := "loops each"
	if r.Loops == 1 {
		loops = "loop each"
	}
	return fmt.Sprintf("%s ± %s per loop (mean ± std. dev. of %d %s, %s %s)",
		Seconds(r.Mean), Seconds(r.StdDev), len(r.Times), runs, commas(r.Loops), loops)
}

func commas(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// Timeit times f like IPython's %timeit: the number of loops grows 1, 2,
// 5, 10, 20, ... until one run takes at least 0.2 s (capped at
// 10,000,000), then runs times that many loops. Cancelling ctx stops it
// between calls. A panic of f is a *PanicError.
func Timeit(ctx context.Context, runs int, f func()) (r TimeitResult, err error) {
	return TimeitLoops(ctx, 0, runs, f)
}

// TimeitSetup is TimeitLoops for %%timeit SETUP: where mk is not nil,
// the function timed is what it returns, anew before each run (setup runs
// untimed, as in IPython; the runs that find the loop count too).
func TimeitSetup(ctx context.Context, loops, runs int, f func(), mk func() func()) (TimeitResult, error) {
	if mk == nil {
		return TimeitLoops(ctx, loops, runs, f)
	}
	var cur func()
	return timeitEach(ctx, loops, runs, func() { cur = mk() }, func() { cur() })
}

// TimeitLoops is Timeit with loops calls in each run (%timeit -n); loops
// 0 finds the count as Timeit does.
func TimeitLoops(ctx context.Context, loops, runs int, f func()) (TimeitResult, error) {
	return timeitEach(ctx, loops, runs, nil, f)
}

// timeitEach is TimeitLoops calling before (if not nil) ahead of each run,
// untimed.
func timeitEach(ctx context.Context, loops, runs int, before, f func()) (r TimeitResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = TimeitResult{}, &PanicError{Value: p}
		}
	}()
	loop := func(n int) (time.Duration, error) {
		if before != nil {
			before()
		}
		t := time.Now()
		for i := 0; i < n; i++ {
			if i&1023 == 0 && ctx.Err() != nil {
				return 0, ctx.Err()
			}
			f()
		}
		return time.Since(t), nil
	}
	n := 1
	var first time.Duration
	for steps := []int{1, 2, 5}; loops == 0; {
		found := false
		for _, m := range steps {
			d, err := loop(n * m)
			if err != nil {
				return TimeitResult{}, err
			}
			if d >= 200*time.Millisecond || n*m >= 10_000_000 {
				n, first, found = n*m, d, true
				break
			}
		}
		if found {
			break
		}
		n *= 10
	}
	if loops > 0 {
		n = loops
		if first, err = loop(n); err != nil {
			return TimeitResult{}, err
		}
	}
	r = TimeitResult{Loops: n, Times: []float64{first.Seconds() / float64(n)}}
	for len(r.Times) < runs {
		d, err := loop(n)
		if err != nil {
			return TimeitResult{}, err
		}
		r.Times = append(r.Times, d.Seconds()/float64(n))
	}
	r.Best, r.Worst = math.Inf(1), 0
	for _, t := range r.Times {
		r.Mean += t
		r.Best, r.Worst = math.Min(r.Best, t), math.Max(r.Worst, t)
	}
	r.Mean /= float64(len(r.Times))
	for _, t := range r.Times {
		r.StdDev += (t - r.Mean) * (t - r.Mean)
	}
	r.StdDev = math.Sqrt(r.StdDev / float64(len(r.Times)))
	return r, nil
}

// PanicError is a panic of the code %timeit timed.
type PanicError struct{ Value any }

func (e *PanicError) Error() string { return fmt.Sprintf("%%timeit: the code panicked: %v", e.Value) }

// Decl is the Go declaration that keeps r in the variable _timeit.
func (r TimeitResult) Decl() string {
	ts := make([]string, len(r.Times))
	for i, t := range r.Times {
		ts[i] = fmt.Sprintf("%g", t)
	}
	return fmt.Sprintf("var _timeit = struct {\n\tLoops int\n\tTimes []float64\n\tMean, StdDev, Best, Worst float64\n}{%d, []float64{%s}, %g, %g, %g, %g}",
		r.Loops, strings.Join(ts, ", "), r.Mean, r.StdDev, r.Best, r.Worst)
}

// ExitError is a shell command's non-zero exit status.
type ExitError struct{ Code int }

func (e *ExitError) Error() string { return fmt.Sprintf("exit status %d", e.Code) }

// Shell runs command with /bin/sh -c in the process's working directory,
// writing its output to stdout and stderr as it comes. Cancelling ctx
// kills the command's process group. A non-zero exit is an *ExitError.
func Shell(ctx context.Context, command string, stdout, stderr io.Writer) error {
	cmd := exec.Command("/bin/sh", "-c", command)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("!%s: %w", command, err)
	}
	done := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		case <-done:
		}
	}()
	err := cmd.Wait()
	close(done)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return &ExitError{Code: ee.ExitCode()}
	}
	return err
}

// Env runs %env with args, writing what it shows to w; set is
// "NAME=VALUE" when it set a variable.
func Env(args string, w io.Writer) (set string, err error) {
	args = strings.TrimSpace(args)
	switch {
	case args == "":
		env := os.Environ()
		sort.Strings(env)
		for _, kv := range env {
			fmt.Fprintln(w, kv)
		}
		return "", nil
	case strings.Contains(args, "="):
		name, value, _ := strings.Cut(args, "=")
		return setenv(strings.TrimSpace(name), strings.TrimSpace(value), w)
	case strings.ContainsAny(args, " \t"):
		name, value, _ := strings.Cut(args, " ")
		return setenv(name, strings.TrimSpace(value), w)
	}
	v, ok := os.LookupEnv(args)
	if !ok {
		return "", fmt.Errorf("%%env: %s is not set", args)
	}
	fmt.Fprintln(w, v)
	return "", nil
}

func setenv(name, value string, w io.Writer) (string, error) {
	if name == "" {
		return "", errors.New("%env: usage: %env NAME=VALUE")
	}
	if err := os.Setenv(name, value); err != nil {
		return "", fmt.Errorf("%%env: %w", err)
	}
	fmt.Fprintf(w, "env: %s=%s\n", name, value)
	return name + "=" + value, nil
}

// Dirs remembers the previous directory for %cd -.
type Dirs struct{ prev string }

// Cd runs %cd with args and writes the new directory to w.
func (d *Dirs) Cd(args string, w io.Writer) error {
	dir := pathArg(args)
	home, _ := os.UserHomeDir()
	switch {
	case dir == "":
		dir = home
	case dir == "-":
		if d.prev == "" {
			return errors.New("%cd -: no previous directory")
		}
		dir = d.prev
	}
	old, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		return fmt.Errorf("%%cd: %w", err)
	}
	d.prev = old
	now, _ := os.Getwd()
	fmt.Fprintln(w, now)
	return nil
}

// pathArg is the path an argument names, as IPython reads one: the whole
// argument (spaces and all), without the quotes around it, ~ the home
// directory.
func pathArg(arg string) string {
	p := strings.TrimSpace(arg)
	if len(p) >= 2 && (p[0] == '"' || p[0] == '\'') && p[len(p)-1] == p[0] {
		p = p[1 : len(p)-1]
	}
	if p == "~" || strings.HasPrefix(p, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			p = filepath.Join(home, p[1:])
		}
	}
	return p
}

// WriteFile runs %%writefile with args ("[-a] FILE") and body.
func WriteFile(args, body string, w io.Writer) error {
	args = strings.TrimSpace(args)
	flag, rest, _ := strings.Cut(args, " ")
	appendTo := flag == "-a" || flag == "--append"
	if appendTo {
		args = rest
	}
	name := pathArg(args)
	if name == "" {
		return errors.New("%%writefile: usage: %%writefile [-a] FILE")
	}
	_, statErr := os.Stat(name)
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	verb := "Writing"
	if appendTo {
		flags, verb = os.O_WRONLY|os.O_CREATE|os.O_APPEND, "Appending to"
	} else if statErr == nil {
		verb = "Overwriting"
	}
	f, err := os.OpenFile(name, flags, 0o644)
	if err != nil {
		return fmt.Errorf("%%%%writefile: %w", err)
	}
	if !strings.HasSuffix(body, "\n") {
		body += "\n"
	}
	if _, err := f.WriteString(body); err != nil {
		f.Close()
		return fmt.Errorf("%%%%writefile: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%%%%writefile: %w", err)
	}
	fmt.Fprintf(w, "%s %s\n", verb, name)
	return nil
}

// Var is one notebook variable for %who and %whos.
type Var struct {
	Name, Type, Value string
	// Lost says what a restart would not bring back ("" when it all comes back).
	Lost string
}

// OfTypes returns the variables of vars whose type is one of types (%who
// TYPE...): written as %whos shows it (*os.File, []int) or named without
// its pointer and package (File, os.File).
func OfTypes(vars []Var, types []string) []Var {
	var out []Var
	for _, v := range vars {
		base := strings.TrimLeft(v.Type, "*")
		short := base
		if i := strings.LastIndexByte(base, '.'); i >= 0 && !strings.ContainsAny(base, "[]() ") {
			short = base[i+1:]
		}
		for _, t := range types {
			if t == v.Type || t == base || t == short {
				out = append(out, v)
				break
			}
		}
	}
	return out
}

// Who formats vars for %who (long false) or %whos.
func Who(vars []Var, long bool) string {
	if len(vars) == 0 {
		return "The notebook has no variables.\n"
	}
	sort.Slice(vars, func(i, j int) bool { return vars[i].Name < vars[j].Name })
	var b strings.Builder
	if !long {
		marked := false
		for i, v := range vars {
			if i > 0 {
				b.WriteString("\t")
			}
			b.WriteString(v.Name)
			if v.Lost != "" {
				b.WriteString("*")
				marked = true
			}
		}
		b.WriteString("\n")
		if marked {
			b.WriteString("(* a restart would not bring its value back whole; %whos says why)\n")
		}
		return b.String()
	}
	wn, wt := len("Variable"), len("Type")
	for _, v := range vars {
		wn, wt = max(wn, len(v.Name)), max(wt, len(v.Type))
	}
	fmt.Fprintf(&b, "%-*s  %-*s  %-30s  %s\n", wn, "Variable", wt, "Type", "Data/Info", "Restorable")
	fmt.Fprintf(&b, "%s\n", strings.Repeat("-", wn+wt+48))
	for _, v := range vars {
		r := "yes"
		if v.Lost != "" {
			r = "no: " + v.Lost
		}
		fmt.Fprintf(&b, "%-*s  %-*s  %-30s  %s\n", wn, v.Name, wt, v.Type, Short(v.Value, 30), r)
	}
	return b.String()
}

// Short cuts s to n runes on one line.
func Short(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
