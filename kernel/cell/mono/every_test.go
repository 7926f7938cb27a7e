package mono

import (
	"fmt"
	"go/types"
	"strings"
	"testing"
)

// TestEveryGenericDeclaration specialises every exported generic function
// and type (and every one yaegi lacks) of the packages issue 13 names and
// of others that gained declarations since Go 1.22, with simple type
// arguments, and type-checks the result.
func TestEveryGenericDeclaration(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks a few hundred specialisations")
	}
	// Declarations that cannot be specialised, and why.
	cannot := map[string]string{
		"reflect.SliceAt":              "takes an unsafe.Pointer",
		"hash/maphash.Comparable":      "hashes memory with package unsafe",
		"hash/maphash.WriteComparable": "hashes memory with package unsafe",
		"weak.Make":                    "runtime internals",
		"weak.Pointer":                 "runtime internals",
		"os.Root":                      "uses unexported members of os.File",
		"os.OpenRoot":                  "returns an os.Root",
		"os.OpenInRoot":                "uses os.Root",
		"runtime.Cleanup":              "runtime internals",
		"runtime.AddCleanup":           "runtime internals",
		"runtime.SetDefaultGOMAXPROCS": "runtime internals",
	}
	s := New(Options{})
	made, total := 0, 0
	for _, path := range []string{"slices", "maps", "cmp", "iter", "strings", "bytes", "sync", "sync/atomic", "errors", "reflect", "unique", "math/rand/v2", "hash/maphash", "weak",
		// packages with non-generic declarations newer than yaegi's symbols
		"os", "path/filepath", "crypto/rand", "encoding/binary", "go/ast", "io/fs", "log/slog", "time", "fmt", "context", "runtime", "encoding/json", "strconv"} {
		pkg, err := testImporter.Import(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range pkg.Scope().Names() {
			obj := pkg.Scope().Lookup(name)
			if !obj.Exported() || (!isGeneric(obj) && yaegiProvides(pkg, name)) {
				continue
			}
			if _, ok := obj.(*types.Var); ok {
				continue
			}
			if iface, ok := obj.Type().Underlying().(*types.Interface); ok && !iface.IsMethodSet() {
				continue // a constraint, not a type
			}
			var expr string
			if isGeneric(obj) {
				args, ok := simpleArgs(typeParams(obj))
				if !ok {
					t.Logf("%s.%s: no simple type arguments", path, name)
					continue
				}
				expr = fmt.Sprintf("%s.%s[%s]", pkg.Name(), name, strings.Join(args, ", "))
			} else {
				expr = pkg.Name() + "." + name
			}
			var src string
			if _, ok := obj.(*types.TypeName); ok {
				src = fmt.Sprintf("package main\nimport %q\nvar _ *%s\n", path, expr)
			} else {
				src = fmt.Sprintf("package main\nimport %q\nvar _ = %s\n", path, expr)
			}
			total++
			key := path + "." + name
			t.Run(key, func(t *testing.T) {
				c := check(t, src)
				_, err := s.Specialize(t.Context(), c.cell())
				if why, ok := cannot[key]; ok {
					if err == nil {
						t.Errorf("specialised, though listed as impossible (%s)", why)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				merge(t, s, src)
				made++
			})
		}
	}
	t.Logf("specialised and type-checked %d of %d declarations", made, total)
}

// simpleArgs picks type arguments for tps: a constraint with a core type
// gets that type (with the others substituted), error for an interface
// with methods, string for a union, otherwise int.
func simpleArgs(tps *types.TypeParamList) ([]string, bool) {
	args := make([]string, tps.Len())
	core := map[int]types.Type{}
	for i := range args {
		iface := tps.At(i).Constraint().Underlying().(*types.Interface)
		switch {
		case iface.NumEmbeddeds() == 1:
			if u, ok := iface.EmbeddedType(0).(*types.Union); ok && u.Len() == 1 {
				core[i] = u.Term(0).Type()
				continue
			}
			args[i] = "string"
			if u, ok := iface.EmbeddedType(0).(*types.Union); ok && u.Len() > 2 {
				args[i] = "int"
			}
		case iface.NumMethods() > 0:
			args[i] = "error"
		default:
			args[i] = "int"
		}
	}
	for range 3 {
		for i, c := range core {
			s := types.TypeString(c, func(p *types.Package) string { return p.Name() })
			for j := 0; j < tps.Len(); j++ {
				if args[j] != "" {
					s = replaceWord(s, tps.At(j).Obj().Name(), args[j])
				}
			}
			args[i] = s
		}
	}
	for _, a := range args {
		if a == "" || strings.ContainsAny(a, "~") {
			return nil, false
		}
	}
	return args, true
}

// replaceWord replaces the identifier w in s.
func replaceWord(s, w, by string) string {
	var b strings.Builder
	isID := func(c byte) bool {
		return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], w) && (i == 0 || !isID(s[i-1])) && (i+len(w) == len(s) || !isID(s[i+len(w)])) {
			b.WriteString(by)
			i += len(w)
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}
