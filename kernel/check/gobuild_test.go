package check

import (
	"fmt"
	"go/build"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Branch statements out of place are checked by go build's parser, in its
// words (cmd/compile/internal/syntax), not go/types'.
func TestBranchErrorsReadAsGoBuild(t *testing.T) {
	runSteps(t,
		step{"func f() {\n\tbreak\n}", "error: 2:2: break is not in a loop, switch, or select"},
		step{"func f() {\n\tswitch {\n\tcase true:\n\t\tcontinue\n\t}\n}", "error: 4:3: continue is not in a loop"},
		step{"func f() {\n\tfor {\n\t\tbreak outer\n\t}\n}", "error: 3:9: break label not defined: outer"},
		step{"func f() {\n\tfor {\n\t\tcontinue outer\n\t}\n}", "error: 3:12: continue label not defined: outer"},
		step{"func f() {\nL:\n\tif true {\n\t\tbreak L\n\t}\n}", "error: 4:9: invalid break label L"},
		step{"func f() {\nL:\n\tfor {\n\t}\n}", "error: 2:1: label L defined and not used"},
		step{"func f() {\n\tgoto M\n}", "error: 2:7: label M not defined"},
	)
}

// An error in two places (duplicate case, redeclaration) is one error,
// its second place named as the kernel names cells; a position in a
// message is a cell's.
func TestErrorsWithTwoPlaces(t *testing.T) {
	runSteps(t,
		step{"func name(d int) string {\n\tswitch d {\n\tcase 0:\n\t\treturn \"a\"\n\tcase 0:\n\t\treturn \"b\"\n\t}\n\treturn \"\"\n}",
			"error: 5:7: duplicate case 0 (constant of type int) in expression switch\n\tCell In[1], line 3, column 7: previous case"},
		step{"func f() {\n\tvar a int\n\tvar a = 1\n\t_ = a\n}",
			"error: 3:6: a redeclared in this block\n\tCell In[2], line 2, column 6: other declaration of a"},
		step{"func Zero[T any]() T {\n\tvar z T\n\treturn z\n}", ""},
		step{"z := Zero()", "error: 1:10: in call to Zero, cannot infer T (declared at Cell In[3], line 1, column 11)"},
	)
}

// go build (types2) reports some errors at other places than go/types.
func TestErrorPlacesOfGoBuild(t *testing.T) {
	runSteps(t,
		step{"func clamp(x, hi int) int { return x }", ""},
		step{"n := clamp(12)", "error: 1:12: not enough arguments in call to clamp\n\thave (number)\n\twant (int, int)"},
		step{"n := clamp()", "error: 1:6: not enough arguments in call to clamp\n\thave ()\n\twant (int, int)"},
		step{"d := 1234\nfmt.Println(d[0])", "error: 2:14: cannot index d (variable of type int)"},
	)
}

// A goto that jumps over a declaration names it as go build's parser
// does; a send on a receive-only channel is at the send statement.
func TestJumpAndSendErrorsOfGoBuild(t *testing.T) {
	runSteps(t,
		step{"func f() {\n\tgoto end\n\tx := 3\n\tvar y = 4\n\tprintln(x, y)\nend:\n}", "error: 2:7: goto end jumps over declaration of y at Cell In[1], line 4, column 6"},
		step{"func g() {\n\tgoto e\n\ta, b := 1, 2\n\tprintln(a, b)\ne:\n}", "error: 2:7: goto e jumps over declaration of a, b at Cell In[2], line 3, column 7"},
		step{"func h() {\n\tgoto e\n\tvar (\n\t\tc = 1\n\t\td = 2\n\t)\n\tprintln(c, d)\ne:\n}", "error: 2:7: goto e jumps over declaration of c at Cell In[3], line 4, column 3"},
		step{"func feed(ch <-chan int) { ch <- 1 }", "error: 1:28: invalid operation: cannot send to receive-only channel <-chan int ch (variable of type <-chan int)"},
	)
}

// go build (types2) places an unsatisfied constraint of inferred type
// arguments at the call's parenthesis and a spread to a function that is
// not variadic at the call; a branch in a function literal to a label
// of the function around it is to a label not defined, and the label,
// targeted by nothing else, is unused.
func TestMoreErrorPlacesOfGoBuild(t *testing.T) {
	runSteps(t,
		step{"func index[T comparable](xs []T, x T) int { return -1 }\nfunc sum(xs []int) int { return len(xs) }", ""},
		step{"func f() int {\n\treturn index([][]int{{1}}, []int{1})\n}", "error: 2:14: []int does not satisfy comparable"},
		step{"func g() int {\n\treturn sum([]int{1}...)\n}", "error: 2:9: cannot use ... in call to non-variadic sum"},
		step{"func h() {\nouter:\n\tfor i := range 3 {\n\t\tfunc() {\n\t\t\tif i == 1 {\n\t\t\t\tbreak outer\n\t\t\t}\n\t\t}()\n\t}\n}",
			"error: 2:1: label outer defined and not used (and 1 more errors)"},
	)
}

// go build (types2) places a built-in's wrong argument count at the call
// and names the start of the block a goto jumps into.
func TestBuiltinCountAndGotoBlockOfGoBuild(t *testing.T) {
	runSteps(t,
		step{"func g() int {\n\treturn min()\n}", "error: 2:9: invalid operation: not enough arguments for min() (expected 1, found 0)"},
		step{"func k() int {\n\treturn len(1, 2)\n}", "error: 2:9: invalid operation: too many arguments for len(1, 2) (expected 1, found 2)"},
		step{"func f(n int) int {\n\tif n > 0 {\n\t\tgoto inside\n\t}\n\t{\n\tinside:\n\t\tn++\n\t}\n\treturn n\n}",
			"error: 3:8: goto inside jumps into block starting at Cell In[3], line 5, column 2"},
		step{"func h(n int) int {\n\tswitch n {\n\tcase 1:\n\tl:\n\t\tn++\n\t}\n\tgoto l\n}",
			"error: 7:7: goto l jumps into block starting at Cell In[4], line 3, column 2"},
	)
}

// An import no cell uses yet is no error of the cell, and does not keep
// go/types from finding an instantiation cycle (which it looks for only
// when it reported no error).
func TestInstantiationCycleAfterImport(t *testing.T) {
	runSteps(t,
		step{"import \"fmt\"", ""},
		step{"func depth[T any](n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn 1 + depth[*T](n-1)\n}",
			"error: 1:12: instantiation cycle:\n\tCell In[2], line 5, column 19: T instantiated as *T"},
		step{"fmt.Println(1)", "1\n"},
	)
}

// A label declared twice names its first place, as go build's parser; an
// invalid map key of a function type is at its parameters; a function
// literal in a message is written as types2 writes it.
func TestLabelKeyAndFuncLitWordsOfGoBuild(t *testing.T) {
	runSteps(t,
		step{"func f() {\nL:\n\tfor {\n\t\tbreak L\n\t}\nL:\n\tfor {\n\t}\n}", "error: 6:1: label L already defined at Cell In[1], line 2, column 1"},
		step{"var m map[func(int) bool]int", "error: 1:15: invalid map key type func(int) bool"},
		step{"func apply[T, U any](x T, f func(T) U) U { return f(x) }", ""},
		step{"n := 1\ns := apply(n, func(s string) string { return s })", "error: 2:15: in call to apply, type func(s string) string of func(s string) string {…} does not match inferred type func(int) U for func(T) U"},
		step{"var x int = func() {}", "error: 1:13: cannot use func() {} (value of type func()) as int value in variable declaration"},
	)
}

// A function literal named in a message is the one of that type.
func TestFuncLitWordsInRangeOfGoBuild(t *testing.T) {
	runSteps(t,
		step{"func f() {\n\tfor x := range func(yield func() bool) {} {\n\t\t_ = x\n\t}\n}",
			"error: 2:6: range over func(yield func() bool) {} (value of type func(yield func() bool)) permits no iteration variables"},
		step{"func g() {\n\tfor range func(yield func(int)) bool { return true } {\n\t}\n}",
			"error: 2:12: cannot range over func(yield func(int)) bool {…} (value of type func(yield func(int)) bool): func must be func(yield func(...) bool): unexpected results"},
	)
}

// types2 starts a slice expression at its [ (syntax.StartPos), and an
// expression whose leftmost operand is one there too.
func TestSliceExprPlaceOfGoBuild(t *testing.T) {
	runSteps(t,
		step{"func f(s []int) int {\n\treturn s[1:2]\n}", "error: 2:10: cannot use s[1:2] (value of type []int) as int value in return statement"},
		step{"func g(s []int) string {\n\treturn s[:1][0]\n}", "error: 2:10: cannot use s[:1][0] (variable of type int) as string value in return statement"},
		step{"func h(s []int) string {\n\treturn s[0]\n}", "error: 2:9: cannot use s[0] (variable of type int) as string value in return statement"},
	)
}

// A cell's notebook variable, unused, is no error, and does not keep
// go/types from finding an instantiation cycle of the cell's functions.
func TestInstantiationCycleWithNotebookVar(t *testing.T) {
	runSteps(t,
		step{"func depth[T any](n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn 1 + depth[*T](n-1)\n}\ny := 3",
			"error: 1:12: instantiation cycle:\n\tCell In[1], line 5, column 19: T instantiated as *T"},
		step{"y := 4", ""},
	)
}

// A send on what is not a channel is at the send statement, as a send
// on a receive-only channel; a spread given to a built-in or of a call of
// several results, and a conversion without argument, are at the call.
func TestSendAndBuiltinSpreadPlacesOfGoBuild(t *testing.T) {
	runSteps(t,
		step{"var results []int", ""},
		step{"func put(x int) {\n\tresults <- x\n}", "error: 2:2: invalid operation: cannot send to non-channel []int results (variable of type []int)"},
		step{"func best(xs []int) int {\n\treturn max(xs...)\n}", "error: 2:9: invalid operation: invalid use of ... with built-in max"},
		step{"func span(xs []int) (int, int) { return min(xs[0], xs[1]), max(xs[0], xs[1]) }\nfunc total(xs ...int) int { return len(xs) }", ""},
		step{"func width(xs []int) int {\n\treturn total(span(xs)...)\n}", "error: 2:9: cannot use ... with 2-valued span(xs)"},
		step{"func zero() float64 {\n\treturn float64()\n}", "error: 2:9: missing argument in conversion to float64"},
	)
}

// go build's compiler refuses, after its type checker, a function
// without a body and an array type too large for memory (which yaegi
// would allocate, and die of), at the token after func and at the name
// declared.
func TestCompilerPassErrorsOfGoBuild(t *testing.T) {
	runSteps(t,
		step{"type Point struct{ X, Y float64 }", ""},
		step{"func distance(a, b Point) float64", "error: 1:6: missing function body"},
		step{"func (p Point) Len() float64", "error: 1:6: missing function body"},
		step{"var seen [1 << 60]bool", "error: 1:5: type [1152921504606846976]bool larger than address space"},
		step{"type Grid struct {\n\tn     int\n\tcells [1 << 30][1 << 30]Point\n}", "error: 1:6: type [1073741824][1073741824]Point larger than address space"},
		step{"func f() {\n\tb := [3][1 << 60]byte{}\n\t_ = b\n}", "error: 2:2: type [1152921504606846976]byte larger than address space"},
		step{"var fine [1 << 20]Point", ""},
		step{"type Cells[T any] struct {\n\tgrid [4][4]T\n}\nfunc (c *Cells[T]) At(i, j int) T { return c.grid[i][j] }", ""},
	)
}

// .(type) outside a type switch is an invalid syntax tree to types2, and
// its message says so.
func TestTypeKeywordOutsideSwitchOfGoBuild(t *testing.T) {
	runSteps(t,
		step{"func kind(v any) string {\n\tt := v.(type)\n\treturn t\n}", "error: 2:7: invalid syntax tree: use of .(type) outside type switch"},
	)
}

// types2 says where a type parameter named as a predeclared type (a
// receiver's Stack[int]) is declared, and places [...] outside a
// composite literal at its [.
func TestTypeParamNamedIntAndArrayDotsOfGoBuild(t *testing.T) {
	runSteps(t,
		step{"type Stack[T any] struct{ items []T }", ""},
		step{"func (s *Stack[int]) Sum() int {\n\ttotal := 0\n\tfor _, x := range s.items {\n\t\ttotal += x\n\t}\n\treturn total\n}",
			"error: 4:3: invalid operation: total += x (mismatched types int and int /* with int declared at Cell In[2], line 1, column 16 */) (and 1 more errors)"},
		step{"func Pick[string any](xs []string) string { return xs[0] + 1 }",
			"error: 1:52: invalid operation: xs[0] + 1 (mismatched types string /* with string declared at Cell In[3], line 1, column 11 */ and untyped int)"},
		step{"var days [...]string", "error: 1:10: invalid use of [...] array (outside a composite literal)"},
	)
}

// A declaration named as an import collides with it where the import
// was written (in its cell), not in the line of imports every file of a
// check starts with.
func TestOtherDeclarationOfAnImport(t *testing.T) {
	runSteps(t,
		step{"import (\n\t\"fmt\"\n\t\"sort\"\n)", ""},
		step{"var nums = []int{3, 1}\nvar s = fmt.Sprint(nums)", ""},
		step{"func sort(xs []int) []int { return xs }",
			"error: 1:6: sort already declared through import of package sort (\"sort\")\n\tCell In[1], line 3, column 2: other declaration of sort"},
		step{"import \"errors\"\n\nvar errors = []string{}",
			"error: 3:5: errors already declared through import of package errors (\"errors\")\n\tCell In[4], line 1, column 8: other declaration of errors"},
	)
}

// A declaration in a for loop's post statement is a syntax error to go
// build, at its :=; a method of several receivers, or none, is refused
// at its name.
func TestForPostAndReceiverCountOfGoBuild(t *testing.T) {
	runSteps(t,
		step{"func evens(n int) (s int) {\n\tfor i := 0; i < n; i := i + 2 {\n\t\ts += i\n\t}\n\treturn\n}",
			"error: 2:23: syntax error: cannot declare in post statement of for loop"},
		step{"type T struct{}", ""},
		step{"func (a, b T) M() {}", "error: 1:15: method has multiple receivers"},
		step{"func () N() {}", "error: 1:9: method has no receiver"},
	)
}

// A standard-library type parameter that cannot be inferred is named at
// its place in GOROOT's sources, column and all, as go build names it
// (the importer's positions were read in the checker's own file set, a
// cell's place or none, and the export data keeps no columns).
func TestCannotInferStdTypeParam(t *testing.T) {
	at := func(file, decl string) string { // $GOROOT/src/file:line:col of decl's [ + 1
		b, err := os.ReadFile(filepath.Join(build.Default.GOROOT, "src", file))
		if err != nil {
			t.Skip(err)
		}
		for i, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, decl) {
				return fmt.Sprintf("$GOROOT/src/%s:%d:%d", file, i+1, len(decl)+1)
			}
		}
		t.Fatalf("%s: no %q", file, decl)
		return ""
	}
	runSteps(t,
		step{"import (\n\t\"errors\"\n\t\"maps\"\n)", ""},
		step{"func f(err error) bool {\n\t_, ok := errors.AsType(err)\n\treturn ok\n}",
			"error: 2:24: in call to errors.AsType, cannot infer E (declared at " + at("errors/wrap.go", "func AsType[") + ")"},
		step{"m := maps.Collect(nil)", "error: 1:18: in call to maps.Collect, cannot infer K (declared at " + at("maps/iter.go", "func Collect[") + ")"},
	)
}

// A package whose name another package the program depends on has too
// (sync/atomic and the runtime's internal/runtime/atomic) is written as
// its path in quotes, as go build writes it; the export data of fmt that
// go/types reads does not name the runtime's.
func TestAmbiguousPackageNameQuoted(t *testing.T) {
	runSteps(t,
		step{"import (\n\t\"fmt\"\n\t\"sync/atomic\"\n)", ""},
		step{"var hits atomic.Int64\n\nfunc total() int {\n\tn := 0\n\tn += hits\n\treturn n\n}",
			"error: 5:2: invalid operation: n += hits (mismatched types int and \"sync/atomic\".Int64)"},
		step{"var p atomic.Pointer\n\nvar _ = fmt.Sprint(p)", "error: 1:7: cannot use generic type \"sync/atomic\".Pointer[T any] without instantiation"},
	)
}
