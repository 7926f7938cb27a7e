package kernel

import (
	"go/token"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/wire"
)

// Decls returns the notebook's declarations log as the kernel last saw it.
func (s *Supervisor) Decls() []*cell.Decl {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*cell.Decl(nil), s.log...)
}

// Members returns the fields and methods of the variable name (set by a
// statement), as the interpreter last reported them.
func (s *Supervisor) Members(name string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.members[name]
}

// VarTypes returns the types of the variables set by statements, as the
// interpreter last reported them (session.Session.Types).
func (s *Supervisor) VarTypes() map[string]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.types
}

// StateNames returns the names set by statements.
func (s *Supervisor) StateNames() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Sorted(maps.Keys(s.state))
}

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

func (k *Kernel) notebookNames() (names map[string]string, pkgs map[string]string) {
	names, pkgs = map[string]string{}, map[string]string{}
	if d, ok := k.interp.(Decls); ok {
		for _, decl := range d.Decls() {
			for _, n := range decl.Names {
				if decl.Kind == cell.Import {
					pkgs[n] = decl.ImportPath
					continue
				}
				names[n] = string(decl.Kind)
			}
		}
	}
	if s, ok := k.interp.(*Supervisor); ok {
		for _, n := range s.StateNames() {
			if _, ok := names[n]; !ok {
				names[n] = "var"
			}
		}
	}
	return names, pkgs
}

func (k *Kernel) complete(ch Channel, m *wire.Message) {
	var c struct {
		Code      string `json:"code"`
		CursorPos int    `json:"cursor_pos"`
	}
	_ = m.DecodeContent(&c)
	off := byteOffset(c.Code, c.CursorPos)
	qual, word, start := identBefore(c.Code, off)
	names, pkgs := k.notebookNames()
	var matches []string
	types := []map[string]any{}
	add := func(name, kind string) {
		if strings.HasPrefix(name, word) {
			matches = append(matches, name)
			types = append(types, map[string]any{"text": name, "type": kind,
				"start": runeCount(c.Code[:start]), "end": runeCount(c.Code[:off])})
		}
	}
	dotted := start > 0 && c.Code[start-1] == '.'
	recv := ""
	if dotted {
		recv = receiverBefore(c.Code, start-1)
	}
	var decls []*cell.Decl
	if d, ok := k.interp.(Decls); ok {
		decls = d.Decls()
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
	switch {
	case dotted && recv != qual:
		// an expression: gcd(p)., time.Now()., Pair{}.
		ty := typer{decls: decls, pkgs: pkgs}
		if sup, ok := k.interp.(*Supervisor); ok {
			ty.vars = sup.VarTypes()
		}
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
		if ok {
			for _, name := range packageMembers(path) {
				add(name, "member")
			}
		} else if sup, ok := k.interp.(*Supervisor); ok && len(sup.Members(qual)) > 0 {
			for _, name := range sup.Members(qual) {
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
	matches = dedupe(matches)
	k.reply(ch, m, "complete_reply", map[string]any{
		"status": "ok", "matches": nonNil(matches),
		"cursor_start": runeCount(c.Code[:start]), "cursor_end": runeCount(c.Code[:off]),
		"metadata": map[string]any{"_jupyter_types_experimental": types},
	})
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

func (k *Kernel) inspect(ch Channel, m *wire.Message) {
	var c struct {
		Code      string `json:"code"`
		CursorPos int    `json:"cursor_pos"`
	}
	_ = m.DecodeContent(&c)
	// the word under the cursor, also to its right
	qual, word, _ := identBefore(c.Code, identEnd(c.Code, byteOffset(c.Code, c.CursorPos)))
	text := ""
	if qual != "" {
		_, pkgs := k.notebookNames()
		path, ok := pkgs[qual]
		if !ok {
			path = qual // a standard package not imported yet
		}
		text = packageDoc(path, word)
	} else if d, ok := k.interp.(Decls); ok {
		for _, decl := range d.Decls() {
			for _, n := range decl.Names {
				if n == word && decl.Kind != cell.Import {
					text = strings.TrimSpace(decl.Src) + "\n"
					if decl.Doc != "" {
						text = "// " + strings.ReplaceAll(strings.TrimSpace(decl.Doc), "\n", "\n// ") + "\n" + text
					}
					text += "\n(declared in cell " + strconv.Itoa(decl.Cell) + ")"
				}
			}
		}
	}
	content := map[string]any{"status": "ok", "found": text != "", "data": map[string]any{}, "metadata": map[string]any{}}
	if text != "" {
		content["data"] = map[string]any{"text/plain": text, "text/markdown": "```go\n" + text + "\n```"}
	}
	k.reply(ch, m, "inspect_reply", content)
}
