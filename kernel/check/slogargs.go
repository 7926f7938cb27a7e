package check

import (
	"go/ast"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// slogValues are log/slog's functions and *slog.Logger's methods that
// take values to log, with the index of the first such argument: the
// key-value pairs (or attributes) after a message, a level and a
// context, the value of slog.Any and slog.AnyValue.
var slogValues = map[string]int{
	"Debug": 1, "Info": 1, "Warn": 1, "Error": 1,
	"DebugContext": 2, "InfoContext": 2, "WarnContext": 2, "ErrorContext": 2,
	"Log": 3, "With": 0,
}

// slogPkgValues are those of package slog alone.
var slogPkgValues = map[string]int{"Any": 1, "AnyValue": 0, "Group": 1}

// slogCall wraps the values a call of log/slog logs whose static types
// involve cell types in rt.Slog (rt.SlogAny for interfaces): slog then
// calls a cell type's LogValue, String and Error, and encodes it as Go's
// json does (see rt/slog.go). It returns the indexes of the arguments it
// wrapped.
func (lw *lowerer) slogCall(c *ast.CallExpr, sig *types.Signature, name string) map[int]bool {
	first, ok := slogValues[name]
	switch {
	case sig.Recv() == nil:
		if i, pkgOnly := slogPkgValues[name]; pkgOnly {
			first, ok = i, true
		}
	case types.TypeString(sig.Recv().Type(), nil) != "*log/slog.Logger":
		ok = false
	}
	if !ok || c.Ellipsis.IsValid() {
		return nil
	}
	wrapped := map[int]bool{}
	for i := first; i < len(c.Args); i++ {
		a := c.Args[i]
		tbl, ts, iface, ok := lw.argTable(a, lw.slogNeeds)
		if !ok {
			continue
		}
		open, close := described("Slog", tbl, ts, iface)
		lw.insert(a.Pos(), open)
		lw.insertClose(a.End(), close)
		wrapped[i] = true
	}
	if len(wrapped) > 0 {
		lw.extraImport(rtName, rt.Path)
	}
	return wrapped
}

// slogNeeds reports whether slog logs a value of static type t wrongly
// in yaegi v0.16.1: fmt prints it wrongly, json encodes it wrongly, or
// its type has a LogValue method.
func (lw *lowerer) slogNeeds(t types.Type) bool {
	return lw.fmtNeeds(t) || lw.jsonNeeds(t, nil) || hasLogValue(t)
}

// hasLogValue reports whether t is a cell type (or a pointer to one)
// whose method set has slog.LogValuer's method.
func hasLogValue(t types.Type) bool {
	base := t
	if p, ok := t.(*types.Pointer); ok {
		base = p.Elem()
	}
	if n, ok := types.Unalias(base).(*types.Named); !ok || !isCellNamed(n) {
		return false
	}
	return logValueSig(types.NewMethodSet(t)) != nil
}

// logValueSig returns the signature of LogValue() slog.Value in method
// set ms, nil if it has none.
func logValueSig(ms *types.MethodSet) *types.Signature {
	sel := ms.Lookup(nil, "LogValue")
	if sel == nil {
		return nil
	}
	sig, ok := sel.Type().(*types.Signature)
	if !ok || sig.Params().Len() != 0 || sig.Results().Len() != 1 || types.TypeString(sig.Results().At(0).Type(), nil) != "log/slog.Value" {
		return nil
	}
	return sig
}
