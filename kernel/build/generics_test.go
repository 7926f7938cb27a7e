package build

import (
	"strings"
	"testing"

	"github.com/gofutures/gofutures/internal/toolchain"
)

func TestTypeArgs(t *testing.T) {
	pkgs := map[string]toolchain.Package{"greet": {Path: "example.com/greet", Name: "greet"}}
	std := map[string]string{"time": "time"}
	compiled := map[string]bool{"Pair": true}
	code := "greet.Map[map[string][]int, time.Duration, *Pair, greet.Greeter, func(int) (string, error)]"
	ts := tokens(code)
	end := matching(ts, 3)
	if end != len(ts)-1 {
		t.Fatalf("matching bracket at %d of %d", end, len(ts))
	}
	var got []string
	imports := map[string]string{}
	for _, arg := range splitArgs(ts[4:end]) {
		text, err := typeArg(code, arg, std, pkgs, compiled, imports)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, text)
	}
	want := "map[string][]int|time.Duration|*cells.Pair|greet.Greeter|func(int) (string, error)"
	if strings.Join(got, "|") != want {
		t.Errorf("type args %q, want %q", strings.Join(got, "|"), want)
	}
	if imports["time"] != "time" || imports["cells"] != toolchain.CompiledPackage || imports["greet"] != "example.com/greet" {
		t.Errorf("imports %v", imports)
	}
	for _, bad := range []string{"greet.Map[Point]", "greet.Map[os.File]"} {
		ts := tokens(bad)
		if _, err := typeArg(bad, ts[4:len(ts)-1], std, pkgs, compiled, map[string]string{}); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
}
