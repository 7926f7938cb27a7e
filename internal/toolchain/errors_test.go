package toolchain_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/gofutures/gofutures/internal/toolchain"
)

func TestCheckImportPath(t *testing.T) {
	for _, p := range []string{"github.com/dustin/go-humanize", "gonum.org/v1/gonum/stat", "example.com/a_b~c+d/v2"} {
		if err := toolchain.CheckImportPath(p); err != nil {
			t.Errorf("CheckImportPath(%q) = %v, want nil", p, err)
		}
	}
	for _, p := range []string{"", "/abs", "a//b", "a/../b", "a/./b", "-flag", "a/-x", "a b", "a;rm -rf", "$(x)", "a/b/", ".hidden/x", "x.", "a\\b", "é.com/x"} {
		err := toolchain.CheckImportPath(p)
		if !errors.Is(err, toolchain.ErrInvalidImportPath) {
			t.Errorf("CheckImportPath(%q) = %v, want ErrInvalidImportPath", p, err)
		}
	}
	for _, q := range []string{"example.com/x@-v", "example.com/x@a b", "example.com/x@"} {
		if _, _, err := toolchain.SplitQuery(q); err == nil {
			t.Errorf("SplitQuery(%q) accepted", q)
		}
	}
	if p, v, err := toolchain.SplitQuery("example.com/x@v1.2.3"); err != nil || p != "example.com/x" || v != "v1.2.3" {
		t.Errorf("SplitQuery = %q %q %v", p, v, err)
	}
}

func TestIsStandard(t *testing.T) {
	for p, want := range map[string]bool{"fmt": true, "net/http": true, "example.com/x": false, "gofuturesnb.local/cells": false} {
		if got := toolchain.IsStandard(p); got != want {
			t.Errorf("IsStandard(%q) = %v", p, got)
		}
	}
}

// An invalid import path never reaches the go command (there is none).
func TestInvalidImportNeverRunsGo(t *testing.T) {
	b := &toolchain.Builder{Dir: t.TempDir(), CacheDir: t.TempDir(), Go: "/nonexistent/go"}
	for _, p := range []string{"example.com/x;touch /tmp/pwned", "-modfile=/etc/passwd", "../x"} {
		_, err := b.Build(context.Background(), toolchain.Spec{Imports: []string{p}})
		if !errors.Is(err, toolchain.ErrInvalidImportPath) {
			t.Errorf("Build(%q) = %v, want ErrInvalidImportPath", p, err)
		}
	}
	if err := b.Get(context.Background(), "-x@v1"); !errors.Is(err, toolchain.ErrInvalidImportPath) {
		t.Errorf("Get(-x) = %v, want ErrInvalidImportPath", err)
	}
}

// Failures of the go command come back typed, with a hint where the user
// can fix them; all of them fail before a program is linked.
func TestBuildErrors(t *testing.T) {
	self := locateSelf(t)
	proxy := writeProxy(t, t.TempDir())
	nb := func(env ...string) *toolchain.Builder {
		return &toolchain.Builder{Dir: t.TempDir(), CacheDir: t.TempDir(), Self: self, Env: append(localEnv(proxy), env...)}
	}
	ctx := context.Background()
	cases := []struct {
		name string
		run  func() error
		kind error
		want string // in the message
	}{
		{"module not found", func() error {
			_, err := nb().Build(ctx, toolchain.Spec{Imports: []string{"example.com/nope"}})
			return err
		}, toolchain.ErrModuleNotFound, "example.com/nope"},
		{"version not found", func() error {
			return nb().Get(ctx, "example.com/greet@v9.9.9")
		}, toolchain.ErrVersionNotFound, "v9.9.9"},
		{"offline, nothing cached", func() error {
			_, err := nb("GOPROXY=off").Build(ctx, toolchain.Spec{Imports: []string{"example.com/other/x"}})
			return err
		}, toolchain.ErrOffline, "GOPROXY"},
		{"cgo without a C compiler", func() error {
			_, err := nb("CC=/nonexistent/cc", "CGO_ENABLED=1").Build(ctx, toolchain.Spec{Imports: []string{"example.com/needc"}})
			return err
		}, toolchain.ErrNeedsCgo, "C compiler"},
		{"cgo disabled", func() error {
			_, err := nb("CGO_ENABLED=0").Build(ctx, toolchain.Spec{Imports: []string{"example.com/needc"}})
			return err
		}, toolchain.ErrNeedsCgo, "CGO_ENABLED"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.run()
			if !errors.Is(err, c.kind) {
				t.Fatalf("got %v, want %v", err, c.kind)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("message lacks %q:\n%v", c.want, err)
			}
		})
	}
}

// A compiled cell's errors name the cell and the line in it.
func TestCompiledCellErrors(t *testing.T) {
	self := locateSelf(t)
	b := &toolchain.Builder{Dir: t.TempDir(), CacheDir: t.TempDir(), Self: self, Env: []string{"GOPROXY=off", "GOFLAGS=-mod=mod"}}
	ctx := context.Background()
	cases := []struct {
		name string
		spec toolchain.Spec
		kind error
		want []string
	}{
		{"uses an interpreted declaration", toolchain.Spec{Interpreted: []string{"helper"}, Compiled: []toolchain.Cell{{Name: "In[4]", Line: 2,
			Source: "import \"fmt\"\n\nfunc f() string {\n\treturn fmt.Sprint(helper(2))\n}\n"}}},
			toolchain.ErrCompiledUsesInterpreted, []string{"In[4]:5:20: helper is declared in an interpreted cell"}},
		{"type error", toolchain.Spec{Compiled: []toolchain.Cell{{Name: "In[2]", Line: 2, Source: "func f() int { return 1 }\n"},
			{Name: "In[3]", Line: 2, Source: "\nfunc g() int {\n\treturn \"x\"\n}\n"}}},
			toolchain.ErrBuild, []string{"In[3]:4:9: cannot use \"x\""}},
		{"statement", toolchain.Spec{Compiled: []toolchain.Cell{{Name: "In[5]", Line: 2, Source: "func f() int { return 1 }\nx := f()\n"}}},
			toolchain.ErrBuild, []string{"In[5]:3:1", "declarations only"}},
		{"func main", toolchain.Spec{Compiled: []toolchain.Cell{{Name: "In[6]", Line: 2, Source: "func main() {}\n"}}},
			toolchain.ErrBuild, []string{"In[6]:2:1", "func main"}},
		{"redeclared across cells", toolchain.Spec{Compiled: []toolchain.Cell{{Name: "In[7]", Line: 2, Source: "func f() int { return 1 }\n"},
			{Name: "In[8]", Line: 2, Source: "func f() int { return 2 }\n"}}},
			toolchain.ErrBuild, []string{"In[8]:2:6: f redeclared"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := b.Build(ctx, c.spec)
			if !errors.Is(err, c.kind) {
				t.Fatalf("got %v, want %v", err, c.kind)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message lacks %q:\n%v", w, err)
				}
			}
		})
	}
}

func TestInstanceName(t *testing.T) {
	a := toolchain.InstanceName("Map", []string{"int", "string"})
	b := toolchain.InstanceName("Map", []string{"int", "[]string"})
	if !strings.HasPrefix(a, "Map__int_string__") || a == b || !strings.HasPrefix(b, "Map__int_string__") {
		t.Errorf("names %q and %q", a, b)
	}
	bad := &toolchain.Builder{Dir: t.TempDir(), CacheDir: t.TempDir(), Go: "/nonexistent/go"}
	for _, in := range []toolchain.Instance{
		{Path: "example.com/x", Name: "map", TypeArgs: []string{"int"}},
		{Path: "example.com/x", Name: "Map"},
		{Path: "example.com/x", Name: "Map", TypeArgs: []string{"int]; func init() { panic(1) }; var _ = [1"}},
		{Path: "example.com/x", Name: "Map", TypeArgs: []string{"x.T"}, Imports: map[string]string{"x y": "example.com/y"}},
		{Path: "../x", Name: "Map", TypeArgs: []string{"int"}},
	} {
		if _, err := bad.Build(context.Background(), toolchain.Spec{Instances: []toolchain.Instance{in}}); err == nil || strings.Contains(err.Error(), "nonexistent") {
			t.Errorf("instance %+v: %v", in, err)
		}
	}
}

// The go command rewrites go.mod in blocks; that is still the same
// gofutures (else every build would start the module over).
func TestSelfLine(t *testing.T) {
	a := toolchain.SelfLineForTest("module m\n\nrequire github.com/gofutures/gofutures v0.0.0\n\nreplace github.com/gofutures/gofutures => /src\n")
	b := toolchain.SelfLineForTest("module m\n\nrequire (\n\tgithub.com/gofutures/gofutures v0.0.0\n\texample.com/x v1.0.0\n)\n\nreplace github.com/gofutures/gofutures => /src\n")
	if a != b || a == "" {
		t.Errorf("%q != %q", a, b)
	}
}

// The go command's messages for what is missing, as module proxies word
// them (HTTP 403/404/410, a file-system proxy), and network failures.
func TestClassifyMessages(t *testing.T) {
	for _, c := range []struct {
		out  string
		kind error
	}{
		{"go: module github.com/x/nope: reading https://proxy.golang.org/github.com/x/nope/@v/list: 403 Forbidden\n\tserver response: This module version is not available.", toolchain.ErrModuleNotFound},
		{"go: module github.com/x/nope: reading https://proxy.golang.org/github.com/x/nope/@v/list: 404 Not Found\n\tserver response: not found: github.com/x/nope@latest: invalid version: git ls-remote -q origin: exit status 128", toolchain.ErrModuleNotFound},
		{"go: github.com/dustin/go-humanize@v9.9.9: reading https://proxy.golang.org/github.com/dustin/go-humanize/@v/v9.9.9.info: 403 Forbidden", toolchain.ErrVersionNotFound},
		{"go: github.com/x/y@v9.9.9: invalid version: unknown revision v9.9.9", toolchain.ErrVersionNotFound},
		{"go: module github.com/dustin/go-humanize@upgrade found (v1.1.0), but does not contain package github.com/dustin/go-humanize/nosuch", toolchain.ErrModuleNotFound},
		{"go: example.com/x: module lookup disabled by GOPROXY=off", toolchain.ErrOffline},
		{`go: module example.com/x: Get "https://proxy.golang.org/example.com/x/@v/list": dial tcp: lookup proxy.golang.org: no such host`, toolchain.ErrOffline},
		{`# runtime/cgo
cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH`, toolchain.ErrNeedsCgo},
		{"prog.go:3:5: undefined: x", toolchain.ErrBuild},
	} {
		if err := toolchain.ClassifyForTest(c.out); !errors.Is(err, c.kind) {
			t.Errorf("%q: got %v, want %v", c.out, err, c.kind)
		}
	}
}
