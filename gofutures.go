// Package gofutures is the root of the gofutures module: a Jupyter kernel
// for Go (cmd/gofutures, kernel), Python's concurrent.futures for Go
// (executor) and rich output for notebooks (display).
//
// The package itself carries only the sources of the libraries cells
// import, so that the kernel can complete and document them on machines
// whose GOROOT and module cache do not have them.
package gofutures

import (
	"embed"
	"io/fs"
)

//go:embed executor/*.go executor/cluster/*.go display/*.go
var sources embed.FS

// LibrarySources returns the Go files of the packages executor,
// executor/cluster and display, tests included, in directories named
// after them.
func LibrarySources() fs.FS { return sources }
