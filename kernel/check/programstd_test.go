package check

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

// A worker program registers the task-sized functions of the standard
// packages the notebook imports, under the names a pool sends them by
// (executor's stdFuncName): math.Sqrt is "math.Sqrt".
func TestProgramRegistersStdFuncs(t *testing.T) {
	p := checkedProgram(t,
		"import (\n\t\"io\"\n\t\"math\"\n\t\"slices\"\n\t\"strconv\"\n\t\"strings\"\n\t\"encoding/json\"\n)",
		"func task(x float64) float64 { return x }")
	src := string(p.Files["zz_gofutures_worker.go"])
	for _, want := range []string{
		`Register("math.Sqrt", gofutures_math.Sqrt)`,
		`Register("strings.Repeat", gofutures_strings.Repeat)`,
		`Register("strconv.Itoa", gofutures_strconv.Itoa)`,
		`Register("strconv.Atoi", gofutures_strconv.Atoi)`, // (int, error)
		`Register("encoding/json.Valid", gofutures_json.Valid)`,
		`Register("task", task)`,
	} {
		if !strings.Contains(src, want) {
			t.Errorf("no %s in\n%s", want, src)
		}
	}
	for _, not := range []string{`"io.Copy"`, `"strings.Cut"`, `"slices.`, `"strings.NewReplacer"`} {
		if strings.Contains(src, not) {
			t.Errorf("%s registered:\n%s", not, src)
		}
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for n, b := range p.Files {
		f, err := parser.ParseFile(fset, n, b, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: testImporter, GoVersion: goVersion}
	if _, err := conf.Check("main", fset, files, nil); err != nil {
		t.Fatalf("the program does not compile: %v\n%s", err, src)
	}
	t.Logf("%d registrations", strings.Count(src, ".Register("))
}
