// Package mono makes a cell's uses of generic standard-library code into
// uses of ordinary, non-generic Go that yaegi v0.16.1 can run.
//
// yaegi's standard-library symbols stop at Go 1.22 and leave out every
// generic declaration (slices, maps, cmp, iter, atomic.Pointer,
// errors.AsType, ...), and its own generics support fails on what these
// packages do. mono instead specialises the declarations a cell uses,
// from the sources of the Go toolchain installed on the machine (GOROOT),
// at run time: nothing of Go's source is kept in this repository.
//
// # What Specialize does
//
// Given a Cell type-checked with go/types (its files, and an Info with
// Defs, Uses and Instances recorded), Specialize finds every reference to a
// package-level object of a standard-library package that the
// interpreter cannot provide: a generic function or type (slices.Sort,
// maps.Keys, iter.Seq[int], atomic.Pointer[Node], errors.AsType), or an
// object yaegi's symbol table lacks (strings.Lines, strings.SplitSeq,
// which are not generic but newer than Go 1.22). For each it makes a
// copy from GOROOT's source with the type parameters replaced by the
// concrete type arguments, named
//
//	pkgꞏNameꞏArg...            e.g. slicesꞏSortꞏint, atomicꞏPointerꞏNode
//
// where ꞏ is Sep (U+A78F, a letter, so the names are ordinary Go
// identifiers no one writes). A type argument that the others determine
// is left out (S = []E in Sort[S ~[]E, E]); an argument that is not a
// plain name is spelled with _ and the name ends in a hash of the
// arguments, so two instantiations never share a name. Copies take with
// them, transitively, the unexported functions, types (with their
// methods), constants and variables of the package they use, each
// specialised or copied once (unexported non-generic ones are named
// pkgꞏname). References to exported objects the interpreter provides
// stay calls of the compiled package (bits.Len, strings.IndexByte).
// Type arguments declared in the cell are referred to by the cell's
// names; types of other packages by their package name, whose import is
// listed in Result.Imports and Decl.Imports.
//
// A generic function or type declared in the notebook that uses such
// code with its own type parameters (func SortedKeys[K cmp.Ordered, V
// any](m map[K]V) []K { ...; slices.Sort(keys); ... }, or a Tree[K, V]
// whose methods call cmp.Compare) cannot be specialised where it is
// declared: there it is left as it is, and each use with concrete type
// arguments (SortedKeys(ages), Tree[string, int]) is replaced by a copy
// made from the notebook's source (Cell.Src), such as
// mainꞏSortedKeysꞏstringꞏint (a type with its methods), in which the
// standard-library uses are specialised in turn. Its Key holds a hash of
// the declaration's source, so one declared anew is copied anew. Other
// generics of the notebook are left to the interpreter, unless
// Options.AllNotebookGenerics asks for all of them to be specialised:
// then yaegi instantiates no generics at all, which avoids its faults
// with them (failed inference, recursive generic functions and types
// that overflow its stack). With it, every program of tests/corpus that
// uses generics prints, specialised and built, what it prints as written,
// and those of them that need no lowering print it in yaegi too (but one,
// for a fault that is not about generics).
//
// A field that embeds such an instance (type Shelf struct{ List[Item];
// ... }) is named, in Go, by its generic type (List); in the copy it
// embeds mainꞏListꞏItem and is named so. The cell's selectors of the
// field (s.List, also promoted) and keys of literals (Shelf{List: l})
// are edited to name it so too, and so are those in copies (Audited[T]
// embedding Timestamped[T]: a.Timestamped in its methods). What prints
// or encodes the values must name the field as Go does (kernel/check
// describes them with the notebook's types, as written).
//
// The Result holds the declarations the cell needs (Decls, each gofmt-ed
// source with its Key and the keys it depends on) and the edits of the
// cell (Edits: the expression slices.Sort or atomic.Pointer[Node] and
// the identifier that replaces it; Rewrite applies them to the AST).
// The same Key always has the same source, so a session that evaluated a
// Decl need not evaluate it again.
//
// # Third-party packages
//
// With Options.Module (the notebook module's directory), the generic
// functions and types of its third-party packages are specialised the
// same way, from their sources in the module cache (`go list` in the
// module says where; their imports are read from the module's export
// data): lo.Filter of a cell's []Person becomes loꞏFilterꞏPerson, and
// lo.Tuple2[Person, int] the type loꞏTuple2ꞏPersonꞏint with its methods.
// A cell's use whose instantiation the caller compiles into its program
// (Options.Compiled: in the kernel, one whose type arguments name no
// interpreted cell's type) is left as it is; uses in copies are always
// specialised. Exported non-generic objects the interpreter has
// (Options.Provided: the export tables extracted of the module's
// packages) stay references to the compiled package; unexported ones,
// and those of internal packages, are copied. A copy that needs package
// unsafe, a function without a body (assembly, go:linkname) or cgo fails
// with an error wrapping ErrUnsafe, ErrNoBody or ErrCgo in a
// *ModuleError naming the package.
//
// # In a session
//
// kernel/check runs Specialize on every cell that type-checks (with
// AllNotebookGenerics), type-checks Result.File with the cell, lowers the
// copies with it and hands them to the session as Result.Generated;
// kernel/session evaluates those the log does not hold yet with the
// cell's declarations, and logs them for replay. In general:
//
// A generated declaration refers to the notebook's types (and a copy of a
// notebook function to what that function refers to), listed in
// Decl.CellNames, and the cell refers to it: evaluate the Decls after
// the declarations they name and before the cell's functions and
// statements, or in the same Eval as the cell's declarations (yaegi
// resolves the order within one). Keep the Keys evaluated; when a cell
// declares one of a Decl's CellNames anew, evaluate that Decl again.
// Result.Imports must be imported where Decls are evaluated. The copies
// name packages by their package names (bits, strings, sync): a cell
// that declares a top-level name equal to one of them cannot use a copy
// that imports it (the check of Result.File with the cell says so).
// Call Preload in the background while the kernel is idle, so that the
// first cell that sorts does not wait for GOROOT's slices to be loaded.
//
// # What the output still contains
//
// The copies are valid Go that type-checks together with the cell (as
// one package, e.g. with Result.File as a second file), but they are
// today's Go as GOROOT writes it, and still contain what the check
// package's lowering must rewrite before yaegi runs it: range over
// functions (slices.Collect, slices.AppendSeq, maps.Collect, ...), range
// over integers, the builtins min, max and clear (slices.Max, slices.Delete,
// slices.Chunk, ...), type switches and assertions on interface types
// (errors.AsType's walk of the error tree), labeled loops, and whatever
// else GOROOT's code uses. One yaegi fault is avoided in the copies
// themselves: a nil in a tuple assignment (line, s = s, nil, as in
// bytes.Lines) is written with its type, ([]byte)(nil), since yaegi
// panics on the untyped one. Generic types become named non-generic types
// (iterꞏSeqꞏint is a func type); a function literal is assignable to them
// as to iter.Seq[int].
//
// # Plain-Go replacements
//
// Some declarations have no Go body the interpreter can run: maps.Clone
// and iter.Pull ask the runtime (go:linkname); atomic.Pointer,
// reflect.TypeFor and slices' overlap test use package unsafe. For these,
// mono has replacements written for this package (overrides.go): Clone
// copies with a loop, Pull and Pull2 run the sequence in a goroutine that
// hands over one value per call of next, atomic.Pointer keeps a boxed
// pointer in an atomic.Value, TypeFor asks reflect.TypeOf, overlaps
// compares element addresses, unique.Make interns in a map (whose
// values are never freed). The And and Or functions of sync/atomic,
// reflect.TypeAssert, rand.N and the assembly of internal/bytealg (which
// copies of os.CopyFS or filepath.Localize reach) are replaced too. They
// are substituted for the originals before GOROOT's package is
// type-checked, so everything else in it uses them unchanged. What still
// needs the runtime or unsafe without a replacement (weak.Make,
// maphash.Comparable, runtime.AddCleanup, ...) fails with an error
// wrapping ErrNoBody or ErrUnsafe, naming the declaration, and so does a
// copy that would reach an unexported member of a type the interpreter
// provides compiled (os.Root and os.File); the cell is then not run.
//
// A copied package-level variable is a new variable: sentinel values
// copied this way are not == to the compiled package's (none of the
// copies made for slices, maps, cmp, iter, strings, bytes, errors and
// sync/atomic are such variables).
//
// # Cost
//
// A Specializer parses and type-checks each GOROOT package it copies
// from once (its imports read from the build cache's export data, or
// from source when that fails), and makes each specialisation once, for
// the life of the process. Measured on the development machine
// (BenchmarkSort*, BenchmarkTypicalCell*; two cores, noisy under load):
// slices.Sort for []int cold in a new process 80 to 360 ms (17 to 30 ms
// once the go command's export data lookups are warm; 340 to 700 ms with
// the source importer), for a new element type with slices loaded about
// 1 ms, again for []int from the cache 9 to 16 µs; a cell with five
// generic uses (SortFunc on a cell type, cmp.Compare, Sorted(Keys), Max,
// strings.Lines) about 40 µs warm and 160 ms cold.
package mono
