package session

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check/rt"
	"github.com/gofutures/gofutures/kernel/ipc"
	"github.com/gofutures/gofutures/kernel/magic"
)

// timeitRuns is how many runs %timeit makes, as IPython's default -r 7.
const timeitRuns = 7

// runMagic runs the magic of an execute request (the kernel's
// kernel/build recognized it; see package kernel/magic) and fills ev.
func (srv *Server) runMagic(ctx context.Context, req ipc.Request, ev *ipc.Event) {
	fail := func(name string, err error) {
		ev.Status, ev.EName, ev.EValue = "error", name, err.Error()
		ev.Traceback = strings.Split(name+": "+err.Error(), "\n")
	}
	cellResult := func(res Result, err error) {
		ev.Notes = append(ev.Notes, res.Notes...)
		if err != nil {
			e := err.(*Error)
			ev.Status, ev.EName, ev.EValue, ev.Traceback = "error", e.Name, e.Value, e.Traceback
		} else if res.HasValue {
			ev.Data, ev.Metadata = res.Bundle.Data, res.Bundle.Metadata
		}
	}
	switch req.Magic {
	case "time":
		t := magic.Now()
		res, err := srv.sess.Execute(ctx, req.Code, req.Count)
		fmt.Fprint(srv.stdout, magic.FormatSince(t))
		cellResult(res, err)
	case "timeit":
		// (the kernel checked the options; of a line %timeit, Args holds
		// them only, of %%timeit the setup after them)
		opts, setup, _ := magic.ParseTimeit(req.Args)
		if opts.Runs == 0 {
			opts.Runs = timeitRuns
		}
		var f func()
		var err error
		var mk func() func()
		if strings.TrimSpace(setup) != "" {
			mk, err = srv.sess.StmtFuncSetup(ctx, setup, req.Code, req.Count)
		} else {
			f, err = srv.sess.StmtFunc(ctx, req.Code, req.Count)
		}
		var se *Error
		switch {
		case errors.As(err, &se):
			cellResult(Result{}, se)
			return
		case err != nil:
			fail("CompileError", err)
			return
		}
		r, err := magic.TimeitSetup(ctx, opts.Loops, opts.Runs, f, mk)
		var pe *magic.PanicError
		switch {
		case errors.As(err, &pe):
			fail("panic", err)
			return
		case err != nil:
			fail("KeyboardInterrupt", fmt.Errorf("%%timeit interrupted"))
			return
		}
		if !opts.Quiet {
			fmt.Fprintln(srv.stdout, r.String())
		}
		cellResult(srv.sess.Execute(ctx, r.Decl(), req.Count))
	case "!":
		err := magic.Shell(ctx, req.Args, srv.stdout, srv.stderr)
		var ee *magic.ExitError
		switch {
		case errors.As(err, &ee):
			fmt.Fprintf(srv.stderr, "%s\n", ee)
		case errors.Is(err, context.Canceled):
			fail("KeyboardInterrupt", errors.New("shell command interrupted"))
		case err != nil:
			fail("ShellError", err)
		}
	case "env":
		set, err := magic.Env(req.Args, srv.stdout)
		if err != nil {
			fail("UsageError", err)
		}
		ev.Setenv = set

	case "cd":
		if err := srv.dirs.Cd(req.Args, srv.stdout); err != nil {
			fail("UsageError", err)
		}
		ev.Cwd, _ = os.Getwd()
	case "pwd":
		wd, err := os.Getwd()
		if err != nil {
			fail("OSError", err)
			break
		}
		fmt.Fprintln(srv.stdout, wd)
	case "writefile":
		if err := magic.WriteFile(req.Args, req.Code, srv.stdout); err != nil {
			fail("UsageError", err)
		}
	case "who", "whos":
		vars := srv.sess.Vars(req.Lost)
		if types := strings.Fields(req.Args); len(types) > 0 && len(vars) > 0 {
			// %who int string: those types only, as in IPython
			if vars = magic.OfTypes(vars, types); len(vars) == 0 {
				fmt.Fprintln(srv.stdout, "No variables match your requested type.")
				return
			}
		}
		fmt.Fprint(srv.stdout, magic.Who(vars, req.Magic == "whos"))
	default:
		fail("UsageError", fmt.Errorf("unknown magic %q; %%help lists the magics", req.Magic))
	}
}

// StmtFunc returns the statements code as a function, for %timeit: the
// variables they declare are local to it. The function is checked and
// lowered as a cell is (see timeitChecked), or, where the checker is off
// or cannot see the notebook, made of the code as written.
func (s *Session) StmtFunc(ctx context.Context, code string, count int) (func(), error) {
	v, err := s.timedFunc(ctx, "", code, count)
	if err != nil {
		return nil, err
	}
	if f, ok := v.Interface().(func()); ok {
		return f, nil
	}
	return func() { v.Call(nil) }, nil
}

// StmtFuncSetup is StmtFunc for %%timeit SETUP: the function it returns
// runs setup (on the cell's first line) and returns the function of code,
// which sees setup's variables.
func (s *Session) StmtFuncSetup(ctx context.Context, setup, code string, count int) (func() func(), error) {
	v, err := s.timedFunc(ctx, setup, code, count)
	if err != nil {
		return nil, err
	}
	return func() func() {
		out := v.Call(nil)[0]
		if f, ok := out.Interface().(func()); ok {
			return f
		}
		return func() { out.Call(nil) }
	}, nil
}

// timedFunc makes the function of StmtFunc, or with setup that of
// StmtFuncSetup.
func (s *Session) timedFunc(ctx context.Context, setup, code string, count int) (reflect.Value, error) {
	stmts := func(code string) (string, error) {
		p, err := cell.Split(code, 0)
		if err != nil {
			return "", err
		}
		if len(p.Decls) > 0 {
			return "", errors.New("%timeit times statements; declare funcs and types in a cell of their own")
		}
		body := p.Stmts
		for _, n := range p.StmtNames {
			body += "\n_ = " + n
		}
		return body, nil
	}
	body, err := stmts(code)
	if err != nil {
		return reflect.Value{}, err
	}
	name, sig := timeitVar, "func()"
	if strings.TrimSpace(setup) != "" {
		su, err := stmts(setup)
		if err != nil {
			return reflect.Value{}, err
		}
		// on one line, the cell's first: the code's lines stay its own
		body = strings.ReplaceAll(su, "\n", "; ") + "; return func() { " + body + "\n}"
		name, sig = timeitSetupVar, "func() func()"
	}
	if v, ok, err := s.timeitChecked(ctx, name, sig, body, count); ok || err != nil {
		return v, err
	}
	// (yaegi v0.16.1 gives no value for a func literal evaluated alone)
	if _, err := s.in.Eval("var " + name + " " + sig); err != nil {
		return reflect.Value{}, err
	}
	src := name + " = " + sig + " {\n" + body + "\n}"
	s.opaqueStmts(src)
	if _, err := s.in.Eval(src); err != nil {
		return reflect.Value{}, err
	}
	return s.timeitFunc(name)
}

// timeitVar and timeitSetupVar are the notebook variables StmtFunc and
// StmtFuncSetup leave their functions in.
const (
	timeitVar      = "gofuturesTimeit"
	timeitSetupVar = "gofuturesTimeitSetup"
)

// timeitFunc returns the function in the variable name.
func (s *Session) timeitFunc(name string) (reflect.Value, error) {
	v, err := s.in.Eval(name)
	if err != nil {
		return reflect.Value{}, err
	}
	for v.IsValid() && (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) && !v.IsNil() {
		v = v.Elem()
	}
	if !v.IsValid() || v.Kind() != reflect.Func || v.Type().NumIn() != 0 {
		return reflect.Value{}, fmt.Errorf("%%timeit: the statements did not compile to a func (got %v)", v)
	}
	return v, nil
}

// Vars returns the notebook's variables (declared by var or set by
// statements) with their types and values, for %who; lost says what a
// restart would lose of each.
func (s *Session) Vars(lost map[string]string) []magic.Var {
	names := map[string]bool{}
	for n := range s.state {
		names[n] = true
	}
	for _, d := range s.decls {
		if d.Kind == cell.Var {
			for _, n := range d.Names {
				names[n] = true
			}
		}
	}
	types := s.Types()
	var checked map[string]string
	if s.chk != nil {
		// the types as the cells spell them ([]Temp), not the
		// interpreter's ([]rt.Float64N0, []struct { V float64 "…" })
		checked = s.chk.Vars()
		maps.Copy(types, checked)
	}
	var out []magic.Var
	for n := range names {
		if n == "_" {
			continue
		}
		v := magic.Var{Name: n, Type: types[n], Lost: lost[n]}
		if rv, err := s.in.Eval(n); err == nil && rv.IsValid() {
			switch {
			case v.Type == "" || checked[n] == "" && s.chk != nil:
				// (a declared var's: the interpreter's type, spelled as
				// Go spells it, without the package main of the cells)
				v.Type = mainQualifier.ReplaceAllString(rt.ReflectType(rv.Type()).String(), "")
			case rv.Kind() == reflect.Pointer && !strings.HasPrefix(v.Type, "*"):
				v.Type = "*" + v.Type
			}
			v.Value = short(rv)
		}
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// mainQualifier matches the package main qualifying a type's name.
var mainQualifier = regexp.MustCompile(`\bmain\.`)

func short(v reflect.Value) string {
	if !v.CanInterface() {
		return FormatValue(v)
	}
	s := fmt.Sprintf("%v", v.Interface())
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}
