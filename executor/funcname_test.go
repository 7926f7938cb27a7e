package executor

import (
	"strings"
	"testing"
)

// Reports name package main's functions as a notebook's cells name them,
// so that a program prints the same compiled and as cells.
func TestShortFuncName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"main.gcd", "gcd"},
		{"main.main.func1", "main.func1"},
		{"main.Box.Double-fm", "Box.Double-fm"},
		{"strings.ToUpper", "strings.ToUpper"},
		{"gonum.org/v1/plot.New", "plot.New"},
		{"example.com/main.F", "main.F"}, // a package at a path ending in main is not package main
		{"example.com/tools/mainly.F", "mainly.F"},
	} {
		if got := shortFuncName(tc.in); got != tc.want {
			t.Errorf("shortFuncName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := funcName(strings.ToUpper); got != "strings.ToUpper" {
		t.Errorf("funcName(strings.ToUpper) = %q", got)
	}
}
