package mono

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
)

// source is one standard-library package parsed and type-checked from the
// toolchain's sources, with this package's plain-Go replacements (see
// overrides.go) put in place of the declarations they replace.
type source struct {
	path  string
	fset  *token.FileSet
	pkg   *types.Package
	info  *types.Info
	text  map[*token.File][]byte // source of every file, for copying
	funcs map[string]*ast.FuncDecl
	types map[string]*ast.TypeSpec
	meths map[string][]*ast.FuncDecl // methods by receiver base type name
	vals  map[string]*ast.ValueSpec
}

// load returns the package at path, parsing and type-checking it on first
// use. It must be called with s.mu held.
func (s *Specializer) load(path string) (*source, error) {
	if src, ok := s.pkgs[path]; ok {
		return src, nil
	}
	if s.imp == nil {
		s.imp = fallback{importer.ForCompiler(s.fset, "gc", nil), importer.ForCompiler(s.fset, "source", nil)}
	}
	var dir string
	var names []string
	imp := s.imp
	if isStd(path) {
		ctx := build.Default
		ctx.GOROOT = s.goroot
		ctx.CgoEnabled = false
		bp, err := ctx.Import(path, "", 0)
		if err != nil {
			return nil, fmt.Errorf("find %s in GOROOT: %w", path, err)
		}
		if !bp.Goroot {
			return nil, fmt.Errorf("%s is not a standard-library package", path)
		}
		dir, names = bp.Dir, bp.GoFiles
	} else {
		if s.module == "" {
			return nil, fmt.Errorf("%s is not a standard-library package (and no module's are specialised)", path)
		}
		mp, err := s.modPackage(path)
		if err != nil {
			return nil, err
		}
		// cgo files are type-checked (with a fake package C) for what
		// the others use of them; a copy that reaches C fails
		dir, names, imp = mp.Dir, append(append([]string(nil), mp.GoFiles...), mp.CgoFiles...), s.modImp
	}
	src := &source{
		path:  path,
		fset:  s.fset,
		text:  map[*token.File][]byte{},
		funcs: map[string]*ast.FuncDecl{},
		types: map[string]*ast.TypeSpec{},
		meths: map[string][]*ast.FuncDecl{},
		vals:  map[string]*ast.ValueSpec{},
	}
	var files []*ast.File
	parse := func(name string, data []byte) error {
		f, err := parser.ParseFile(s.fset, name, data, parser.SkipObjectResolution)
		if err != nil {
			return fmt.Errorf("parse %s: %w", name, err)
		}
		src.text[s.fset.File(f.Pos())] = data
		files = append(files, f)
		return nil
	}
	repl := overrides[path]
	if repl != "" {
		if err := parse("gofutures-mono-"+strings.ReplaceAll(path, "/", "-")+".go", []byte(repl)); err != nil {
			return nil, err
		}
	}
	replaced := replacedNames(files)
	for _, name := range names {
		fn := filepath.Join(dir, name)
		data, err := os.ReadFile(fn)
		if err != nil {
			return nil, fmt.Errorf("%w", err)
		}
		if err := parse(fn, data); err != nil {
			return nil, err
		}
		dropReplaced(files[len(files)-1], replaced)
	}
	src.info = &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Instances:  map[*ast.Ident]types.Instance{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	var hard error
	conf := types.Config{Importer: imp, FakeImportC: true, Error: func(err error) {
		if te, ok := err.(types.Error); ok && te.Soft {
			return // unused imports and variables left by a replacement
		}
		if hard == nil {
			hard = err
		}
	}}
	src.pkg, _ = conf.Check(path, s.fset, files, src.info)
	if hard != nil {
		return nil, fmt.Errorf("type-check %s from %s: %w", path, dir, hard)
	}
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					src.funcs[d.Name.Name] = d
				} else {
					base := recvBase(d.Recv.List[0].Type)
					src.meths[base] = append(src.meths[base], d)
				}
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					switch sp := sp.(type) {
					case *ast.TypeSpec:
						src.types[sp.Name.Name] = sp
					case *ast.ValueSpec:
						for _, n := range sp.Names {
							src.vals[n.Name] = sp
						}
					}
				}
			}
		}
	}
	s.pkgs[path] = src
	return src, nil
}

// recvBase is the name of a receiver's base type: T in T, *T, T[P], *T[P].
func recvBase(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// replacedNames lists what the replacement file (files[0], if any) declares:
// functions by name, methods as "T.M", and types as "type T" (a replaced
// type takes its methods with it).
func replacedNames(files []*ast.File) map[string]bool {
	m := map[string]bool{}
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					m[d.Name.Name] = true
				} else {
					m[recvBase(d.Recv.List[0].Type)+"."+d.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					switch sp := sp.(type) {
					case *ast.TypeSpec:
						m["type "+sp.Name.Name] = true
					case *ast.ValueSpec:
						for _, n := range sp.Names {
							m[n.Name] = true
						}
					}
				}
			}
		}
	}
	return m
}

// dropReplaced removes from f the declarations the replacement file
// declares. Imports the removal leaves unused are reported by the type
// checker as soft errors, which load ignores.
func dropReplaced(f *ast.File, replaced map[string]bool) {
	if len(replaced) == 0 {
		return
	}
	keep := f.Decls[:0]
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && replaced[d.Name.Name] {
				continue
			}
			if d.Recv != nil {
				base := recvBase(d.Recv.List[0].Type)
				if replaced["type "+base] || replaced[base+"."+d.Name.Name] {
					continue
				}
			}
		case *ast.GenDecl:
			specs := d.Specs[:0]
			for _, sp := range d.Specs {
				switch x := sp.(type) {
				case *ast.TypeSpec:
					if replaced["type "+x.Name.Name] {
						continue
					}
				case *ast.ValueSpec:
					drop := false
					for _, n := range x.Names {
						drop = drop || replaced[n.Name]
					}
					if drop {
						continue
					}
				}
				specs = append(specs, sp)
			}
			if len(specs) == 0 && d.Tok != token.IMPORT {
				continue
			}
			d.Specs = specs
		}
		keep = append(keep, d)
	}
	f.Decls = keep
}

// fallback imports with first, and with second where first fails.
type fallback struct{ first, second types.Importer }

func (f fallback) Import(path string) (*types.Package, error) {
	if p, err := f.first.Import(path); err == nil {
		return p, nil
	}
	return f.second.Import(path)
}
