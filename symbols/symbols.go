// Package symbols holds the yaegi export tables that make this module's
// packages importable from interpreted notebook cells.
//
// The tables are generated with `yaegi extract` (see the go:generate lines
// in gen.go) and loaded into every interpreter with interp.Use(Symbols).
package symbols

import "reflect"

// Symbols maps "importpath/pkgname" to the exported symbols of that package,
// in the layout yaegi's interp.Use expects.
var Symbols = map[string]map[string]reflect.Value{}
