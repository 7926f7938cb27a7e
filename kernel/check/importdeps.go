package check

import "go/types"

// go/types and types2 write a package's name before the names it
// declares in a message ("atomic.Int64"), or its path in quotes where two
// packages of that name are imported, directly or not ("sync/atomic" and
// the runtime's internal/runtime/atomic: `"sync/atomic".Int64`). go build
// reads every package's imports from the export data (its types2
// Imports() are what the package imported), so it sees all of the
// program's dependencies; the go command's export data read by go/types
// gives a package the imports its exported declarations name only, and
// fmt's do not reach internal/runtime/atomic. withStdDeps gives a
// standard-library package the rest of its dependencies.

// withStdDeps adds to the imports of pkg, the standard-library package p
// read from export data, the packages it depends on that they lack (as
// the go command lists the standard library), without their
// declarations: as go/types marks the names of the packages a program
// imports, only their paths and names count. The lock is held.
func (imp *Importer) withStdDeps(p string, pkg *types.Package) {
	imp.list()
	imports := pkg.Imports()
	have := map[string]bool{p: true}
	for _, q := range imports {
		have[q.Path()] = true
	}
	seen := map[string]bool{p: true}
	var walk func(string)
	walk = func(p string) {
		for _, q := range imp.stdImports[p] {
			if seen[q] {
				continue
			}
			seen[q] = true
			if name := imp.names[q]; !have[q] && name != "" {
				imports = append(imports[:len(imports):len(imports)], types.NewPackage(q, name))
			}
			walk(q)
		}
	}
	walk(p)
	pkg.SetImports(imports)
}
