package check

import (
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/gofutures/gofutures/kernel/cell"
)

// Import is an import a cell needs evaluated.
type Import struct {
	Name, Path string
	Auto       bool // added by the checker: the cell used it without importing it
}

// Source returns the import declaration.
func (i Import) Source() string {
	if i.Name == pathBase(i.Path) {
		return "import " + strconv.Quote(i.Path)
	}
	return "import " + i.Name + " " + strconv.Quote(i.Path)
}

// Result is what Check found out about a cell that compiles.
type Result struct {
	// Parsed, when set, is the cell that was checked and lowered in place
	// of the one given: with the types declared in its functions that
	// generic code names declared at its top level (hoist.go). Run it.
	Parsed  *cell.Parsed
	hoisted string // the source of Parsed, for Check
	// varStmts is, for a check that failed, the cell with the var
	// declarations initialized from its statements' variables written as
	// statements (varsAsStatements), for Check
	varStmts string
	// Wrapped is set when Stmts run in a function literal (see stmts.go):
	// Go's semantics at the top level of a cell (defer runs at its end).
	// Otherwise the statements keep the top level, because the type of a
	// variable they declare cannot be written in package main.
	Wrapped bool
	// TopLevel is set when Stmts are simple statements (expressions,
	// assignments, sends; no function literals, no type assertions),
	// which yaegi runs right at the top level: cheaper than a function
	// literal.
	TopLevel bool
	// Unchecked is set when the cell imports a package the checker cannot
	// see (one the interpreter got from elsewhere): nothing was checked or
	// lowered, and the cell should run as written.
	Unchecked bool
	// Notes are one-line messages for the user (automatic imports).
	Notes []string
	// AutoImports are the imports the checker added.
	AutoImports []Import
	// Decls are the cell's non-import declarations lowered, in the order
	// of cell.Parsed.Decls (imports left out); each keeps its Decl's
	// offsets.
	Decls []*Lowered
	// Stmts are the cell's statements lowered, or nil.
	Stmts *Lowered
	// Prelude declares, after Decls and before Stmts are evaluated, the
	// notebook variables the statements set whose type is new and the
	// hidden variables of the lowering (Go declarations, one per line),
	// or "".
	Prelude string
	// EarlyPrelude declares, before Decls are evaluated, the notebook
	// variables the cell's statements declare that its declarations use
	// (var scale int, for scale := 2 beside a func that reads scale), or
	// "". The statements set them.
	EarlyPrelude string
	early        []*nbVar // of a check that failed: the variables to declare first
	// Vars are the notebook variables the statements declare, with their
	// types as Go source.
	Vars map[string]string
	// Redeclared are the notebook variables the cell's evaluation
	// declares anew (Prelude's, or := at the top level): yaegi gives
	// them new storage, which the functions compiled before do not see,
	// so those must be evaluated again after it. (A := of variables the
	// notebook has, of the same types, is lowered to =.)
	Redeclared []string
	// Trailing describes the value of the cell's last expression, or nil.
	Trailing *Trailing
	// Broken are earlier declarations that this cell makes fail to
	// compile (a changed signature); committing drops them.
	Broken []Broken
	// Generated are declarations the cell needs that the checker made
	// (specialised generic standard-library code, see generic.go),
	// lowered, to evaluate with Decls; GeneratedImports are the imports
	// they need.
	Generated        []*cell.Decl
	GeneratedImports []Import
	// Relowered are earlier declarations of the notebook lowered again,
	// because the cell declares types their lowering depends on (see
	// relower.go): each as the log holds it (its cell, Orig the source as
	// written), with its new Src, to evaluate with Decls in place of the
	// one the log holds. Their imports are in GeneratedImports.
	Relowered []*cell.Decl
	// Instances are the instantiations of generics of compiled packages
	// (third-party ones, %%compile cells) that the cell uses and the
	// running program lacks (see instances.go). When there are any,
	// nothing else is set: the cell must not run; a program built with
	// them (kernel/build) runs it.
	Instances []toolchain.Instance

	commit func()
}

// Broken is an earlier declaration that no longer compiles.
type Broken struct {
	Decl *cell.Decl
	Err  *Error // in the coordinates of the cell that declared it
}

// Trailing is the value a cell shows: its last statement, when that is an
// expression with a value.
type Trailing struct {
	// Show is set when there is a value to show.
	Show bool
	// IsError is set when the value is an error, shown only when non-nil.
	IsError bool
	// ErrVar, when set, names a variable the lowered statements assign
	// the error result of a trailing call with several results: when it
	// is non-nil, it is what the cell shows.
	ErrVar string
	// Type is the value's type, as Go source in package main.
	Type string
	// Rendered is set when the value is what Config.Render returned.
	Rendered bool
}

// Commit records the cell in the notebook's model. Call it after the
// cell ran; a cell that failed to check has no Result to commit.
func (r *Result) Commit() {
	if r != nil && r.commit != nil {
		r.commit()
		r.commit = nil
	}
}

func pathBase(p string) string {
	b := p[strings.LastIndexByte(p, '/')+1:]
	if len(b) >= 2 && b[0] == 'v' && b[1] >= '0' && b[1] <= '9' && strings.Contains(p, "/") {
		q := p[:strings.LastIndexByte(p, '/')]
		return q[strings.LastIndexByte(q, '/')+1:]
	}
	return b
}
