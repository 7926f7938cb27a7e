package toolchain

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Kinds of failure, for errors.Is: every error of this package that a
// caller may act on is an *Error whose Kind is one of these.
var (
	// ErrInvalidImportPath: the import path or module query is malformed;
	// the go command was not run.
	ErrInvalidImportPath = errors.New("invalid import path")
	// ErrModuleNotFound: no module provides the package.
	ErrModuleNotFound = errors.New("module not found")
	// ErrVersionNotFound: the module exists but not at that version.
	ErrVersionNotFound = errors.New("version not found")
	// ErrOffline: the module proxy cannot be reached (or GOPROXY=off) and
	// the module cache does not have what is needed.
	ErrOffline = errors.New("module not available offline")
	// ErrNeedsCgo: a package needs cgo and there is no C compiler (or
	// CGO_ENABLED=0).
	ErrNeedsCgo = errors.New("package needs cgo")
	// ErrCompiledUsesInterpreted: a %%compile cell uses a name declared in
	// an interpreted cell.
	ErrCompiledUsesInterpreted = errors.New("compiled cell uses an interpreted declaration")
	// ErrBuild: the go command failed otherwise (compile errors included).
	ErrBuild = errors.New("build failed")
	// ErrNoSource: gofutures' own source or version could not be found to
	// link the program with.
	ErrNoSource = errors.New("gofutures source not found")
)

// Error is a failure of the toolchain with what the user needs to fix it.
type Error struct {
	Kind   error  // one of the Err* values
	Path   string // import path or module query concerned, if any
	Detail string // what went wrong, in a line or a few
	Hint   string // how to fix it, if known
	// Diagnostics are the go command's messages that name a position,
	// mapped to cells where they are in a %%compile cell.
	Diagnostics []Diagnostic
}

// Error implements error.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Kind.Error())
	if e.Path != "" {
		b.WriteString(": ")
		b.WriteString(e.Path)
	}
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	if e.Hint != "" {
		b.WriteString("\n")
		b.WriteString(e.Hint)
	}
	return b.String()
}

// Unwrap returns Kind, so that errors.Is(err, ErrModuleNotFound) works.
func (e *Error) Unwrap() error { return e.Kind }

// Diagnostic is one positioned message of the compiler or the go command.
type Diagnostic struct {
	File string // a cell's name (see Cell.Name) or a file of the build
	Line int
	Col  int // 0 when unknown
	Msg  string
}

// String formats d as the go command does: file:line:col: msg.
func (d Diagnostic) String() string {
	if d.Col > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", d.File, d.Line, d.Col, d.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", d.File, d.Line, d.Msg)
}

// What a module proxy (file-system or HTTP) answers for a version or a
// module it lacks.
var (
	versionFileRE = regexp.MustCompile(`@v/[^/\s]+\.(info|mod|zip): (no such file or directory|40[34] |410 )`)
	moduleListRE  = regexp.MustCompile(`@v/list: (no such file or directory|40[34] |410 )`)
)

var diagRE = regexp.MustCompile(`^(?:\./)?([^\s:][^:]*):(\d+)(?::(\d+))?: (.+)$`)

// parseDiagnostics returns the positioned lines of go command output.
func parseDiagnostics(out string) []Diagnostic {
	var ds []Diagnostic
	for _, line := range strings.Split(out, "\n") {
		m := diagRE.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			continue
		}
		d := Diagnostic{File: m[1], Msg: m[4]}
		d.Line, _ = strconv.Atoi(m[2])
		d.Col, _ = strconv.Atoi(m[3])
		ds = append(ds, d)
	}
	return ds
}

// Hints, shared by the errors that need them.
const (
	hintOffline = "The go command could not reach the module proxy and the module cache does not have it. " +
		"Connect to the network, or set GOPROXY (for example GOPROXY=https://proxy.golang.org,direct, " +
		"or GOPROXY=file:///path/to/mirror for a local mirror) and GOFLAGS=-mod=mod in the environment the kernel starts in; " +
		"for private modules set GOPRIVATE / GONOSUMDB."
	hintCgo = "This package uses cgo: install a C compiler (for example `apt-get install gcc`) " +
		"and make sure CGO_ENABLED is not 0 in the kernel's environment."
	hintNotFound = "Check the import path (the module proxy has no module that provides it); " +
		"for a private module set GOPRIVATE and make sure the go command can reach its repository."
	hintVersion = "Use `%go get MODULE@latest`, or a version the module has (see `go list -m -versions MODULE`)."
)

// classify turns a failed go command's output into an *Error.
func classify(path, out string) *Error {
	low := strings.ToLower(out)
	detail := firstLines(out, 6)
	has := func(subs ...string) bool {
		for _, s := range subs {
			if strings.Contains(low, s) {
				return true
			}
		}
		return false
	}
	switch {
	case has("module lookup disabled by goproxy=off", "import lookup disabled by -mod=", "dial tcp", "no such host",
		"network is unreachable", "connection refused", "i/o timeout", "tls handshake timeout",
		"temporary failure in name resolution"):
		return &Error{Kind: ErrOffline, Path: path, Detail: detail, Hint: hintOffline}
	case moduleListRE.MatchString(low) || has("does not contain package"):
		// The proxy has no versions of it (its answer may go on about an
		// "invalid version" of @latest).
		return &Error{Kind: ErrModuleNotFound, Path: path, Detail: detail, Hint: hintNotFound}
	case versionFileRE.MatchString(low) || has("unknown revision", "invalid version", "no matching versions for query", "invalid pseudo-version"):
		return &Error{Kind: ErrVersionNotFound, Path: path, Detail: detail, Hint: hintVersion}
	case has("c compiler", "cgo: ", "error processing cgo", "cgo_enabled=0") && has("cgo", "c compiler"):
		return &Error{Kind: ErrNeedsCgo, Path: path, Detail: detail, Hint: hintCgo}
	case has("cannot find module providing package", "404 not found", "410 gone", "unrecognized import path",
		"is not in std", "malformed module path", "no required module provides package",
		"module declares its path as", "repository not found", "not found: "):
		return &Error{Kind: ErrModuleNotFound, Path: path, Detail: detail, Hint: hintNotFound}
	}
	return &Error{Kind: ErrBuild, Path: path, Detail: detail, Diagnostics: parseDiagnostics(out)}
}

// bareImportPath matches the lines `go build -v` prints, package names.
var bareImportPath = regexp.MustCompile(`^[A-Za-z0-9_./~+-]+$`)

// firstLines returns the first n non-empty lines of s, trimmed, leaving
// out the names of packages compiled.
func firstLines(s string, n int) string {
	var keep []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimRight(l, " \t\r"); l == "" || bareImportPath.MatchString(l) {
			continue
		}
		if keep = append(keep, l); len(keep) == n {
			break
		}
	}
	return strings.Join(keep, "\n")
}
