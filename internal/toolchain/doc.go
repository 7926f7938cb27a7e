// Package toolchain puts the Go toolchain in a notebook's loop: it keeps a
// Go module of the notebook's own, resolves the third-party packages cells
// import with the go command (honouring the user's GOPROXY, GOPRIVATE,
// GOFLAGS, GONOSUMDB), compiles the declarations of %%compile cells as a
// package of that module, and builds a gofutures program that links both
// in: the packages' APIs as yaegi export tables generated with yaegi's own
// extract package, so that the program's interpreter (and the process-pool
// workers it starts, which are the same program) can import them and run
// them at compiled speed.
//
// Built programs are cached by a content hash of everything that goes into
// them — the imports, the notebook module's go.mod and go.sum (which pin
// every version), the compiled cells, the toolchain's version and
// platform, and gofutures' own source or version — so that a notebook
// started again with the same imports gets its program without building.
//
// Nothing here runs a shell: import paths and versions are validated and
// handed to the go command as separate arguments.
//
// The kernel uses it through package kernel/build. Other programs can be
// built the same way: Builder.Entry names the package whose
// Main(interp.Exports) the generated program runs (kernel/command, the
// gofutures command, by default), Spec.Compiled takes any declarations as
// the package gofuturesnb.local/cells, and Spec.Instances compiles
// instantiations of generics. Compiled process-pool workers (a program
// whose entry serves a pool's tasks with the notebook's declarations
// compiled in) fit that shape: a Spec of the notebook's declarations, an
// Entry of their own, the same cache.
package toolchain
