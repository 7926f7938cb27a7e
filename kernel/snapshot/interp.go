package snapshot

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	pathpkg "path"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/traefik/yaegi/interp"
)

// Interp binds snapshots to a yaegi interpreter: it names the types of
// the notebook's variables for an Encoder and is the Types and the Var
// function of a Decoder.
type Interp struct {
	In *interp.Interpreter
	// Imports maps the notebook's import names to their paths, to spell
	// compiled types in declarations ("tt.Time" for time.Time imported as
	// tt).
	Imports map[string]string
	// Symbols are the export tables the interpreter was given (compiled
	// types named in snapshots are looked up there).
	Symbols []interp.Exports
	// ErrBox is the name of the type of the box kernel/check's lowering
	// puts a notebook error of a struct type in (a struct{ V any; F
	// func() string } whose Error calls F), or "": such a box comes back
	// made again around the value it held (MakeError), its F a closure
	// of the new interpreter's (a func cannot be carried: it was nil,
	// and the restored error's Error panicked).
	ErrBox string
	// Boxes starts the names of the types of the boxes the lowering puts
	// notebook values in where they go to an interface of a compiled
	// package (an io.Writer), or "": MakeIn makes such a box again, its
	// funcs the value's methods.
	Boxes string

	names   map[reflect.Type]string
	pkgVars map[uintptr][2]string // pointer -> export table key, name
	tmpSeq  int
	aliases []instAlias // of compiled instantiations, longest first; nil before first use
}

// instAlias is a compiled instantiation of a generic type ("kgen.Pair[string,int]"
// as reflect spells it) and its alias in the program's instances package
// (toolchain.InstancesPackage): yaegi cannot spell the first.
type instAlias struct{ spelled, name string }

// instanceAliases returns the aliases of the instances' package, if the
// program has one.
func (b *Interp) instanceAliases() []instAlias {
	if b.aliases != nil {
		return b.aliases
	}
	b.aliases = []instAlias{}
	key := toolchain.InstancesPackage + "/" + pathpkg.Base(toolchain.InstancesPackage)
	for _, tables := range b.Symbols {
		for name, v := range tables[key] {
			if v.Kind() == reflect.Pointer && v.IsNil() && strings.Contains(v.Type().Elem().String(), "[") {
				b.aliases = append(b.aliases, instAlias{v.Type().Elem().String(), pathpkg.Base(toolchain.InstancesPackage) + "." + name})
			}
		}
	}
	sort.Slice(b.aliases, func(i, j int) bool {
		if len(b.aliases[i].spelled) != len(b.aliases[j].spelled) {
			return len(b.aliases[i].spelled) > len(b.aliases[j].spelled)
		}
		return b.aliases[i].name < b.aliases[j].name
	})
	return b.aliases
}

// mainSymbols returns the symbols of the interpreter's main package
// (read with reflection from yaegi's internals: name -> *symbol).
func (b *Interp) mainSymbols() reflect.Value {
	pkgs := reflect.ValueOf(b.In).Elem().FieldByName("srcPkg")
	if !pkgs.IsValid() || pkgs.Kind() != reflect.Map {
		return reflect.Value{}
	}
	return pkgs.MapIndex(reflect.ValueOf("main"))
}

// yaegi's symbol kinds (interp.sKind) that this package reads.
const (
	symType = 7
	symVar  = 9
)

// symbols lists the main package's symbols of a kind, with yaegi's
// spelling of their types.
func (b *Interp) symbols(kind uint64) map[string]string {
	out := map[string]string{}
	syms := b.mainSymbols()
	if !syms.IsValid() {
		return out
	}
	it := syms.MapRange()
	for it.Next() {
		s := it.Value()
		if s.Kind() == reflect.Pointer {
			s = s.Elem()
		}
		k := s.FieldByName("kind")
		if !k.IsValid() || k.Uint() != kind {
			continue
		}
		str := ""
		if typ := s.FieldByName("typ"); typ.IsValid() && !typ.IsNil() {
			str = spell(typ, 0)
		}
		out[it.Key().String()] = str
	}
	return out
}

// VarTypes returns the Go source of the static type of each variable of
// the notebook, as a fresh interpreter with the same imports declares it
// (only those that could be spelled).
func (b *Interp) VarTypes() map[string]string {
	out := map[string]string{}
	for name, str := range b.symbols(symVar) {
		if src, err := b.source(str); err == nil {
			out[name] = src
		}
	}
	return out
}

// VarType returns the Go source of the static type of the notebook's
// variable name (see VarTypes).
func (b *Interp) VarType(name string) (string, bool) {
	syms := b.mainSymbols()
	if !syms.IsValid() {
		return "", false
	}
	s := syms.MapIndex(reflect.ValueOf(name))
	if !s.IsValid() {
		return "", false
	}
	if s.Kind() == reflect.Pointer {
		s = s.Elem()
	}
	if k := s.FieldByName("kind"); !k.IsValid() || k.Uint() != symVar {
		return "", false
	}
	typ := s.FieldByName("typ")
	if !typ.IsValid() || typ.IsNil() {
		return "", false
	}
	src, err := b.source(spell(typ, 0))
	return src, err == nil
}

// source turns yaegi's spelling of a type ("[]*main.Point", "time.Time")
// into source for the notebook ("[]*Point", "tt.Time").
func (b *Interp) source(str string) (string, error) {
	if str == "" {
		return "", fmt.Errorf("snapshot: no type")
	}
	if strings.Contains(str, "[") {
		// instantiated generic types of compiled packages: by their
		// aliases in the instances' package, imported by the notebook
		for _, a := range b.instanceAliases() {
			str = strings.ReplaceAll(str, a.spelled, a.name)
		}
	}
	e, err := parser.ParseExpr(str)
	if err != nil {
		return "", fmt.Errorf("snapshot: type %q: %w", str, err)
	}
	var bad error
	e = rewrite(e, func(sel *ast.SelectorExpr) ast.Expr {
		pkg, ok := sel.X.(*ast.Ident)
		if !ok {
			return sel
		}
		if pkg.Name == "main" {
			return sel.Sel
		}
		if name, ok := b.importName(pkg.Name); ok {
			pkg.Name = name
			return sel
		}
		bad = fmt.Errorf("snapshot: type %s: package %s is not imported", str, pkg.Name)
		return sel
	})
	if bad != nil {
		return "", bad
	}
	var buf bytes.Buffer
	if err := format.Node(&buf, token.NewFileSet(), e); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// importName finds the notebook's name for the package yaegi calls pkg.
func (b *Interp) importName(pkg string) (string, bool) {
	if p, ok := b.Imports[pkg]; ok && pathpkg.Base(p) == pkg {
		return pkg, true
	}
	for name, p := range b.Imports {
		if pathpkg.Base(p) == pkg {
			return name, true
		}
	}
	return "", false
}

// rewrite replaces the selector expressions of a type expression.
func rewrite(e ast.Expr, f func(*ast.SelectorExpr) ast.Expr) ast.Expr {
	var walk func(ast.Expr) ast.Expr
	walk = func(e ast.Expr) ast.Expr {
		switch x := e.(type) {
		case *ast.SelectorExpr:
			return f(x)
		case *ast.StarExpr:
			x.X = walk(x.X)
		case *ast.ArrayType:
			x.Elt = walk(x.Elt)
		case *ast.MapType:
			x.Key, x.Value = walk(x.Key), walk(x.Value)
		case *ast.ChanType:
			x.Value = walk(x.Value)
		case *ast.ParenExpr:
			x.X = walk(x.X)
		case *ast.Ellipsis:
			x.Elt = walk(x.Elt)
		case *ast.IndexExpr:
			x.X, x.Index = walk(x.X), walk(x.Index)
		case *ast.FuncType:
			for _, l := range []*ast.FieldList{x.Params, x.Results} {
				if l != nil {
					for _, fl := range l.List {
						fl.Type = walk(fl.Type)
					}
				}
			}
		case *ast.StructType:
			for _, fl := range x.Fields.List {
				fl.Type = walk(fl.Type)
			}
		case *ast.InterfaceType:
			for _, fl := range x.Methods.List {
				fl.Type = walk(fl.Type)
			}
		}
		return e
	}
	return walk(e)
}

// TypeName names the reflect types of the notebook's struct types (for
// Encoder.TypeName). It looks the types up once per Interp.
func (b *Interp) TypeName(t reflect.Type) (string, bool) {
	if b.names == nil {
		b.names = map[reflect.Type]string{}
		for name := range b.symbols(symType) {
			v, err := b.zero(name)
			if err != nil || !v.IsValid() || v.Kind() != reflect.Struct || isValueInterface(v.Type()) {
				continue
			}
			if old, ok := b.names[v.Type()]; !ok || name < old {
				b.names[v.Type()] = name // of identical types, one name, always the same
			}
		}
	}
	if t.Kind() != reflect.Struct || t.Name() != "" {
		return "", false
	}
	n, ok := b.names[t]
	return n, ok
}

// zero evaluates the zero value of the notebook type name. A generic
// type has none: yaegi v0.16.1 panics compiling *new(List) of a generic
// List, which zero returns as an error.
func (b *Interp) zero(name string) (v reflect.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("no zero value of %s: %v", name, r)
		}
	}()
	return b.In.Eval("*new(" + name + ")")
}

// Named implements Types.
func (b *Interp) Named(pkgPath, name string) (reflect.Type, bool) {
	if pkgPath == "" {
		if !token.IsIdentifier(name) {
			return nil, false
		}
		if _, ok := b.symbols(symType)[name]; !ok {
			return nil, false
		}
		v, err := b.zero(name)
		if err != nil || !v.IsValid() {
			return nil, false
		}
		return v.Type(), true
	}
	key := pkgPath + "/" + pathpkg.Base(pkgPath)
	for _, tables := range b.Symbols {
		if v, ok := tables[key][name]; ok && v.Kind() == reflect.Pointer && v.IsNil() {
			return v.Type().Elem(), true
		}
	}
	if strings.Contains(name, "[") {
		return b.instantiated(pkgPath, name)
	}
	return nil, false
}

// instantiated finds an instantiation of a compiled generic type
// (Pair[string,int] of pkgPath), which no export table names, among the
// types of the program's compiled instantiations (toolchain.InstancesPackage):
// a value of it came from one of them (NewPair[string, int]'s result).
func (b *Interp) instantiated(pkgPath, name string) (reflect.Type, bool) {
	key := toolchain.InstancesPackage + "/" + pathpkg.Base(toolchain.InstancesPackage)
	seen := map[reflect.Type]bool{}
	var find func(t reflect.Type, depth int) reflect.Type
	find = func(t reflect.Type, depth int) reflect.Type {
		if t == nil || seen[t] || depth > 8 {
			return nil
		}
		seen[t] = true
		if t.PkgPath() == pkgPath && t.Name() == name {
			return t
		}
		var next []reflect.Type
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
			next = append(next, t.Elem())
		case reflect.Map:
			next = append(next, t.Key(), t.Elem())
		case reflect.Func:
			for i := range t.NumIn() {
				next = append(next, t.In(i))
			}
			for i := range t.NumOut() {
				next = append(next, t.Out(i))
			}
		case reflect.Struct:
			for i := range t.NumField() {
				next = append(next, t.Field(i).Type)
			}
		}
		for _, n := range next {
			if found := find(n, depth+1); found != nil {
				return found
			}
		}
		return nil
	}
	for _, tables := range b.Symbols {
		for _, v := range tables[key] {
			t := v.Type()
			if v.Kind() == reflect.Pointer && v.IsNil() {
				t = t.Elem() // a type's alias
			} else if v.Kind() == reflect.Pointer {
				t = t.Elem() // a function's variable
			}
			if found := find(t, 0); found != nil {
				return found, true
			}
		}
	}
	return nil, false
}

// Interface implements Types: it makes a value of a notebook interface
// type that dyn implements, or of the empty interface, in the
// interpreter: the interpreter's record of a value of type dyn.
func (b *Interp) Interface(dyn string) (reflect.Value, error) {
	src, err := b.source(dyn)
	if err != nil {
		return reflect.Value{}, err
	}
	for name := range b.symbols(symType) {
		v, err := b.zero(name)
		if err != nil || !isValueInterface(v.Type()) {
			continue
		}
		b.tmpSeq++
		tmp := "gofuturesSnapIface" + strconv.Itoa(b.tmpSeq)
		if _, err := b.In.Eval("var " + tmp + " " + name + " = *new(" + src + ")"); err != nil {
			continue
		}
		if v := Globals(b.In)[tmp]; v.IsValid() && isValueInterface(v.Type()) {
			return v, nil
		}
	}
	b.tmpSeq++
	tmp := "gofuturesSnapIface" + strconv.Itoa(b.tmpSeq)
	if _, err := b.In.Eval("var " + tmp + " interface{} = *new(" + src + ")"); err == nil {
		// an empty interface of the interpreter's holds its record of
		// the value (a type without a notebook interface: any(&T{}))
		if v := Globals(b.In)[tmp]; v.Kind() == reflect.Interface && !v.IsNil() && isValueInterface(v.Elem().Type()) {
			return v.Elem(), nil
		}
	}
	return reflect.Value{}, fmt.Errorf("the type no longer exists or implements none of the notebook's interfaces")
}

// MakeError implements ErrorMaker: v goes to a variable of its type,
// which the interpreter converts to error.
func (b *Interp) MakeError(dyn string, v reflect.Value) (reflect.Value, error) {
	if b.ErrBox != "" && dyn == "*main."+b.ErrBox {
		return b.reboxError(v)
	}
	src, err := b.source(dyn)
	if err != nil {
		return reflect.Value{}, err
	}
	b.tmpSeq++
	tmp := "gofuturesSnapErr" + strconv.Itoa(b.tmpSeq)
	if _, err := b.In.Eval("var " + tmp + " " + src); err != nil {
		return reflect.Value{}, fmt.Errorf("declaring a %s: %w", src, err)
	}
	x := Globals(b.In)[tmp]
	if !x.CanSet() || !v.Type().AssignableTo(x.Type()) {
		return reflect.Value{}, fmt.Errorf("a %s is not a %s", v.Type(), src)
	}
	x.Set(v)
	if _, err := b.In.Eval("var " + tmp + "e error"); err != nil {
		return reflect.Value{}, fmt.Errorf("declaring an error: %w", err)
	}
	if _, err := b.In.Eval(tmp + "e = " + tmp); err != nil {
		return reflect.Value{}, fmt.Errorf("a %s is not an error: %w", src, err)
	}
	e := Globals(b.In)[tmp+"e"]
	if !e.IsValid() {
		return reflect.Value{}, fmt.Errorf("a %s is not an error", src)
	}
	return e, nil
}

// Declare declares the variable name of type typ in the interpreter
// (again, if it exists) and returns it (for Decoder.Var).
func (b *Interp) Declare(name, typ string) (reflect.Value, error) {
	if !token.IsIdentifier(name) {
		return reflect.Value{}, fmt.Errorf("snapshot: bad variable name %q", name)
	}
	if typ == "" {
		return reflect.Value{}, fmt.Errorf("its type is unknown")
	}
	if !isTypeExpr(typ) {
		return reflect.Value{}, fmt.Errorf("%q is not a type", typ)
	}
	if _, err := b.In.Eval("var " + name + " " + typ); err != nil {
		return reflect.Value{}, fmt.Errorf("declaring it as %s failed: %w", typ, err)
	}
	v, ok := Globals(b.In)[name]
	if !ok {
		return reflect.Value{}, fmt.Errorf("declaring it as %s failed", typ)
	}
	return v, nil
}

// yaegi's type categories (interp.tcat) that spell knows.
const (
	catArray     = 1
	catChan      = 6
	catChanSend  = 7
	catChanRecv  = 8
	catError     = 13
	catFunc      = 16
	catInterface = 18
	catMap       = 25
	catPtr       = 26
	catSlice     = 27
	catStruct    = 30
	catValue     = 36
	catVariadic  = 37
)

// spell writes yaegi's type (an *interp.itype) in yaegi's spelling
// ("*main.Node", "time.Time"), from its structure: the str yaegi keeps is
// incomplete for recursive types ("*struct {}").
func spell(it reflect.Value, depth int) string {
	if it.IsNil() || depth > 30 {
		return ""
	}
	e := it.Elem()
	str := e.FieldByName("str").String()
	name, path := e.FieldByName("name").String(), e.FieldByName("path").String()
	cat := e.FieldByName("cat").Uint()
	if name != "" && cat != catValue {
		if path != "" && path != "main" {
			return str
		}
		if path == "main" {
			return "main." + name
		}
		return name
	}
	sub := func(field string) string { return spell(e.FieldByName(field), depth+1) }
	list := func(field string) ([]string, bool) {
		l := e.FieldByName(field)
		out := make([]string, l.Len())
		for i := range out {
			if out[i] = spell(l.Index(i), depth+1); out[i] == "" {
				return nil, false
			}
		}
		return out, true
	}
	switch cat {
	case catValue:
		if rt, ok := readable(e.FieldByName("rtype")).Interface().(reflect.Type); ok && rt != nil {
			return rt.String()
		}
	case catPtr:
		if v := sub("val"); v != "" {
			return "*" + v
		}
	case catSlice:
		if v := sub("val"); v != "" {
			return "[]" + v
		}
	case catVariadic:
		if v := sub("val"); v != "" {
			return "..." + v
		}
	case catArray:
		if v := sub("val"); v != "" {
			return "[" + strconv.FormatInt(e.FieldByName("length").Int(), 10) + "]" + v
		}
	case catMap:
		if k, v := sub("key"), sub("val"); k != "" && v != "" {
			return "map[" + k + "]" + v
		}
	case catChan, catChanSend, catChanRecv:
		if v := sub("val"); v != "" {
			return map[uint64]string{catChan: "chan ", catChanSend: "chan<- ", catChanRecv: "<-chan "}[cat] + "(" + v + ")"
		}
	case catError:
		return "error"
	case catInterface:
		if e.FieldByName("field").Len() == 0 {
			return "interface{}"
		}
	case catFunc:
		args, ok1 := list("arg")
		rets, ok2 := list("ret")
		if ok1 && ok2 {
			return "func(" + strings.Join(args, ", ") + ") (" + strings.Join(rets, ", ") + ")"
		}
	case catStruct:
		fields := e.FieldByName("field")
		parts := make([]string, fields.Len())
		for i := range parts {
			f := fields.Index(i)
			ft := spell(f.FieldByName("typ"), depth+1)
			if ft == "" {
				return str
			}
			if f.FieldByName("embed").Bool() {
				parts[i] = ft
			} else {
				parts[i] = f.FieldByName("name").String() + " " + ft
			}
			if tag := f.FieldByName("tag").String(); tag != "" {
				if tag[0] != '`' && tag[0] != '"' {
					tag = strconv.Quote(tag)
				}
				parts[i] += " " + tag
			}
		}
		return "struct{" + strings.Join(parts, "; ") + "}"
	}
	return str
}

// PkgVarOf finds the exported package variable whose value is the pointer
// p (os.Stdout, io.EOF), for Encoder.PkgVar.
func (b *Interp) PkgVarOf(p uintptr) (key, name string, ok bool) {
	if b.pkgVars == nil {
		b.pkgVars = map[uintptr][2]string{}
		for _, tables := range b.Symbols {
			for key, syms := range tables {
				for name, v := range syms {
					// an exported variable is exported as itself (addressable)
					if !v.IsValid() || !v.CanAddr() || !token.IsExported(name) {
						continue
					}
					e := v
					if e.Kind() == reflect.Interface && !e.IsNil() {
						e = e.Elem()
					}
					if e.Kind() == reflect.Pointer && !e.IsNil() {
						b.pkgVars[uintptr(e.UnsafePointer())] = [2]string{key, name}
					}
				}
			}
		}
	}
	kn, ok := b.pkgVars[p]
	return kn[0], kn[1], ok
}

// PkgVar implements Types.
func (b *Interp) PkgVar(key, name string) (reflect.Value, bool) {
	for _, tables := range b.Symbols {
		if v, ok := tables[key][name]; ok && v.IsValid() && v.CanAddr() {
			return v, true
		}
	}
	return reflect.Value{}, false
}

// isTypeExpr reports whether src is a Go type expression (and nothing
// else: a declaration must not run code).
func isTypeExpr(src string) bool {
	e, err := parser.ParseExpr(src)
	if err != nil {
		return false
	}
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n.(type) {
		case nil, *ast.Ident, *ast.SelectorExpr, *ast.StarExpr, *ast.ArrayType, *ast.MapType, *ast.ChanType,
			*ast.FuncType, *ast.StructType, *ast.InterfaceType, *ast.ParenExpr, *ast.FieldList, *ast.Field,
			*ast.Ellipsis, *ast.IndexExpr, *ast.IndexListExpr, *ast.BasicLit:
			return true
		}
		ok = false
		return false
	})
	return ok
}
