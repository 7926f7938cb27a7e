package session

import (
	"context"
	"testing"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/symbols"
)

func TestNamedFuncsThreadPool(t *testing.T) {
	s := New(Options{Symbols: []interp.Exports{symbols.Symbols}, Preludes: []string{RichPrelude, ExecutorPrelude}, RichValues: true, NamedFuncs: true})
	cells := []string{
		"import \"github.com/gofutures/gofutures/executor\"\nfunc gcd(pair [2]int) int {\n\ta, b := pair[0], pair[1]\n\tfor b != 0 {\n\t\ta, b = b, a%b\n\t}\n\treturn a\n}",
		"numbers := [][2]int{{1963309, 2265973}, {1879675, 2493670}, {2030677, 3814172}, {1551645, 2229620}, {1988912, 4736670}, {2198964, 7876293}}\npool := executor.NewThreadPool(2)\nresults, err := pool.Map(gcd, numbers)\npool.Shutdown(true, false)\nimport \"fmt\"\nfmt.Sprint(results, err)",
	}
	for i, c := range cells {
		res, err := s.Execute(context.Background(), c, i+1)
		if err != nil {
			t.Fatalf("cell %d: %v %v", i+1, err, err.(*Error).Traceback)
		}
		if i == 1 {
			t.Logf("%v", res.Bundle)
			if res.Bundle.Data["text/plain"] != "[1 5 1 5 2 3] <nil>" {
				t.Fatalf("got %v", res.Bundle)
			}
		}
	}
}

// A notebook function given to a call named Map whose parameter is a
// function type, not an executor's any (strings.Map(rot13, s)), goes as
// it is: the lowering wrapped it as a task function, and yaegi refused
// the cell ("cannot use type executor.NamedFunc as type func(int32)
// int32"). So does one given to a notebook's own Map taking an any.
func TestNamedFuncsOnlyForAnyParams(t *testing.T) {
	s := New(Options{Symbols: []interp.Exports{symbols.Symbols}, Preludes: []string{RichPrelude, ExecutorPrelude}, RichValues: true, NamedFuncs: true})
	cells := []string{
		"func rot13(r rune) rune {\n\tswitch {\n\tcase r >= 'a' && r <= 'z':\n\t\treturn 'a' + (r-'a'+13)%26\n\t}\n\treturn r\n}",
		"import (\"bytes\"; \"strings\")\nstrings.Map(rot13, \"hello\") + string(bytes.Map(rot13, []byte(\"uryyb\")))",
		"func Map(f any, s string) string { return strings.Map(f.(func(rune) rune), s) }\nMap(rot13, \"uryyb\")",
	}
	for i, c := range cells {
		res, err := s.Execute(context.Background(), c, i+1)
		if err != nil {
			t.Fatalf("cell %d: %v", i+1, err)
		}
		if want := []string{"", "uryybhello", "hello"}[i]; want != "" && res.Bundle.Data["text/plain"] != want {
			t.Fatalf("cell %d: got %v", i+1, res.Bundle.Data["text/plain"])
		}
	}
}
