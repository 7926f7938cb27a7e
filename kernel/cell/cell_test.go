package cell

import (
	"reflect"
	"strings"
	"testing"
)

func kinds(p *Parsed) []string {
	var out []string
	for _, d := range p.Decls {
		out = append(out, string(d.Kind)+":"+strings.Join(d.Names, ","))
	}
	return out
}

func TestSplitMixed(t *testing.T) {
	src := `import "fmt"

// gcd returns the greatest common divisor.
func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

x := gcd(12, 18)
type T struct{ A int }
func (t *T) M() int { return t.A }
func() { fmt.Println("lit") }()
fmt.Println(x)`
	p, err := Split(src, 3)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"import:fmt", "func:gcd", "type:T", "method:T.M"}
	if got := kinds(p); !reflect.DeepEqual(got, want) {
		t.Fatalf("decls %v, want %v", got, want)
	}
	if p.Decls[1].Doc != "gcd returns the greatest common divisor.\n" {
		t.Errorf("doc %q", p.Decls[1].Doc)
	}
	// positions are kept: every part has as many lines as the cell
	for _, s := range append([]string{p.Stmts}, p.Decls[1].Src) {
		if strings.Count(s, "\n") != strings.Count(src, "\n") {
			t.Errorf("line count changed:\n%s", s)
		}
	}
	if !strings.Contains(p.Stmts, "x := gcd(12, 18)") || strings.Contains(p.Stmts, "func gcd") {
		t.Errorf("stmts:\n%s", p.Stmts)
	}
	if !reflect.DeepEqual(p.StmtNames, []string{"x"}) {
		t.Errorf("stmt names %v", p.StmtNames)
	}
	if p.Trailing == nil || p.Trailing.Callee != "fmt.Println" {
		t.Errorf("trailing %+v", p.Trailing)
	}
	var starts []string
	for _, o := range p.StmtStarts {
		starts = append(starts, strings.SplitN(p.Stmts[o:], "\n", 2)[0])
	}
	if want := []string{"x := gcd(12, 18)", `func() { fmt.Println("lit") }()`, "fmt.Println(x)"}; !reflect.DeepEqual(starts, want) {
		t.Errorf("statements start at %q, want %q", starts, want)
	}
}

func TestImportsKeepColumns(t *testing.T) {
	p, err := Split("import (\n\t\"fmt\"\n\tstr \"strings\"\n)", 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Decls) != 2 || p.Decls[1].ImportName != "str" || p.Decls[1].ImportPath != "strings" {
		t.Fatalf("%+v", p.Decls)
	}
	lines := strings.Split(p.Decls[0].Src, "\n")
	if lines[1] != "import \"fmt\"" && !strings.HasSuffix(lines[1], "\"fmt\"") {
		t.Fatalf("import src %q", p.Decls[0].Src)
	}
}

func TestTrailing(t *testing.T) {
	for src, want := range map[string]*Trailing{
		"1+1":                 {},
		"x := 1":              nil,
		"len(\"ab\")":         {IsCall: true, Callee: "len"},
		"f()(3)":              {IsCall: true},
		"a.b.c(1)":            {IsCall: true, Callee: "a.b.c"},
		"for {}\n1":           {},
		"fmt.Println(1)\nx++": nil,
	} {
		p, err := Split(src, 1)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if p.Trailing != nil {
			p.Trailing.Start, p.Trailing.End = 0, 0
		}
		if !reflect.DeepEqual(p.Trailing, want) {
			t.Errorf("%q: trailing %+v, want %+v", src, p.Trailing, want)
		}
	}
}

func TestMainRenamed(t *testing.T) {
	p, err := Split("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1)\n}\n", 1)
	if err != nil {
		t.Fatal(err)
	}
	if !p.HasMain || p.Decls[1].Names[0] != MainName || !strings.Contains(p.Decls[1].Src, "func "+MainName+"()") {
		t.Fatalf("%+v %q", p.Decls[1], p.Decls[1].Src)
	}
	if strings.Contains(p.Decls[0].Src, "package") {
		t.Fatalf("package clause kept: %q", p.Decls[0].Src)
	}
}

// Syntax errors read as go build's.
func TestSyntaxErrorMessage(t *testing.T) {
	for src, want := range map[string]string{
		"x := 1\ny := )":     "syntax error: expected operand, found ')'",
		"a, b := 1, 2\na, b": "syntax error: unexpected newline, expected := or = or comma (a cell shows one value: fmt.Println(a, b) prints several)",
	} {
		_, err := Split(src, 1)
		if e, ok := err.(*Error); !ok || e.Msg != want {
			t.Errorf("%q: %v, want %s", src, err, want)
		}
	}
}

func TestSyntaxErrorPosition(t *testing.T) {
	for src, want := range map[string][2]int{
		"x := 1\ny := (2 +\n":         {3, 1},
		"func f() {\n\treturn 1 +\n}": {3, 1},
		"a := \"unterminated":         {1, 6},
	} {
		_, err := Split(src, 1)
		e, ok := err.(*Error)
		if !ok {
			t.Fatalf("%q: err %v (%T)", src, err, err)
		}
		if e.Line != want[0] || e.Col != want[1] {
			t.Errorf("%q: at %d:%d, want %d:%d (%s)", src, e.Line, e.Col, want[0], want[1], e.Msg)
		}
	}
}

// A var after the cell's first statement is a statement, as in Go's
// main; one before it is a declaration of the notebook.
func TestSplitVarAfterStatements(t *testing.T) {
	src := "var q []float64\nq = append(q, 2)\n// z holds q as it is now.\nvar z any = q\nfunc f() {}\nvar (\n\ta, b = 1, Point{}\n\tp *Point\n)\nfmt.Println(z)"
	p, err := Split(src, 1)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"var:q", "func:f"}; !reflect.DeepEqual(kinds(p), want) {
		t.Fatalf("decls %v, want %v", kinds(p), want)
	}
	if !strings.Contains(p.Stmts, "var z any = q") || !strings.Contains(p.Stmts, "\ta, b = 1, Point{}") || strings.Contains(p.Stmts, "var q") {
		t.Errorf("stmts:\n%s", p.Stmts)
	}
	if want := []string{"a", "b", "p", "q", "z"}; !reflect.DeepEqual(p.StmtNames, want) {
		t.Errorf("stmt names %v, want %v", p.StmtNames, want)
	}
	if want := map[string]string{"b": "Point", "p": "Point"}; !reflect.DeepEqual(p.StmtTypes, want) {
		t.Errorf("stmt types %v, want %v", p.StmtTypes, want)
	}
}

// The semicolons of a for statement's header do not end the statement,
// two in a row neither (for i := 0; ; {...}), also after a label.
func TestSplitForHeaderSemicolons(t *testing.T) {
	src := "for i := 0; ; {\n\tbreak\n}\nL: for ; ; {\n\tbreak L\n}\nfor ;; {\n\tbreak\n}\ntype T int"
	p, err := Split(src, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.StmtBlocks) != 3 || len(p.Decls) != 1 {
		t.Fatalf("blocks %v decls %v", p.StmtBlocks, kinds(p))
	}
}

// So after a composite literal in the init statement (for xs :=
// []int{3, 1}; ; {...}), whose closing brace is no body's.
func TestSplitForHeaderLiteral(t *testing.T) {
	for _, src := range []string{
		"for xs := []int{3, 1, 2}; ; {\n\tbreak\n}\ntype T int",
		"for xs := []int{3, 1, 2}; len(xs) > 0; xs = xs[1:] {\n\tprintln(xs[0])\n}\ntype T int",
		"for x := range []int{1} {\n\tprintln(x)\n}\ntype T int",
	} {
		p, err := Split(src, 1)
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		if len(p.StmtBlocks) != 1 || len(p.Decls) != 1 {
			t.Errorf("%q: blocks %v decls %v", src, p.StmtBlocks, kinds(p))
		}
	}
}
