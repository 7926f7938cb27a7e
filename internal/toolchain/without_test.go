package toolchain_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/gofutures/gofutures/internal/toolchain"
)

// A later %%compile cell that declares some of an earlier one's names
// takes them over: the earlier cell keeps the rest, its lines where they
// were, its imports that only the dropped code used made blank.
func TestWithoutNames(t *testing.T) {
	old := toolchain.Cell{Name: "In[1]", Line: 2, Source: `import (
	"fmt"
	"strings"
)

// A says a.
func A() string { return fmt.Sprint("a") }

func B() string { return strings.ToUpper("b") }

var (
	hits  int
	other = 2
)

const Limit, Max = 1, 2

type T struct{}

func (T) M() {}
`}
	got, ok := toolchain.WithoutNames(old, []string{"A", "hits", "Zzz"})
	if !ok {
		t.Fatal("nothing dropped")
	}
	if names, err := toolchain.Declares(got); err != nil || !slices.Equal(names, []string{"B", "other", "Limit", "Max", "T"}) {
		t.Errorf("left: %v %v\n%s", names, err, got.Source)
	}
	if strings.Count(got.Source, "\n") != strings.Count(old.Source, "\n") || !strings.Contains(got.Source, `_ "fmt"`) ||
		strings.Contains(got.Source, "A says a") || !strings.Contains(got.Source, "\n\nfunc B()") {
		t.Errorf("source:\n%s", got.Source)
	}
	if _, ok := toolchain.WithoutNames(old, []string{"Zzz"}); ok {
		t.Error("dropped a name the cell does not declare")
	}
	// what cannot be taken apart is left whole: a spec of names only
	// some of which go, a type (its methods would stay behind)
	for _, n := range []string{"Limit", "T"} {
		if _, ok := toolchain.WithoutNames(old, []string{n}); ok {
			t.Errorf("dropped %s", n)
		}
	}
	// all of it
	all, ok := toolchain.WithoutNames(toolchain.Cell{Name: "In[1]", Source: "import \"fmt\"\n\nfunc A() { fmt.Println() }\n"}, []string{"A"})
	if names, _ := toolchain.Declares(all); !ok || len(names) != 0 {
		t.Errorf("all dropped: %v %v", names, ok)
	}
}

// %go get of a version older than the one the kernel itself is built with
// says so (the go command tried to downgrade gofutures, whose versions the
// proxy does not list: "module not found: github.com/google/uuid").
func TestBelowKernel(t *testing.T) {
	deps := map[string]string{"github.com/google/uuid": "v1.6.0", "golang.org/x/sys": "v0.50.0"}
	for q, want := range map[[2]string]string{
		{"github.com/google/uuid", "v1.5.0"}:    "github.com/google/uuid@v1.5.0 is older than v1.6.0",
		{"github.com/google/uuid", "v1.6.0"}:    "",
		{"github.com/google/uuid", "v1.7.0-rc"}: "",
		{"github.com/google/uuid", "latest"}:    "",
		{"golang.org/x/sys/unix", "v0.49.9"}:    "golang.org/x/sys/unix@v0.49.9 is older than v0.50.0",
		{"golang.org/x/sys", "v0.50.0-pre"}:     "is older than v0.50.0",
		{"golang.org/x/sys", "v0.9.0"}:          "is older than",
		{"golang.org/x/sysfoo", "v0.1.0"}:       "",
		{"github.com/samber/lo", "v1.0.0"}:      "",
	} {
		err := toolchain.BelowKernelForTest(q[0], q[1], deps)
		if (want == "") != (err == nil) || err != nil && !strings.Contains(err.Error(), want) {
			t.Errorf("%s@%s: %v, want %q", q[0], q[1], err, want)
		}
	}
}
