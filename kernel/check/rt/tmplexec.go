package rt

import (
	"fmt"
	htmltemplate "html/template"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"text/template"
	"text/template/parse"
)

// A template calls a method of its data's type through reflection:
// MethodByName on the value. The types a cell declares have no methods
// in yaegi v0.16.1's reflection, and text/template said "can't evaluate
// field Full in type main.P" for {{.Full}}. Execute and ExecuteTemplate
// execute a copy of the template in which each field, in a chain of
// fields, named as an exported method of one of the cell types the
// data's Table describes (or as a field an embedded struct promotes) is
// a call of a function of the copy's FuncMap (tmplrewrite.go,
// tmplcall.go): {{.Greet "x"}} becomes {{gofuturesMethod_Greet . "x"}}.
// That function calls the method, of the value's cell type, as a Go
// program's template calls it, and otherwise does what text/template
// does with the field. Printing actions end in a call that prints a cell
// value as fmt does in a Go program (tmplprint.go). The errors of the
// copy are spelled as the template's (fixMessage).

// Method is an exported method of a cell type: its name, whether only
// the pointer's method set has it (Ptr: a pointer receiver), and Func,
// the method as a function of the receiver (T, or *T for Ptr) and of
// its parameters that returns the method's results and what it panicked
// with.
type Method struct {
	Name string
	Ptr  bool
	Func any
}

// methodPrefix starts the names of the functions a template's copy calls
// for methods.
const methodPrefix = "gofuturesMethod_"

// anyPrefix starts the names of the functions, of any number of
// arguments, a template's copy calls for a field named as methods whose
// functions take parameters when the call gives another number of
// arguments: {{.Add}} where Add is a method of one type with a
// parameter and a field (or a map's key) of another. text/template
// refuses a call of a function with the wrong number of arguments
// before it is made.
const anyPrefix = "gofuturesAny_"

// Execute is t.Execute(w, d) for a *text/template.Template or an
// *html/template.Template t, d of the static type tbl describes, with
// the methods of the cell types callable from the template.
func Execute(t any, w io.Writer, d any, tbl *Table) error {
	return execute(t, w, "", false, d, tbl)
}

// ExecuteTemplate is t.ExecuteTemplate(w, name, d), as Execute.
func ExecuteTemplate(t any, w io.Writer, name string, d any, tbl *Table) error {
	return execute(t, w, name, true, d, tbl)
}

func execute(t any, w io.Writer, name string, named bool, d any, tbl *Table) error {
	ms := newMethodSets(tbl)
	switch t := t.(type) {
	case *template.Template:
		if ms == nil || t == nil {
			return textRun(t, w, name, named, d)
		}
		c, err := t.Clone()
		if err != nil {
			return textRun(t, w, name, named, d)
		}
		orig := map[string]string{}
		done := map[*parse.Tree]bool{} // rewritten copies
		for _, x := range append(c.Templates(), c) {
			if x.Tree != nil && !done[x.Tree] {
				rt := ms.rewritten(x.Tree)
				x.Tree = rt.tree
				done[rt.tree] = true
				for k, v := range rt.orig {
					orig[k] = v
				}
			}
		}
		c.Funcs(ms.funcs(missingKey(t)))
		return (&rewriter{ms: ms, orig: orig}).fix(textRun(c, w, name, named, d))
	case *htmltemplate.Template:
		if ms == nil || t == nil {
			return htmlRun(t, w, name, named, d)
		}
		c, err := t.Clone() // copies the trees; fails once t has executed
		if err != nil {
			return htmlRun(t, w, name, named, d)
		}
		rw := &rewriter{ms: ms, orig: map[string]string{}}
		done := map[*parse.Tree]bool{}
		for _, x := range append(c.Templates(), c) {
			if x.Tree != nil && !done[x.Tree] {
				done[x.Tree] = true
				rw.tree(x.Tree)
			}
		}
		c.Funcs(htmltemplate.FuncMap(ms.funcs(missingKey(t))))
		return rw.fix(htmlRun(c, w, name, named, d))
	}
	return nil
}

func textRun(t *template.Template, w io.Writer, name string, named bool, d any) error {
	if named {
		return t.ExecuteTemplate(w, name, d)
	}
	return t.Execute(w, d)
}

func htmlRun(t *htmltemplate.Template, w io.Writer, name string, named bool, d any) error {
	if named {
		return t.ExecuteTemplate(w, name, d)
	}
	return t.Execute(w, d)
}

// methodSets are the exported methods of the cell types a Table
// describes, by the reflect type of the receiver's base type (T for
// T's and *T's methods).
type methodSets struct {
	byType map[reflect.Type]map[string]Method
	byName map[string][]Method // all the methods of a name
	names  map[reflect.Type]string
	tbl    *Table
	nodeOf map[string]int // a Node's index by its Name, the first
	// promoted are the names of the fields embedded structs promote
	promoted map[string]bool
	// fmtFields are the names of structs' fields of named non-struct
	// types with a String, Error, GoString or Format method
	fmtFields map[string]bool

	// arity is the parameters of the methods' function of a name where
	// it takes some (function)
	arity map[string]arity

	fmOnce [3]sync.Once
	fm     [3]template.FuncMap // of funcs, by missingkey

	mu    sync.Mutex
	trees map[*parse.Tree]*rewrittenTree // of rewritten
}

// arity is the number of parameters of a function, after the receiver,
// and whether the last is variadic.
type arity struct {
	n        int
	variadic bool
}

// takes reports whether the function text/template calls for the field
// name with nargs arguments is the one of the methods' parameters
// (methodPrefix) or, when it would refuse that many, the one of any
// number (anyPrefix).
func (ms *methodSets) takes(name string, nargs int) bool {
	a, ok := ms.arity[name]
	if !ok {
		return true
	}
	if a.variadic {
		return nargs >= a.n-1
	}
	return nargs == a.n
}

// rewrittenTree is a copy of a template's tree, rewritten, and what its
// calls print as mapped to what the fields printed as.
type rewrittenTree struct {
	tree *parse.Tree
	orig map[string]string
}

// maxTrees bounds the rewritten trees kept per method sets.
const maxTrees = 256

// rewritten returns the rewritten copy of t, made once: a template's
// trees do not change once parsed (Parse makes new ones), and text/template
// does not change them when it executes.
func (ms *methodSets) rewritten(t *parse.Tree) *rewrittenTree {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	if r, ok := ms.trees[t]; ok {
		return r
	}
	if ms.trees == nil || len(ms.trees) >= maxTrees {
		ms.trees = map[*parse.Tree]*rewrittenTree{}
	}
	rw := &rewriter{ms: ms, orig: map[string]string{}}
	cp := t.Copy()
	rw.tree(cp)
	r := &rewrittenTree{tree: cp, orig: rw.orig}
	ms.trees[t] = r
	return r
}

// newMethodSets returns the methods of tbl's types, nil if none, made
// once per Table.
func newMethodSets(tbl *Table) *methodSets {
	if tbl == nil {
		return nil
	}
	tbl.methods.once.Do(func() { tbl.methods.ms = makeMethodSets(tbl) })
	return tbl.methods.ms
}

// makeMethodSets is newMethodSets, not cached.
func makeMethodSets(tbl *Table) *methodSets {
	ms := &methodSets{byType: map[reflect.Type]map[string]Method{}, byName: map[string][]Method{}, names: map[reflect.Type]string{}, tbl: tbl, nodeOf: map[string]int{}}
	for i, n := range tbl.Nodes {
		if _, ok := ms.nodeOf[n.Name]; !ok {
			ms.nodeOf[n.Name] = i
		}
	}
	for _, n := range tbl.Nodes {
		for _, m := range n.Methods {
			ft := reflect.TypeOf(m.Func)
			if ft == nil || ft.Kind() != reflect.Func || ft.NumIn() == 0 || ft.NumOut() == 0 {
				continue
			}
			recv := ft.In(0)
			if m.Ptr {
				if recv.Kind() != reflect.Pointer {
					continue
				}
				recv = recv.Elem()
			}
			ms.names[recv] = n.Name
			set := ms.byType[recv]
			if set == nil {
				set = map[string]Method{}
				ms.byType[recv] = set
			}
			if _, ok := set[m.Name]; ok {
				continue
			}
			set[m.Name] = m
			ms.byName[m.Name] = append(ms.byName[m.Name], m)
		}
	}
	ms.arity = map[string]arity{}
	for name, list := range ms.byName {
		if ps, variadic, ok := sameParams(list); ok && len(ps) > 0 {
			ms.arity[name] = arity{n: len(ps), variadic: variadic}
		}
	}
	ms.promoted, ms.fmtFields = map[string]bool{}, map[string]bool{}
	for _, n := range tbl.Nodes {
		for i, f := range n.Fields {
			if i < len(n.Elems) && n.Elems[i] >= 0 && n.Elems[i] < len(tbl.Nodes) {
				if e := tbl.Nodes[n.Elems[i]]; e.Fields == nil && !e.Iface && (e.String != nil || e.Error != nil || e.Format != nil) {
					ms.fmtFields[f] = true
				}
			}
		}
	}
	for _, n := range tbl.Nodes {
		for _, i := range n.Embedded {
			if i < len(n.Elems) {
				ms.promote(tbl, n.Elems[i], 0)
			}
		}
	}
	ms.heldFields(tbl)
	if len(ms.byName) == 0 && len(ms.promoted) == 0 && len(ms.fmtFields) == 0 {
		return nil
	}
	return ms
}

// heldFields records, when tbl describes an interface with methods, the
// fields of its struct types with methods as promote does: yaegi holds a cell's value
// in such an interface as its record of the value (valueInterface), in
// which text/template found no field ({{.Star.Name}} of a Star Animal
// holding a Dog: "can't evaluate field Name in type
// interp.valueInterface"); the function of the field looks into it.
func (ms *methodSets) heldFields(tbl *Table) {
	held := false
	for _, n := range tbl.Nodes {
		held = held || n.Iface && !n.Empty
	}
	if !held {
		return
	}
	for _, n := range tbl.Nodes {
		if len(n.Methods) == 0 {
			continue // (held in no interface with methods: its fields
			// stay text/template's, and its errors' context theirs)
		}
		for _, f := range n.Fields {
			ms.promoted[f] = true
		}
	}
}

// promote records the fields of the Node e, an embedded field's, and
// those it promotes: yaegi's struct types do not mark embedded fields,
// and text/template found no promoted field.
func (ms *methodSets) promote(tbl *Table, e, depth int) {
	if e < 0 || e >= len(tbl.Nodes) || depth > 8 {
		return
	}
	n := tbl.Nodes[e]
	if n.Fields == nil && len(n.Elems) == 1 && strings.HasPrefix(n.Name, "*") {
		ms.promote(tbl, n.Elems[0], depth+1) // an embedded pointer
		return
	}
	for _, f := range n.Fields {
		ms.promoted[f] = true
	}
	for _, i := range n.Embedded {
		if i < len(n.Elems) {
			ms.promote(tbl, n.Elems[i], depth+1)
		}
	}
}

// funcs returns the functions the rewritten trees call, made once.
func (ms *methodSets) funcs(missing int) template.FuncMap {
	ms.fmOnce[missing].Do(func() {
		fm := template.FuncMap{}
		for name, list := range ms.byName {
			fm[methodPrefix+name] = ms.function(name, list, missing)
			fm[anyPrefix+name] = ms.anyFunction(name, missing)
		}
		for name := range ms.promoted {
			if _, ok := ms.byName[name]; !ok {
				fm[methodPrefix+name] = ms.function(name, nil, missing)
			}
		}
		fm[printFunc] = ms.print
		fm[printFieldFunc] = func(recv reflect.Value, name string) (reflect.Value, error) {
			return ms.printField(recv, name, missing)
		}
		fm[argFunc] = ms.arg
		ms.fm[missing] = fm
	})
	return ms.fm[missing]
}

// fix spells err, of the rewritten template, as the template's: the
// calls of methods' functions named as the fields they were.
func (rw *rewriter) fix(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	out := fixMessage(msg, rw.orig)
	if out == msg {
		return err
	}
	return rewordError(err, out)
}

// fixMessage rewrites msg as fix does.
func fixMessage(msg string, orig map[string]string) string {
	out := msg
	if i := strings.Index(out, " at <"); i >= 0 {
		if j := strings.Index(out[i:], ">: "); j >= 0 {
			ctx := out[i+len(" at <") : i+j]
			if o, ok := orig[ctx]; ok {
				out = out[:i+len(" at <")] + o + out[i+j:]
			}
		}
	}
	out = internalCall.ReplaceAllString(out, "")
	out = wrongArgs.ReplaceAllStringFunc(out, func(m string) string {
		sub := wrongArgs.FindStringSubmatch(m)
		want, _ := strconv.Atoi(sub[3])
		got, _ := strconv.Atoi(sub[4])
		return fmt.Sprintf("wrong number of args for %s: want %s%d got %d", sub[1], sub[2], want-1, got-1)
	})
	out = strings.ReplaceAll(out, " | "+printFunc, "")
	out = strings.ReplaceAll(out, " | "+argFunc, "")
	out = strings.ReplaceAll(out, anyPrefix, "")
	return strings.ReplaceAll(out, methodPrefix, "")
}

// internalMark starts the text of an error a method's function returns
// in text/template's place (not the method's): the template's "error
// calling" before it goes.
const internalMark = "\x00gofutures:"

var (
	internalCall = regexp.MustCompile(`error calling (?:(?:` + methodPrefix + `|` + anyPrefix + `)\w+|` + printFieldFunc + `): ` + internalMark)
	wrongArgs    = regexp.MustCompile(`wrong number of args for ` + methodPrefix + `(\w+): want (at least )?(\d+) got (\d+)`)
)
