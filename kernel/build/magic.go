package build

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/gofutures/gofutures/kernel"
	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/magic"
)

// buildMagic is what a cell's first line asks for.
type buildMagic struct {
	compile bool
	body    string // a %%compile cell's source, without the magic line
	line    int    // the cell line body starts on
	goArgs  [][]string
	err     error
}

// parseMagic recognizes %%compile and %go cells; other cells (other
// magics included) are left to the interpreter.
func parseMagic(code string) buildMagic {
	c, ok := magic.Parse(code)
	switch {
	case !ok:
		return buildMagic{}
	case c.Cell && c.Name == "compile":
		if c.Args != "" {
			return buildMagic{err: fmt.Errorf("%%%%compile takes no arguments (got %q)", c.Args)}
		}
		// a whole file pasted: its package clause is not the cell's
		return buildMagic{compile: true, body: cell.BlankPackageClause(c.Body), line: c.Line}
	case !c.Cell && c.Name == "go":
		var cmds [][]string
		first := c.Line - 1
		for i, l := range strings.Split(code, "\n")[first:] {
			l = strings.TrimSpace(l)
			if l == "" {
				continue
			}
			if l != "%go" && !strings.HasPrefix(l, "%go ") {
				return buildMagic{err: fmt.Errorf("line %d: a %%go cell holds %%go commands only, one a line", first+i+1)}
			}
			cmds = append(cmds, strings.Fields(l)[1:])
		}
		return buildMagic{goArgs: cmds}
	}
	return buildMagic{}
}

// runMagic runs a cell whose first line is a magic: the build magics
// here, %help and %lsmagic in the kernel, the others in the interpreter
// (kernel/session runs them with package kernel/magic).
func (in *Interpreter) runMagic(ctx context.Context, c kernel.Cell, call magic.Call) kernel.ExecuteResult {
	res := in.runMagicLine(ctx, c, call)
	if res.Status != "ok" || strings.TrimSpace(call.Rest) == "" {
		return res
	}
	// the Go code after a line magic, as IPython runs the code after one;
	// its lines keep their numbers
	c.Code = strings.Repeat("\n", call.RestLine-1) + call.Rest
	c.Magic, c.MagicArgs, c.Lost = "", "", nil
	return in.execute(ctx, c)
}

// runMagicLine runs the magic of a cell, without the code after it.
func (in *Interpreter) runMagicLine(ctx context.Context, c kernel.Cell, call magic.Call) kernel.ExecuteResult {
	if err := magic.Check(call); err != nil {
		return errorResult("UsageError", err)
	}
	show := func(text string) kernel.ExecuteResult {
		if out := in.output(); out != nil {
			out.Stream("stdout", text)
		}
		return kernel.ExecuteResult{Status: "ok"}
	}
	switch call.Name {
	case "compile", "go":
		switch m := parseMagic(c.Code); {
		case m.err != nil:
			return errorResult("UsageError", m.err)
		case m.compile:
			return in.compile(ctx, c, m.body, m.line)
		default:
			return in.goCommand(ctx, c, m.goArgs)
		}
	case "help":
		if call.Args == "" {
			return show(magic.Help())
		}
		doc, ok := magic.Doc(call.Args)
		if !ok {
			return errorResult("UsageError", fmt.Errorf("%%help: no magic %s; %%help lists them", call.Args))
		}
		return show(doc)
	case "lsmagic":
		return show(magic.Lsmagic())
	case "time", "timeit":
		if strings.TrimSpace(call.Body) == "" {
			s, _ := magic.Lookup(call.Name)
			return errorResult("UsageError", fmt.Errorf("%%%s needs Go code (usage: %s)", call.Name, s.Usage))
		}
		// the code keeps its line numbers in tracebacks
		c.Code = strings.Repeat("\n", call.Line-1) + call.Body
		if call.Name == "time" {
			if res, ok := in.importsFor(ctx, c); !ok {
				return res
			}
		}
	case "who", "whos":
		// A round trip first: the snapshot events of the cells before
		// (sent after their replies) are then in, and with them what a
		// restart would lose.
		if res := in.Supervisor.Execute(ctx, kernel.Cell{Code: "", Count: c.Count}); res.Status != "ok" {
			return res
		}
		c.Lost = map[string]string{}
		for v, why := range in.Supervisor.Unrestorable() {
			c.Lost[v] = strings.Join(why, "; ")
		}
	case "writefile":
		c.Code = call.Body
	}
	c.Magic, c.MagicArgs = call.Name, call.Args
	if call.Name == "timeit" && !call.Cell {
		// the options only: the statement is the code (of %%timeit the
		// code after the options is setup)
		_, stmt, _ := magic.ParseTimeit(call.Args)
		c.MagicArgs = strings.TrimSpace(strings.TrimSuffix(call.Args, stmt))
	}
	return in.Supervisor.Execute(ctx, c)
}

const goUsage = "usage: %go get MODULE[@VERSION]... | %go mod"

// goCommand runs the %go magics of a cell.
func (in *Interpreter) goCommand(ctx context.Context, c kernel.Cell, cmds [][]string) kernel.ExecuteResult {
	b, err := in.getBuilder()
	if err != nil {
		return buildError(err)
	}
	var shown []string
	for _, args := range cmds {
		if len(args) == 0 {
			return errorResult("UsageError", errors.New(goUsage))
		}
		switch args[0] {
		case "get":
			if len(args) == 1 {
				return errorResult("UsageError", errors.New(goUsage))
			}
			for _, q := range args[1:] {
				disp := in.newProgress("go get " + q)
				if err := b.Get(ctx, q); err != nil {
					disp.fail(err)
					return buildError(err)
				}
				disp.finish("go get " + q + ": done")
			}
			// A pinned module the running program links takes effect now.
			in.mu.Lock()
			want, program := in.running, in.program
			in.mu.Unlock()
			if program != in.base {
				if _, err := in.rebuild(ctx, "go get "+strings.Join(args[1:], " "), want, nil); err != nil {
					return buildError(err)
				}
			}
		case "mod":
			mod, err := b.GoMod(ctx)
			if err != nil {
				return buildError(err)
			}
			shown = append(shown, mod)
		default:
			return errorResult("UsageError", fmt.Errorf("%%go %s: unknown command; %s", args[0], goUsage))
		}
	}
	res := kernel.ExecuteResult{Status: "ok"}
	if len(shown) > 0 {
		res.Data = map[string]any{"text/plain": strings.Join(shown, "\n")}
		res.Metadata = map[string]any{}
	}
	return res
}

// compile builds a %%compile cell into the notebook's program, replacing
// the compiled cells it redeclares and the interpreted declarations of
// its names, and makes its names visible to later cells.
func (in *Interpreter) compile(ctx context.Context, c kernel.Cell, body string, line int) kernel.ExecuteResult {
	cc := toolchain.Cell{Name: fmt.Sprintf("In[%d]", c.Count), Line: line, Source: body}
	names, err := toolchain.Declares(cc)
	if err != nil {
		return buildError(err)
	}
	if len(names) == 0 {
		return errorResult("UsageError", errors.New("a %%compile cell declares funcs, types, vars or consts; this one declares none"))
	}
	in.mu.Lock()
	var compiled []toolchain.Cell
	want := in.running
	for _, old := range want.compiled {
		oldNames, err := toolchain.Declares(old)
		if err == nil && len(oldNames) > 0 && subset(oldNames, names) {
			continue // the same cell again, or its new version
		}
		// Names it shares with the new cell are the new cell's (an edited
		// cell that lost a function, a function defined again): the old
		// one keeps the rest.
		if rest, ok := toolchain.WithoutNames(old, names); ok {
			if left, err := toolchain.Declares(rest); err == nil && len(left) == 0 {
				continue
			}
			old = rest
		}
		compiled = append(compiled, old)
	}
	compiled = append(compiled, cc)
	want.compiled = compiled
	in.mu.Unlock()
	// The cell's names replace interpreted declarations of the same names
	// (the last definition wins, as between interpreted cells); an
	// interpreted definition made after an earlier %%compile cell stays.
	all := map[string]bool{}
	for _, n := range names {
		all[n] = true
	}
	drop := func(d *cell.Decl) bool {
		if d.Kind == cell.Import {
			return false
		}
		for _, n := range d.Names {
			if typ, _, ok := strings.Cut(n, "."); ok && d.Kind == cell.Method {
				n = typ
			}
			if all[n] {
				return true
			}
		}
		return false
	}
	if _, err := in.rebuild(ctx, "%%compile "+cc.Name, want, drop); err != nil {
		return buildError(err)
	}
	res := in.Supervisor.Execute(ctx, kernel.Cell{Code: fmt.Sprintf("import . %q", toolchain.CompiledPackage), Count: c.Count})
	if res.Status != "ok" {
		return res
	}
	return kernel.ExecuteResult{Status: "ok"}
}

// subset reports whether every element of a is in b.
func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}
