//go:build ignore

// Layered configuration: defaults, a file and the environment, each a
// map[string]string parsed with strings.Cut, CutPrefix and CutSuffix,
// merged with maps.Clone and maps.Copy, pruned with maps.DeleteFunc,
// compared with maps.EqualFunc, and read with cmp.Or for fallbacks.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

type Layer struct {
	Name string
	Vals map[string]string
}

var ErrSyntax = errors.New("syntax error")

func ParseLayer(name, text string) (Layer, error) {
	l := Layer{Name: name, Vals: map[string]string{}}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if body, ok := strings.CutPrefix(line, "export "); ok {
			line = body
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			return l, fmt.Errorf("%s:%d: %q: %w", name, n+1, line, ErrSyntax)
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		if unq, ok := strings.CutSuffix(val, `"`); ok {
			if v, ok := strings.CutPrefix(unq, `"`); ok {
				val = v
			}
		}
		l.Vals[key] = val
	}
	return l, nil
}

//cell

func Merge(layers ...Layer) (map[string]string, map[string]string) {
	out := map[string]string{}
	from := map[string]string{}
	for _, l := range layers {
		maps.Copy(out, l.Vals)
		for k := range l.Vals {
			from[k] = l.Name
		}
	}
	return out, from
}

func Duration(cfg map[string]string, key string, def time.Duration) time.Duration {
	d, err := time.ParseDuration(cfg[key])
	if err != nil {
		return def
	}
	return d
}

type Server struct {
	Host    string
	Port    int
	Timeout time.Duration
	Mode    string
}

func Build(cfg map[string]string) Server {
	port, _ := strconv.Atoi(cfg["port"])
	return Server{
		Host:    cmp.Or(cfg["host"], cfg["hostname"], "localhost"),
		Port:    cmp.Or(port, 8080),
		Timeout: cmp.Or(Duration(cfg, "timeout", 0), 30*time.Second),
		Mode:    cmp.Or(cfg["mode"], "dev"),
	}
}

//cell

var defaults = Layer{"defaults", map[string]string{"port": "8080", "mode": "dev", "timeout": "5s", "debug": "false"}}

const fileText = `
# service config
host = "api.internal"
port = 9090
export TIMEOUT=1m30s
debug=
`

const envText = `
MODE = prod
secret_token = abc123
`

//cell

func main() {
	file, err := ParseLayer("app.conf", fileText)
	fmt.Println("file", len(file.Vals), err)
	env, err := ParseLayer("env", envText)
	fmt.Println("env", len(env.Vals), err)
	_, err = ParseLayer("bad.conf", "port 80\n")
	fmt.Println("bad:", err, errors.Is(err, ErrSyntax))

	cfg, from := Merge(defaults, file, env)
	for _, k := range slices.Sorted(maps.Keys(cfg)) {
		fmt.Printf("%-13s %-13q from %s\n", k, cfg[k], from[k])
	}

	public := maps.Clone(cfg)
	maps.DeleteFunc(public, func(k, v string) bool {
		return strings.Contains(k, "secret") || v == ""
	})
	fmt.Println("public keys", slices.Sorted(maps.Keys(public)), "all keys", len(cfg))

	srv := Build(cfg)
	fmt.Printf("%+v\n", srv)
	fmt.Printf("%+v\n", Build(map[string]string{"hostname": "box", "timeout": "oops"}))
	fmt.Printf("%+v\n", Build(nil))

	// EqualFunc: same keys, values equal after normalising
	a := map[string]string{"mode": "PROD", "port": "0080"}
	b := map[string]int{"mode": 0, "port": 80}
	same := maps.EqualFunc(a, b, func(s string, n int) bool {
		if v, err := strconv.Atoi(s); err == nil {
			return v == n
		}
		return strings.EqualFold(s, "prod") && n == 0
	})
	fmt.Println("equal after normalising:", same)
	fmt.Println("equal plain:", maps.Equal(cfg, public), maps.Equal(defaults.Vals, maps.Clone(defaults.Vals)))

	// cmp.Or with strings, structs-free values and a pointer-free zero
	fmt.Println(cmp.Or("", "", "third"), cmp.Or(0, 0), cmp.Or[float64](0, 2.5), cmp.Or(time.Duration(0), time.Minute))

	// Cut on the first separator only; missing separator
	before, after, found := strings.Cut("a=b=c", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	rest, ok := strings.CutPrefix("v1.26.8", "v")
	major, minor, _ := strings.Cut(rest, ".")
	fmt.Println(major, minor, ok)
	name, ok := strings.CutSuffix("report.tar.gz", ".gz")
	fmt.Println(name, ok)
	_, ok = strings.CutSuffix("report", ".gz")
	fmt.Println(ok)
}
