package check

import (
	"go/types"
	"sync"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
	"github.com/traefik/yaegi/stdlib/unrestricted"
)

// StdSymbols returns the compiled standard-library packages a session's
// interpreter is given: yaegi's stdlib.Symbols and, of its unrestricted
// set, os/exec (os.Exit, log.Fatal and syscall stay out: they would end
// the kernel's process, not the cell). What these lack of a package the
// checker makes from GOROOT's sources (package mono), so both must see
// the same table. The result is shared: callers must not change it.
func StdSymbols() interp.Exports { return stdSymbols() }

var stdSymbols = sync.OnceValue(func() interp.Exports {
	syms := make(interp.Exports, len(stdlib.Symbols)+1)
	for k, v := range stdlib.Symbols {
		syms[k] = v
	}
	syms["os/exec/exec"] = unrestricted.Symbols["os/exec/exec"]
	return syms
})

// interpreterProvides reports whether the interpreter has a compiled
// symbol for pkg.name (mono.Options.Provided).
func interpreterProvides(pkg *types.Package, name string) bool {
	_, ok := StdSymbols()[pkg.Path()+"/"+pkg.Name()][name]
	return ok
}
