package toolchain

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Cell is the source of a %%compile cell: declarations and imports only.
type Cell struct {
	// Name identifies the cell in error messages ("In[3]"); positions in
	// build errors are given as Name:line:col.
	Name string
	// Line is the cell line Source starts on (2 when the first line was
	// the %%compile magic).
	Line int
	// Source is Go: import declarations, then type, func, method, var and
	// const declarations. Statements are not allowed. Cells see the funcs,
	// types and consts; vars are used by the compiled code only.
	Source string
}

// CompiledPackage is the import path of the package the %%compile cells
// of a notebook are compiled into; cells see its names after
// `import . "gofuturesnb.local/cells"`.
const CompiledPackage = NotebookModule + "/cells"

// CompiledSymbolsKey is the key of the compiled cells' export table in a
// program's extra symbols (interp.Exports): "importpath/name".
const CompiledSymbolsKey = CompiledPackage + "/cells"

// Declares returns the top-level names c declares (methods excluded), or
// the error that makes it unusable as a %%compile cell.
func Declares(c Cell) ([]string, error) {
	c.Name = cellNameRE.ReplaceAllString(c.Name, "_")
	ci, err := parseCell(c)
	if err != nil {
		return nil, err
	}
	return ci.names, nil
}

// DeclaredVars returns the package-level variables c declares: compiled
// code uses them, cells do not see them (see exportsFile).
func DeclaredVars(c Cell) []string {
	c.Name = cellNameRE.ReplaceAllString(c.Name, "_")
	ci, err := parseCell(c)
	if err != nil {
		return nil
	}
	var out []string
	for _, n := range ci.names {
		if ci.kinds[n] == token.VAR {
			out = append(out, n)
		}
	}
	return out
}

// cellInfo is what parsing a compiled cell found.
type cellInfo struct {
	imports []string          // import paths
	pkgs    map[string]string // import name as the cell writes it -> path
	names   []string          // top-level names declared (methods excluded)
	kinds   map[string]token.Token
	generic map[string]bool // generic funcs and types: not exported to cells
	// wrappers are, by name, generic functions the checker's model
	// declares in package main, calling the compiled ones (see
	// genericWrapper): cells call them through compiled instantiations.
	wrappers map[string]string
	// wrapperNames are the names each wrapper's signature uses, besides
	// its type parameters: they must be in the model too.
	wrapperNames map[string][]string
	// exported are the exported stand-ins of unexported generic
	// functions, in the cells' package (exportedGeneric), and the imports
	// they need.
	exported        []string
	exportedImports map[string]string
}

// parseCell checks that c holds declarations only and lists its imports
// and the names it declares.
func parseCell(c Cell) (*cellInfo, error) {
	fset := token.NewFileSet()
	src := "package cells\n" + lineDirective(c) + c.Source
	f, err := parser.ParseFile(fset, c.Name, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, cellSyntaxError(c, err)
	}
	info := &cellInfo{kinds: map[string]token.Token{}, generic: map[string]bool{}, wrappers: map[string]string{}, wrapperNames: map[string][]string{}, pkgs: map[string]string{},
		exportedImports: map[string]string{}}
	for _, is := range f.Imports {
		p, _ := strconv.Unquote(is.Path.Value)
		if err := CheckImportPath(p); err != nil {
			return nil, err
		}
		info.imports = append(info.imports, p)
		name := p[strings.LastIndexByte(p, '/')+1:] // the package's name, usually
		if is.Name != nil {
			name = is.Name.Name
		}
		info.pkgs[name] = p
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv != nil {
				continue
			}
			if d.Name.Name == "init" || d.Name.Name == "main" {
				pos := fset.Position(d.Pos())
				diag := Diagnostic{File: pos.Filename, Line: pos.Line, Col: pos.Column,
					Msg: "func " + d.Name.Name + " is not allowed in a %%compile cell (it holds declarations that later cells use)"}
				return nil, &Error{Kind: ErrBuild, Detail: diag.String(), Diagnostics: []Diagnostic{diag}}
			}
			info.add(d.Name.Name, token.FUNC)
			if d.Type.TypeParams != nil {
				info.generic[d.Name.Name] = true
				if w, uses, ok := genericWrapper(src, fset, d, info.pkgs); ok {
					info.wrappers[d.Name.Name], info.wrapperNames[d.Name.Name] = w, uses
					if !token.IsExported(d.Name.Name) {
						e, imps := exportedGeneric(src, fset, d, info.pkgs)
						info.exported = append(info.exported, e)
						maps.Copy(info.exportedImports, imps)
					}
				}
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					info.add(s.Name.Name, token.TYPE)
					if s.TypeParams != nil {
						info.generic[s.Name.Name] = true
						if w, uses, ok := genericTypeWrapper(src, fset, s, info.pkgs); ok {
							info.wrappers[s.Name.Name], info.wrapperNames[s.Name.Name] = w, uses
						}
					}
				case *ast.ValueSpec:
					for _, n := range s.Names {
						info.add(n.Name, d.Tok)
					}
				}
			}
		}
	}
	return info, nil
}

func (ci *cellInfo) add(name string, kind token.Token) {
	if name == "_" {
		return
	}
	ci.names = append(ci.names, name)
	ci.kinds[name] = kind
}

// genericWrapper returns the declaration, in the checker's model, of a
// generic function of the same signature as the exported generic
// function d of a compiled cell that calls it: func Map[T, U any](xs
// []T, f func(T) U) []U { return gfcells.Map[T, U](xs, f) }. ok is false
// where the signature names a package (the model does not import it for
// the cell) or has a parameter without a name. uses are the other names
// the signature uses (predeclared ones, the cells' types), which the
// model must declare.
func genericWrapper(src string, fset *token.FileSet, d *ast.FuncDecl, pkgs map[string]string) (wrapper string, uses []string, ok bool) {
	var tparams, args []string
	isParam := map[string]bool{}
	for _, f := range d.Type.TypeParams.List {
		for _, n := range f.Names {
			tparams = append(tparams, n.Name)
			isParam[n.Name] = true
		}
	}
	var fields []*ast.Field
	for _, fl := range []*ast.FieldList{d.Type.TypeParams, d.Type.Params, d.Type.Results} {
		if fl != nil {
			fields = append(fields, fl.List...)
		}
	}
	quals, uses, ok := signatureNames(fields, isParam, pkgs)
	if !ok {
		return "", nil, false
	}
	for _, f := range d.Type.Params.List {
		if len(f.Names) == 0 {
			return "", nil, false
		}
		for _, n := range f.Names {
			if n.Name == "_" {
				return "", nil, false
			}
			arg := n.Name
			if _, ok := f.Type.(*ast.Ellipsis); ok {
				arg += "..."
			}
			args = append(args, arg)
		}
	}
	base := fset.File(d.Pos()).Base()
	start, end := int(d.Type.TypeParams.Opening)-base, int(d.Type.End())-base
	ret := ""
	if d.Type.Results != nil && len(d.Type.Results.List) > 0 {
		ret = "return "
	}
	name, target := d.Name.Name, d.Name.Name
	if !token.IsExported(name) {
		target = CheckerPrefix + name // see exportedGeneric
	}
	wrapper = fmt.Sprintf("func %s%s { %s%s.%s[%s](%s) }", name, requalify(src, base, start, end, quals, wrapperImport),
		ret, CheckerImportName, target, strings.Join(tparams, ", "), strings.Join(args, ", "))
	return wrapper, uses, true
}

// exportedGeneric returns the exported generic function, in the cells'
// package, that stands for its unexported generic function d
// (func Exported_sum[T ...](...) { return sum[T](...) }), and the imports
// its signature needs (name -> path).
func exportedGeneric(src string, fset *token.FileSet, d *ast.FuncDecl, pkgs map[string]string) (string, map[string]string) {
	var tparams, args []string
	for _, f := range d.Type.TypeParams.List {
		for _, n := range f.Names {
			tparams = append(tparams, n.Name)
		}
	}
	for _, f := range d.Type.Params.List {
		for _, n := range f.Names {
			arg := n.Name
			if _, ok := f.Type.(*ast.Ellipsis); ok {
				arg += "..."
			}
			args = append(args, arg)
		}
	}
	imports := map[string]string{}
	ast.Inspect(d.Type, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if x, ok := sel.X.(*ast.Ident); ok && pkgs[x.Name] != "" {
				imports[x.Name] = pkgs[x.Name]
			}
		}
		return true
	})
	base := fset.File(d.Pos()).Base()
	ret := ""
	if d.Type.Results != nil && len(d.Type.Results.List) > 0 {
		ret = "return "
	}
	sig := requalify(src, base, int(d.Type.TypeParams.Opening)-base, int(d.Type.End())-base, nil, nil)
	return fmt.Sprintf("func %s%s%s { %s%s[%s](%s) }", CheckerPrefix, d.Name.Name, sig, ret, d.Name.Name,
		strings.Join(tparams, ", "), strings.Join(args, ", ")), imports
}

// genericTypeWrapper returns the declaration, in the checker's model, of
// a generic alias of the exported generic type s of a compiled cell:
// type Stack[T any] = gfcells.Stack[T]; ok and uses as for
// genericWrapper.
func genericTypeWrapper(src string, fset *token.FileSet, s *ast.TypeSpec, pkgs map[string]string) (wrapper string, uses []string, ok bool) {
	if !token.IsExported(s.Name.Name) || s.Assign.IsValid() {
		// an unexported one's exported alias would need yaegi's extract
		// to skip generic aliases, which it does not
		return "", nil, false
	}
	var names []string
	isParam := map[string]bool{}
	for _, f := range s.TypeParams.List {
		for _, n := range f.Names {
			names = append(names, n.Name)
			isParam[n.Name] = true
		}
	}
	quals, uses, ok := signatureNames(s.TypeParams.List, isParam, pkgs)
	if !ok {
		return "", nil, false
	}
	base := fset.File(s.Pos()).Base()
	params := requalify(src, base, int(s.TypeParams.Opening)-base, int(s.TypeParams.Closing)-base+1, quals, wrapperImport)
	return fmt.Sprintf("type %s%s = %s.%s[%s]", s.Name.Name, params, CheckerImportName,
		s.Name.Name, strings.Join(names, ", ")), uses, true
}

// signatureNames returns the package qualifiers in fields' types (their
// identifiers, to be written as wrapperImport names) and the other names
// they use besides the type parameters; ok is false for a qualifier the
// cell does not import.
func signatureNames(fields []*ast.Field, isParam map[string]bool, pkgs map[string]string) (quals []*ast.Ident, uses []string, ok bool) {
	ok = true
	for _, f := range fields {
		ast.Inspect(f.Type, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				x, isID := n.X.(*ast.Ident)
				if !isID || pkgs[x.Name] == "" {
					ok = false
					return false
				}
				quals = append(quals, x)
				return false // the selected name is the package's
			case *ast.Ident:
				if !isParam[n.Name] {
					uses = append(uses, n.Name)
				}
			}
			return ok
		})
	}
	return quals, uses, ok
}

// wrapperImport is the name under which the checker's model imports a
// package that wrappers' signatures name (cmp.Ordered as
// gfcellsimp_cmp.Ordered): no cell's own name.
func wrapperImport(name string) string { return "gfcellsimp_" + name }

// requalify returns src[start:end] with each qualifier in quals (offsets
// after base) written as rename has it, on one line.
func requalify(src string, base, start, end int, quals []*ast.Ident, rename func(string) string) string {
	var b strings.Builder
	at := start
	for _, q := range quals {
		o := int(q.Pos()) - base
		b.WriteString(src[at:o])
		b.WriteString(rename(q.Name))
		at = o + len(q.Name)
	}
	b.WriteString(src[at:end])
	return strings.Join(strings.Fields(b.String()), " ")
}

// cellSyntaxError turns a parse error into an *Error at the cell's lines;
// statements get their own message.
func cellSyntaxError(c Cell, err error) error {
	e := &Error{Kind: ErrBuild, Detail: "syntax error in " + c.Name}
	for _, line := range strings.Split(err.Error(), "\n") {
		ds := parseDiagnostics(line)
		for _, d := range ds {
			if strings.Contains(d.Msg, "non-declaration statement") || strings.Contains(d.Msg, "expected declaration") {
				d.Msg += " (a %%compile cell holds imports and declarations only; run statements in another cell)"
			}
			e.Diagnostics = append(e.Diagnostics, d)
		}
	}
	if len(e.Diagnostics) == 0 {
		e.Detail += ": " + err.Error()
	}
	for _, d := range e.Diagnostics {
		e.Detail += "\n" + d.String()
	}
	return e
}

// lineDirective makes the compiler report positions in c as c.Name:line.
func lineDirective(c Cell) string {
	line := c.Line
	if line < 1 {
		line = 1
	}
	return fmt.Sprintf("//line %s:%d:1\n", c.Name, line)
}

// cellFile is the Go file of the compiled cell c.
func cellFile(c Cell) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by gofutures from a %%compile cell. DO NOT EDIT.\n\n")
	b.WriteString("package cells\n\n")
	b.WriteString(lineDirective(c))
	b.WriteString(c.Source)
	if !strings.HasSuffix(c.Source, "\n") {
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// declKinds returns the kinds of the cells' declarations that are not
// generic, by name, and their names sorted.
func declKinds(infos []*cellInfo) (map[string]token.Token, []string) {
	kinds := map[string]token.Token{}
	for _, ci := range infos {
		for n, k := range ci.kinds {
			if !ci.generic[n] {
				kinds[n] = k
			}
		}
	}
	names := make([]string, 0, len(kinds))
	for n := range kinds {
		names = append(names, n)
	}
	sort.Strings(names)
	return kinds, names
}

// exportsFile is the file of the cells package that gives its funcs,
// types and consts, exported or not, to the interpreter.
func exportsFile(infos []*cellInfo) []byte {
	kinds, names := declKinds(infos)
	var b bytes.Buffer
	b.WriteString("// Code generated by gofutures. DO NOT EDIT.\n\npackage cells\n\nimport (\n\t\"reflect\"\n")
	imports := map[string]string{}
	var exported []string
	for _, ci := range infos {
		maps.Copy(imports, ci.exportedImports)
		exported = append(exported, ci.exported...)
	}
	for _, n := range slices.Sorted(maps.Keys(imports)) {
		fmt.Fprintf(&b, "\t%s %q\n", n, imports[n])
	}
	b.WriteString(")\n\n")
	b.WriteString("// Exports are the cells' declarations as the interpreter imports them.\n")
	b.WriteString("var Exports = map[string]reflect.Value{\n")
	for _, n := range names {
		switch kinds[n] {
		case token.TYPE:
			fmt.Fprintf(&b, "\t%q: reflect.ValueOf((*%s)(nil)),\n", n, n)
		case token.VAR:
			// Not exported: the interpreter would see a copy taken when
			// it imports the package (a dot import makes it a constant).
			// Compiled functions use the variable; cells call them.
		default:
			fmt.Fprintf(&b, "\t%q: reflect.ValueOf(%s),\n", n, n)
		}
	}
	b.WriteString("}\n")
	// Exported names of the unexported ones, for type checkers (see
	// CheckerSource).
	for _, n := range names {
		if token.IsExported(n) {
			continue
		}
		switch kinds[n] {
		case token.TYPE:
			fmt.Fprintf(&b, "\n// %s%s is %s.\ntype %s%s = %s\n", CheckerPrefix, n, n, CheckerPrefix, n, n)
		case token.FUNC:
			fmt.Fprintf(&b, "\n// %s%s is %s.\nvar %s%s = %s\n", CheckerPrefix, n, n, CheckerPrefix, n, n)
		case token.CONST:
			fmt.Fprintf(&b, "\n// %s%s is %s.\nconst %s%s = %s\n", CheckerPrefix, n, n, CheckerPrefix, n, n)
		}
	}
	// Exported stand-ins of unexported generic functions, which the
	// checker's model and compiled instantiations call.
	for _, e := range exported {
		b.WriteString("\n" + e + "\n")
	}
	return b.Bytes()
}

// CheckerPrefix starts the exported names the cells package gives its
// unexported funcs, types and consts (Exported_gcd).
const CheckerPrefix = "Exported_"

// CheckerImportName is the name CheckerSource's declarations use for the
// compiled cells' package.
const CheckerImportName = "gfcells"

// CheckerSource returns Go declarations that give a type checker the
// names of the notebook's compiled cells (in the module at dir) as cells
// see them — unqualified, through a dot import the checker could not
// follow for unexported names — with the types of the compiled package,
// imported as CheckerImportName: "var gcd = gfcells.Exported_gcd", "type
// Pair = gfcells.Pair". "" when there are no compiled cells.
func CheckerSource(dir string) (string, error) {
	cells, err := CompiledCells(dir)
	if err != nil || len(cells) == 0 {
		return "", err
	}
	return checkerSource(cells)
}

// checkerSource is CheckerSource of the given cells.
func checkerSource(cells []Cell) (string, error) {
	infos := make([]*cellInfo, 0, len(cells))
	for _, c := range cells {
		ci, err := parseCell(c)
		if err != nil {
			return "", err
		}
		infos = append(infos, ci)
	}
	kinds, names := declKinds(infos)
	var b strings.Builder
	wrappers := map[string]string{}
	for _, ci := range infos {
	next:
		for n, w := range ci.wrappers {
			for _, u := range ci.wrapperNames[n] {
				// A name the model lacks would make the wrapper, and
				// with it the notebook's model, fail to check.
				if _, ok := kinds[u]; !ok && types.Universe.Lookup(u) == nil {
					continue next
				}
			}
			wrappers[n] = w
		}
	}
	imports := map[string]string{}
	for _, ci := range infos {
		for n := range ci.wrappers {
			if _, ok := wrappers[n]; !ok {
				continue
			}
			for name, path := range ci.pkgs {
				if strings.Contains(wrappers[n], wrapperImport(name)+".") {
					imports[wrapperImport(name)] = path
				}
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(imports)) {
		fmt.Fprintf(&b, "import %s %q\n", name, imports[name])
	}
	for _, n := range slices.Sorted(maps.Keys(wrappers)) {
		b.WriteString(wrappers[n] + "\n")
	}
	for _, n := range names {
		ref := CheckerImportName + "." + n
		if !token.IsExported(n) {
			ref = CheckerImportName + "." + CheckerPrefix + n
		}
		switch kinds[n] {
		case token.TYPE:
			fmt.Fprintf(&b, "type %s = %s\n", n, ref)
		case token.FUNC:
			fmt.Fprintf(&b, "var %s = %s\n", n, ref)
		case token.CONST:
			fmt.Fprintf(&b, "const %s = %s\n", n, ref)
		}
	}
	return b.String(), nil
}

// mapCompiledErrors rewrites a build error of the cells package: a name
// undefined there but declared in an interpreted cell gets its own kind
// and message.
func mapCompiledErrors(e *Error, cells []Cell, interpreted []string) *Error {
	known := map[string]bool{}
	for _, c := range cells {
		known[c.Name] = true
	}
	interp := map[string]bool{}
	for _, n := range interpreted {
		interp[n] = true
	}
	var inCells []Diagnostic
	for _, d := range e.Diagnostics {
		if !known[d.File] {
			continue
		}
		if name, ok := strings.CutPrefix(d.Msg, "undefined: "); ok && interp[name] {
			d.Msg = fmt.Sprintf("%s is declared in an interpreted cell: a %%%%compile cell can use imports and other %%%%compile cells only (move %s into a %%%%compile cell)", name, name)
			e.Kind = ErrCompiledUsesInterpreted
		}
		inCells = append(inCells, d)
	}
	if len(inCells) > 0 {
		e.Diagnostics = inCells
		lines := make([]string, len(inCells))
		for i, d := range inCells {
			lines[i] = d.String()
		}
		e.Detail = strings.Join(lines, "\n")
	}
	return e
}

// CompiledCells returns the %%compile cells of the program built last in
// the notebook module at dir, as they were written there (nil when there
// are none): for a type checker, which sees their declarations as the
// notebook's (a dot import would hide their unexported names).
func CompiledCells(dir string) ([]Cell, error) {
	files, err := filepath.Glob(filepath.Join(dir, cellsDir, "cell*.go"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var cells []Cell
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("toolchain: %w", err)
		}
		_, rest, ok := strings.Cut(string(data), "\n//line ")
		if !ok {
			continue
		}
		directive, src, _ := strings.Cut(rest, "\n")
		c := Cell{Source: src}
		// directive is NAME:LINE:1
		if i := strings.LastIndex(directive, ":"); i > 0 {
			if j := strings.LastIndex(directive[:i], ":"); j > 0 {
				c.Name = directive[:j]
				c.Line, _ = strconv.Atoi(directive[j+1 : i])
			}
		}
		cells = append(cells, c)
	}
	return cells, nil
}
