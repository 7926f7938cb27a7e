// Package complete answers completion and inspection requests for Go code
// from a snapshot of the notebook's namespace (its declarations and the
// variables its statements set), the standard library's sources and
// gofutures' own: without running anything and without the interpreter
// process.
package complete

import (
	"go/ast"
	"go/scanner"
	"go/token"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/magic"
)

var goBuiltins = []string{"append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make",
	"max", "min", "new", "panic", "print", "println", "real", "recover",
	"bool", "byte", "complex128", "complex64", "error", "float32", "float64", "int", "int16", "int32",
	"int64", "int8", "rune", "string", "uint", "uint16", "uint32", "uint64", "uint8", "uintptr", "any",
	"true", "false", "nil", "iota"}

// identBefore returns the identifier (possibly with one "pkg." qualifier)
// ending at byte offset off of code, and where it starts.
func identBefore(code string, off int) (qual, word string, start int) {
	start = identStart(code, off)
	word = code[start:off]
	if start > 0 && code[start-1] == '.' {
		qual = code[identStart(code, start-1) : start-1]
	}
	return qual, word, start
}

func isIdentRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

// identStart returns where the identifier ending at byte offset off starts.
func identStart(code string, off int) int {
	for off > 0 {
		r, size := utf8.DecodeLastRuneInString(code[:off])
		if !isIdentRune(r) {
			break
		}
		off -= size
	}
	return off
}

// identEnd returns where the identifier containing byte offset off ends.
func identEnd(code string, off int) int {
	for off < len(code) {
		r, size := utf8.DecodeRuneInString(code[off:])
		if !isIdentRune(r) {
			break
		}
		off += size
	}
	return off
}

// byteOffset converts a cursor position in code points to a byte offset.
func byteOffset(code string, cursor int) int {
	i := 0
	for n := 0; n < cursor && i < len(code); n++ {
		_, size := utf8.DecodeRuneInString(code[i:])
		i += size
	}
	return i
}

func runeCount(s string) int { return utf8.RuneCountInString(s) }

// Namespace is a snapshot of what a notebook has declared and set: the
// data completion and inspection work from.
type Namespace struct {
	// Decls is the declarations log (cell.Decl, oldest first).
	Decls []*cell.Decl
	// Vars are the names set by statements, sorted.
	Vars []string
	// Members are the fields and methods of those variables, by name.
	Members map[string][]string
	// Types are their types, as session.Session.Types reports them.
	Types map[string]string
}

// Match is one completion with its kind ("func", "member", "keyword", ...)
// and the code points it replaces. Its JSON form is an entry of the
// complete_reply's "_jupyter_types_experimental" metadata.
type Match struct {
	Text  string `json:"text"`
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Completion is the answer to a complete_request.
type Completion struct {
	// Matches are the completions, sorted and without duplicates.
	Matches []string
	// CursorStart and CursorEnd delimit, in code points, the text the
	// matches replace.
	CursorStart, CursorEnd int
	// Types describe the matches (in the order they were found).
	Types []Match
}

// names returns the notebook's names with their kinds, and its imported
// packages by import name.
func (ns Namespace) names() (names map[string]string, pkgs map[string]string) {
	names, pkgs = map[string]string{}, map[string]string{}
	for _, decl := range ns.Decls {
		for _, n := range decl.Names {
			if decl.Kind == cell.Import {
				pkgs[n] = decl.ImportPath
				continue
			}
			if !strings.Contains(n, "ꞏ") { // (kernel/check's and mono's hidden names: pointꞏlocalꞏ1f2e3d4c)
				names[n] = string(decl.Kind)
			}
		}
	}
	for _, n := range ns.Vars {
		if _, ok := names[n]; !ok {
			names[n] = "var"
		}
	}
	return names, pkgs
}

// Complete completes the identifier that ends at cursor (in code points)
// of code: a notebook name, keyword or builtin; a member of a package, of
// a variable, or of the type of an expression (gcd(p)., time.Now().).
func Complete(ns Namespace, code string, cursor int) Completion {
	off := byteOffset(code, cursor)
	lineStart := strings.LastIndexByte(code[:off], '\n') + 1
	if ms, n, ok := magic.Complete(code[lineStart:off]); ok {
		types := []Match{}
		for _, m := range ms {
			types = append(types, Match{Text: m, Type: "magic", Start: runeCount(code[:off-n]), End: runeCount(code[:off])})
		}
		return Completion{Matches: nonNil(ms), CursorStart: runeCount(code[:off-n]), CursorEnd: runeCount(code[:off]), Types: types}
	}
	if typed, start, ok := importPathAt(code, off); ok {
		return completeImportPath(code, off, typed, start)
	}
	qual, word, start := identBefore(code, off)
	names, pkgs := ns.names()
	var matches []string
	types := []Match{}
	add := func(name, kind string) {
		if strings.HasPrefix(name, word) {
			matches = append(matches, name)
			types = append(types, Match{Text: name, Type: kind,
				Start: runeCount(code[:start]), End: runeCount(code[:off])})
		}
	}
	dotted := start > 0 && code[start-1] == '.'
	recv := ""
	if dotted {
		recv = receiverBefore(code, start-1)
	}
	notebookMethods := func() {
		for name, kind := range names {
			// methods are logged as Type.Method; a value of unknown
			// type gets the methods of every notebook type
			if i := strings.IndexByte(name, '.'); i > 0 && kind == "method" {
				add(name[i+1:], "method")
			}
		}
	}
	// the variables the lines before the cursor's declare
	ty := typer{decls: ns.Decls, pkgs: pkgs, vars: ns.Types, locals: localVars(code[:lineStart])}
	_, local := ty.locals[qual]
	switch {
	case dotted && recv != qual:
		// an expression: gcd(p)., time.Now()., Pair{}.
		if ms := ty.members(recv); ms != nil {
			for _, name := range ms {
				add(name, "member")
			}
		} else {
			notebookMethods()
		}
	case qual != "":
		path, ok := pkgs[qual]
		if !ok && stdPackage(qual) != nil {
			path, ok = qual, true // a standard package not imported yet
		}
		if ok && !local {
			for _, name := range packageMembers(path) {
				add(name, "member")
			}
		} else if ms := ns.Members[qual]; len(ms) > 0 && !local {
			for _, name := range ms {
				add(name, "member")
			}
		} else if ms := ty.members(qual); ms != nil {
			// a variable declared by var or earlier in the cell
			for _, name := range ms {
				add(name, "member")
			}
		} else {
			notebookMethods()
		}
	default:
		for name, kind := range names {
			if !strings.Contains(name, ".") {
				add(name, kind)
			}
		}
		for name := range pkgs {
			add(name, "module")
		}
		for i := token.BREAK; i <= token.VAR; i++ {
			if i.IsKeyword() {
				add(i.String(), "keyword")
			}
		}
		for _, b := range goBuiltins {
			add(b, "builtin")
		}
	}
	sort.Strings(matches)
	return Completion{Matches: nonNil(dedupe(matches)),
		CursorStart: runeCount(code[:start]), CursorEnd: runeCount(code[:off]), Types: types}
}
func dedupe(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Inspect returns the documentation of the name under cursor (in code
// points) of code: the declaration and doc comment of a notebook name, or
// the signature and doc of a package member; "" when there is none.
func Inspect(ns Namespace, code string, cursor int) string {
	if w, ok := magic.Word(code, byteOffset(code, cursor)); ok {
		doc, _ := magic.Doc(w)
		return doc
	}
	// the word under the cursor, also to its right
	end := identEnd(code, byteOffset(code, cursor))
	qual, word, start := identBefore(code, end)
	if word == "" {
		// off any name inside a call's parentheses: the function called
		if paren, ok := openCall(code[:end]); ok {
			end = paren
			qual, word, start = identBefore(code, end)
		}
	}
	_, pkgs := ns.names()
	t := typer{decls: ns.Decls, pkgs: pkgs, vars: ns.Types, locals: localVars(code[:strings.LastIndexByte(code[:start], '\n')+1])}
	if _, local := t.locals[qual]; qual != "" && !local {
		if path, ok := pkgs[qual]; ok || stdPackage(qual) != nil {
			if !ok {
				path = qual // a standard package not imported yet
			}
			return packageDoc(path, word)
		}
	}
	if start > 0 && code[start-1] == '.' {
		// a field or method of a value: v.Method, f(x).Field
		return t.memberDoc(receiverBefore(code, start-1), word)
	}
	text := ""
	for _, decl := range ns.Decls {
		if decl.Kind != cell.Import && slices.Contains(decl.Names, word) {
			text = declDoc(decl)
		}
	}
	if text == "" && slices.Contains(ns.Vars, word) {
		// a variable statements set: its type when known
		text = word
		if ref, ok := t.typeOf(ast.NewIdent(word)); ok {
			text += " " + ref.String()
		}
		text += "\n\n(a variable set by a cell's statements)"
	}
	return text
}

// openCall returns the offset of the last parenthesis of code left open,
// where a call's arguments are being written ("f(a, g(b), "); brackets in
// strings, runes and comments do not count.
func openCall(code string) (int, bool) {
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(code))
	var sc scanner.Scanner
	sc.Init(file, []byte(code), func(token.Position, string) {}, 0)
	var open []int
	for {
		pos, t, _ := sc.Scan()
		switch t {
		case token.EOF:
			if len(open) == 0 {
				return 0, false
			}
			return open[len(open)-1], true
		case token.LPAREN:
			open = append(open, file.Offset(pos))
		case token.RPAREN:
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		}
	}
}

// declDoc is a notebook declaration as its cell wrote it, with its doc
// comment and the cell it came from.
func declDoc(decl *cell.Decl) string {
	text := strings.TrimSpace(decl.Source()) + "\n"
	if decl.Doc != "" {
		text = "// " + strings.ReplaceAll(strings.TrimSpace(decl.Doc), "\n", "\n// ") + "\n" + text
	}
	return text + "\n(declared in cell " + strconv.Itoa(decl.Cell) + ")"
}
