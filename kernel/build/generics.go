package build

import (
	"context"
	"fmt"
	"go/scanner"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/gofutures/gofutures/kernel"
	"github.com/gofutures/gofutures/kernel/cell"
)

// A cell that uses a generic function or type of a third-party package
// with its type arguments written out — greet.Map[int, string](xs, f),
// greet.Box[time.Duration]{} — gets that instantiation compiled into the
// program (yaegi cannot instantiate compiled generics) under a name of its
// own in the package gofuturesnb.local/inst, imported as gfinstances, and runs
// with gfinstances.<the instantiation's name> in its place (which the
// interpreter and the type checker both know). Type arguments
// may use predeclared types, types of imported packages and of %%compile
// cells; an instantiation with others (a type declared in an interpreted
// cell) is left as written, for the interpreter's type checker, which has
// it specialised from the module's source (kernel/cell/mono). Inferred
// type arguments need the cell's types: the interpreter's
// type checker finds those instantiations and refuses the cell until the
// program has them (withInstances in build.go builds it and runs the cell
// there).

// token of a cell, with its byte offsets.
type tok struct {
	tok        token.Token
	lit        string
	start, end int
}

func tokens(code string) []tok {
	fset := token.NewFileSet()
	f := fset.AddFile("", fset.Base(), len(code))
	var s scanner.Scanner
	s.Init(f, []byte(code), nil, 0)
	var out []tok
	for {
		pos, t, lit := s.Scan()
		if t == token.EOF {
			return out
		}
		if t == token.SEMICOLON && lit == "\n" {
			continue // automatic semicolons
		}
		start := f.Offset(pos)
		end := start + len(lit)
		if lit == "" {
			end = start + len(t.String())
		}
		out = append(out, tok{t, lit, start, end})
	}
}

// importDecls returns the import declarations of the notebook and then those
// of the cell c.
func (in *Interpreter) importDecls(c kernel.Cell) []*cell.Decl {
	var out []*cell.Decl
	add := func(ds []*cell.Decl) {
		for _, d := range ds {
			if d.Kind == cell.Import {
				out = append(out, d)
			}
		}
	}
	add(in.Supervisor.Namespace().Decls)
	if p, err := cell.Split(c.Code, c.Count); err == nil {
		add(p.Decls)
	}
	return out
}

// importNames maps the names cells use for third-party packages to the
// packages: the notebook's imports and the cell's own.
func (in *Interpreter) importNames(c kernel.Cell) map[string]toolchain.Package {
	in.mu.Lock()
	pkgs := in.packages
	in.mu.Unlock()
	names := map[string]toolchain.Package{}
	add := func(d *cell.Decl) {
		p, ok := pkgs[d.ImportPath]
		if !ok {
			return
		}
		name := d.ImportName
		if name == "" || name == d.ImportPath[strings.LastIndex(d.ImportPath, "/")+1:] {
			name = p.Name // the front end names an import by its path's last element
		}
		if name != "." && name != "_" {
			names[name] = p
		}
	}
	for _, d := range in.importDecls(c) {
		add(d)
	}
	return names
}

// stdImportNames maps the names of the notebook's standard-library imports
// to their paths, for qualified type arguments (time.Duration).
func (in *Interpreter) stdImportNames(c kernel.Cell) map[string]string {
	names := map[string]string{}
	add := func(d *cell.Decl) {
		if toolchain.IsStandard(d.ImportPath) {
			name := d.ImportName
			if name == "" || name == d.ImportPath[strings.LastIndex(d.ImportPath, "/")+1:] {
				name = stdName(d.ImportPath)
			}
			names[name] = d.ImportPath
		}
	}
	for _, d := range in.importDecls(c) {
		add(d)
	}
	return names
}

// instancesFor rewrites the explicit instantiations of third-party
// generics in c into the names of compiled instantiations, building a
// program that has them when the running one does not.
func (in *Interpreter) instancesFor(ctx context.Context, c kernel.Cell) (string, kernel.ExecuteResult, bool) {
	in.mu.Lock()
	none := len(in.packages) == 0
	in.mu.Unlock()
	if none {
		return c.Code, kernel.ExecuteResult{}, true
	}
	pkgs := in.importNames(c)
	if len(pkgs) == 0 {
		return c.Code, kernel.ExecuteResult{}, true
	}
	in.mu.Lock()
	want := in.running
	in.mu.Unlock()
	compiled := map[string]bool{}
	for _, cc := range want.compiled {
		names, _ := toolchain.Declares(cc)
		for _, n := range names {
			compiled[n] = true
		}
	}
	std := in.stdImportNames(c)
	ts := tokens(c.Code)
	var b strings.Builder
	last := 0
	var added []toolchain.Instance
	for i := 0; i+2 < len(ts); i++ {
		p, ok := pkgs[ts[i].lit]
		if ts[i].tok != token.IDENT || !ok || ts[i+1].tok != token.PERIOD || ts[i+2].tok != token.IDENT {
			continue
		}
		if i > 0 && ts[i-1].tok == token.PERIOD {
			continue // x.greet.Map: a field, not the package
		}
		name := ts[i+2].lit
		isFunc, isType := slices.Contains(p.GenericFuncs, name), slices.Contains(p.GenericTypes, name)
		if !isFunc && !isType {
			continue
		}
		if i+3 >= len(ts) || ts[i+3].tok != token.LBRACK {
			continue // inferred: the interpreter's checker asks for it (withInstances)
		}
		end := matching(ts, i+3)
		if end < 0 {
			continue // the interpreter reports the syntax error
		}
		inst := toolchain.Instance{Path: p.Path, Name: name, Type: isType, Imports: map[string]string{}}
		spelled := true
		for _, arg := range splitArgs(ts[i+4 : end]) {
			text, err := typeArg(c.Code, arg, std, pkgs, compiled, inst.Imports)
			if err != nil {
				// a type of an interpreted cell, say: left to the
				// interpreter's checker, which has the generic
				// specialised from the module's source (kernel/cell/mono)
				// or says why it cannot be
				spelled = false
				break
			}
			inst.TypeArgs = append(inst.TypeArgs, text)
		}
		if !spelled || len(inst.TypeArgs) == 0 {
			continue
		}
		if !slices.ContainsFunc(want.instances, sameAs(inst)) && !slices.ContainsFunc(added, sameAs(inst)) {
			added = append(added, inst)
		}
		b.WriteString(c.Code[last:ts[i].start])
		b.WriteString(toolchain.InstancesName + "." + toolchain.InstanceName(name, inst.TypeArgs))
		last = ts[end].end
		i = end
	}
	b.WriteString(c.Code[last:])
	if len(added) > 0 {
		want.instances = append(slices.Clone(want.instances), added...)
		var what []string
		for _, a := range added {
			what = append(what, fmt.Sprintf("%s.%s[%s]", a.Path, a.Name, strings.Join(a.TypeArgs, ", ")))
		}
		if _, err := in.rebuild(ctx, "instantiate "+strings.Join(what, ", "), want, nil); err != nil {
			return "", buildError(err), false
		}
		imp := fmt.Sprintf("import %s %q", toolchain.InstancesName, toolchain.InstancesPackage)
		if res := in.Supervisor.Execute(ctx, kernel.Cell{Code: imp, Count: c.Count}); res.Status != "ok" {
			return "", res, false
		}
	}
	return b.String(), kernel.ExecuteResult{}, true
}

// matching returns the index of the bracket that closes ts[open], or -1.
func matching(ts []tok, open int) int {
	depth := 0
	for j := open; j < len(ts); j++ {
		switch ts[j].tok {
		case token.LBRACK, token.LPAREN, token.LBRACE:
			depth++
		case token.RBRACK, token.RPAREN, token.RBRACE:
			if depth--; depth == 0 {
				if ts[j].tok != token.RBRACK {
					return -1
				}
				return j
			}
		}
	}
	return -1
}

// splitArgs splits tokens at the commas outside brackets.
func splitArgs(ts []tok) [][]tok {
	var out [][]tok
	depth, from := 0, 0
	for j, t := range ts {
		switch t.tok {
		case token.LBRACK, token.LPAREN, token.LBRACE:
			depth++
		case token.RBRACK, token.RPAREN, token.RBRACE:
			depth--
		case token.COMMA:
			if depth == 0 {
				out = append(out, ts[from:j])
				from = j + 1
			}
		}
	}
	if from < len(ts) {
		out = append(out, ts[from:])
	}
	return out
}

// typeArg returns a type argument as the program writes it: qualified
// names of imported packages, predeclared types, and the names of
// %%compile cells (qualified "cells."); imports gets the packages used.
func typeArg(code string, arg []tok, std map[string]string, pkgs map[string]toolchain.Package, compiled map[string]bool, imports map[string]string) (string, error) {
	if len(arg) == 0 {
		return "", fmt.Errorf("empty type argument")
	}
	var b strings.Builder
	last := arg[0].start
	for j := 0; j < len(arg); j++ {
		t := arg[j]
		if t.tok != token.IDENT {
			continue
		}
		if j+2 < len(arg) && arg[j+1].tok == token.PERIOD && arg[j+2].tok == token.IDENT {
			if p, ok := pkgs[t.lit]; ok {
				imports[t.lit] = p.Path
			} else if path, ok := std[t.lit]; ok {
				imports[t.lit] = path
			} else {
				return "", fmt.Errorf("%s is not an imported package", t.lit)
			}
			j += 2
			continue
		}
		if obj := types.Universe.Lookup(t.lit); obj != nil {
			if _, ok := obj.(*types.TypeName); ok {
				continue
			}
		}
		if compiled[t.lit] {
			b.WriteString(code[last:t.start])
			b.WriteString("cells." + t.lit)
			last = t.end
			imports["cells"] = toolchain.CompiledPackage
			continue
		}
		return "", fmt.Errorf("type argument %s: a compiled instantiation can use predeclared types, types of imported packages and of %%%%compile cells, not %s (declared in an interpreted cell?)",
			code[arg[0].start:arg[len(arg)-1].end], t.lit)
	}
	b.WriteString(code[last:arg[len(arg)-1].end])
	return strings.Join(strings.Fields(b.String()), " "), nil
}

// sameAs returns a test for the instantiation a.
func sameAs(a toolchain.Instance) func(toolchain.Instance) bool {
	return func(b toolchain.Instance) bool {
		return a.Path == b.Path && a.Name == b.Name && slices.Equal(a.TypeArgs, b.TypeArgs)
	}
}

// stdName is the name of a standard-library package: its path's last
// element, or the one before a major version (math/rand/v2).
func stdName(path string) string {
	elems := strings.Split(path, "/")
	last := elems[len(elems)-1]
	if len(elems) > 1 && len(last) > 1 && last[0] == 'v' && strings.Trim(last[1:], "0123456789") == "" {
		return elems[len(elems)-2]
	}
	return last
}
