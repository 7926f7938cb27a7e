package check

import "testing"

// TestConstOfPackageConstant: a const declaration whose value combines a
// compiled package's constant with a literal (the Go blog's math.Pi
// examples), at the top level and in a function; yaegi v0.16.1 refused
// both ("constant definition loop", "mismatched types untyped float64
// and untyped float").
func TestConstOfPackageConstant(t *testing.T) {
	runSteps(t, step{`import "math"
const big = math.Pi * 1e30
const half = math.MaxInt64 / 2
func f() float64 { const k = math.Pi * 2.5; return k }
fmt.Printf("%.6e %d %.4f %v\n", big, half, f(), big/1e30 == math.Pi)`, "3.141593e+30 4611686018427387903 7.8540 true\n"})
}

// TestRealImagOfConstants: real and imag of a constant (untyped or typed,
// in a const declaration, an expression or a function) have the value
// go/types computed; yaegi v0.16.1 crashed ("CFG post-order panic:
// reflect: call of reflect.Value.Complex on interface Value"). A const
// spec repeated by iota keeps its expression.
func TestRealImagOfConstants(t *testing.T) {
	runSteps(t,
		step{"const c1 = 2i * 2i\nconst c3 complex64 = 1 + 2i\nconst r1, i3 = real(c1), imag(c3)\nfmt.Println(r1, i3, imag(c1+3i), real(c3))\nfmt.Printf(\"%T %T\\n\", i3, real(c3))", "-4 2 3 1\nfloat32 float32\n"},
		step{"func parts() (float64, float32) { return real(c1) * 2, imag(c3) }\nfmt.Println(parts())", "-8 2\n"},
		step{"const (\n\tz0 = complex(iota, 1)\n\tz1\n)\nfmt.Println(z0, z1)", "(0+1i) (1+1i)\n"},
	)
}

// len and cap of a pointer to an array are constants that do not
// dereference it: a nil *[3]int has len 3 (yaegi dereferenced it).
func TestLenOfNilArrayPointer(t *testing.T) {
	runSteps(t,
		step{"var p *[3]int\nconst n = len(p)\nfmt.Println(len(p), cap(p), n, len(p) == 3)", "3 3 3 true\n"},
	)
}

// TestComplexOfPackageConstant: complex of a literal and a compiled
// package's constant (complex(0, math.Pi), as in Euler's identity) has
// the value go/types computed; yaegi v0.16.1 refused it ("mismatched
// types untyped float and untyped float64"). A variable operand stays.
func TestComplexOfPackageConstant(t *testing.T) {
	runSteps(t,
		step{"import (\n\t\"math\"\n\t\"math/cmplx\"\n)\nfmt.Println(complex(0, math.Pi), complex(math.E, 1))\nfmt.Printf(\"%.3f\\n\", cmplx.Exp(complex(0, math.Pi)))", "(0+3.141592653589793i) (2.718281828459045+1i)\n(-1.000+0.000i)\n"},
		step{"x := 2.0\nvar c64 complex64 = complex(1, math.Pi)\nfmt.Println(complex(x, math.Pi), c64, min(1, math.Pi), max(math.Pi, 4))", "(2+3.141592653589793i) (1+3.1415927i) 1 4\n"},
	)
}
