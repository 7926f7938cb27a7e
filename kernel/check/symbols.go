package check

import (
	"go/types"
	"reflect"
	"sync"
	"syscall"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
	yaegisyscall "github.com/traefik/yaegi/stdlib/syscall"
	yaegiunsafe "github.com/traefik/yaegi/stdlib/unsafe"

	"github.com/gofutures/gofutures/kernel/check/rt"
	"github.com/traefik/yaegi/stdlib/unrestricted"
)

// StdSymbols returns the compiled standard-library packages a session's
// interpreter is given: yaegi's stdlib.Symbols, its syscall and unsafe
// (with its conversions of unsafe.Pointer) and, of its unrestricted set,
// os/exec (unrestricted's os.Exit and log.Fatal stay
// out: they would end the kernel's process, not the cell; the session
// gives os.Exit, syscall.Exit and log's functions of its own). What
// these lack of a package the checker makes from GOROOT's sources
// (package mono), so both must see the same table. The result is
// shared: callers must not change it.
func StdSymbols() interp.Exports { return stdSymbols() }

var stdSymbols = sync.OnceValue(func() interp.Exports {
	syms := make(interp.Exports, len(stdlib.Symbols)+1)
	for k, v := range stdlib.Symbols {
		syms[k] = v
	}
	syms["os/exec/exec"] = unrestricted.Symbols["os/exec/exec"]
	sc := map[string]reflect.Value{"Exit": reflect.ValueOf(syscall.Exit)} // (the session's replaces it)
	for name, v := range yaegisyscall.Symbols["syscall/syscall"] {
		sc[name] = v
	}
	syms["syscall/syscall"] = sc
	for k, v := range yaegiunsafe.Symbols {
		if k != "github.com/traefik/yaegi/stdlib/unsafe/unsafe" {
			syms[k] = v // unsafe's, and the interpreter's hook converting unsafe.Pointer
		}
	}
	// wrappers of more methods for a notebook value in an io.Writer or
	// io.Reader (rt.Upgrades), beside stdlib's for fmt's and json's
	mt := map[reflect.Value][]reflect.Type{}
	for k, v := range stdlib.MapTypes {
		mt[k] = v
	}
	for name, ts := range rt.Upgrades() {
		if w, ok := stdlib.Symbols["io/io"][name]; ok {
			mt[w] = ts
		}
	}
	syms["."] = map[string]reflect.Value{"MapTypes": reflect.ValueOf(mt)}
	return syms
})

// interpreterProvides reports whether the interpreter has a compiled
// symbol for pkg.name (mono.Options.Provided).
func interpreterProvides(pkg *types.Package, name string) bool {
	key := pkg.Path() + "/" + pkg.Name()
	if _, ok := StdSymbols()[key][name]; ok {
		return true
	}
	moduleSymbols.Lock()
	defer moduleSymbols.Unlock()
	_, ok := moduleSymbols.names[key][name]
	return ok
}

// moduleSymbols are the export tables UseSymbols was given.
var moduleSymbols struct {
	sync.Mutex
	names map[string]map[string]bool
}

// UseSymbols tells the checker which packages other than the standard
// library the process's interpreters have export tables of (a notebook
// module's third-party packages, linked into the program): a copy of one
// of their generic functions made for a cell's types calls their
// exported non-generic functions through them. The tables are the
// process's: they add to those given before.
func UseSymbols(tables ...interp.Exports) {
	moduleSymbols.Lock()
	defer moduleSymbols.Unlock()
	if moduleSymbols.names == nil {
		moduleSymbols.names = map[string]map[string]bool{}
	}
	for _, t := range tables {
		for key, syms := range t {
			m := moduleSymbols.names[key]
			if m == nil {
				m = map[string]bool{}
				moduleSymbols.names[key] = m
			}
			for n := range syms {
				m[n] = true
			}
		}
	}
}
