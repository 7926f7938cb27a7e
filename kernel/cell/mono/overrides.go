package mono

// overrides are plain-Go replacements, written for this package, of
// standard-library declarations whose own source cannot run in the
// interpreter: ones implemented by the runtime (go:linkname) or in
// assembly, and ones built on package unsafe. Each is Go source in the
// package it replaces; its declarations take the place of the same-named
// ones (a type takes its methods with it) before that package is
// type-checked, so the rest of the package uses them unchanged.
var overrides = map[string]string{}
