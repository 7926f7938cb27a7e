package rt

import (
	"errors"
	"math"
	"regexp"
	"testing"
)

type panicCode int

type panicName string

type panicLevel float64

type panicPoint struct{ X, Y int }

// PanicValueText prints a panic's value as Go's runtime does when the
// panic ends the program (printpanicval).
func TestPanicValueText(t *testing.T) {
	for _, c := range []struct {
		v    any
		name string
		want string
	}{
		{"bad\nthing", "", "bad\n\tthing"},
		{42, "", "42"},
		{uint8(7), "", "7"},
		{true, "", "true"},
		{1.5, "", "1.5"},
		{-0.00025, "", "-0.00025"},
		{1e21, "", "1e+21"},
		{123456789.0, "", "1.23456789e+08"},
		{float32(0.1), "", "0.1"},
		{math.Inf(1), "", "+Inf"},
		{math.NaN(), "", "NaN"},
		{complex(1, -2), "", "(1-2i)"},
		{complex64(complex(0.1, 1e30)), "", "(0.1+1e+30i)"},
		{panicLevel(1.5), "main.Level", "main.Level(1.5)"},
		{panicCode(7), "main.Code", "main.Code(7)"},
		{panicName("x"), "main.Name", `main.Name("x")`},
		{panicPoint{1, 2}, "main.Point", "(main.Point) 0xADDR"},
		{&panicPoint{1, 2}, "*main.Point", "(*main.Point) 0xADDR"},
		{nil, "", "nil"},
	} {
		got := regexp.MustCompile(`0x[0-9a-f]+`).ReplaceAllString(PanicValueText(c.v, c.name), "0xADDR")
		if got != c.want {
			t.Errorf("PanicValueText(%#v, %q) = %q, want %q", c.v, c.name, got, c.want)
		}
	}
}

// The text noted for a panic is the session's for that panic only.
func TestPanicNotedText(t *testing.T) {
	PanicText(3, "v", func() string { return "text" })
	if got, fault := NotedText("v"); got != "text" || fault != nil {
		t.Errorf("NotedText = %q, %v", got, fault)
	}
	if got := PanicLine("v"); got != 3 {
		t.Errorf("PanicLine = %d after NotedText", got)
	}
	PanicText(4, errors.New("e"), func() string { panic("no") })
	if got, fault := NotedText("e"); got != "" || fault == nil || fault.Error() != "panic while printing panic value: no" {
		t.Errorf("NotedText of a text that panics = %q, %v", got, fault)
	}
	PanicText(5, errors.New("f"), func() string { panic(errors.New("deeper")) })
	if _, fault := NotedText("f"); fault == nil || fault.Error() != "panic while printing panic value: type *errors.errorString" {
		t.Errorf("NotedText of a text that panics with an error: %v", fault)
	}
	if got, fault := NotedText("other"); got != "" || fault != nil {
		t.Errorf("NotedText of another panic = %q, %v", got, fault)
	}
}
