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

// A constant of a notebook's string, boolean or float type keeps its
// type in an interface: yaegi v0.16.1 gave const uk K = "user" held in
// an any the type string (%T printed string, a map[any] and a
// context.Context did not find the value under K("user")), bool and
// float64 likewise; const uk = K("user") keeps it. A constant of such
// a type is declared as the conversion of its value.
func TestTypedConstInInterface(t *testing.T) {
	runSteps(t,
		step{"type K string\nconst uk K = \"user\"\ntype B bool\nconst bt B = true\ntype F float64\nconst fpi F = 3.5\ntype F32 float32\nconst (\n\tf1 F32 = 1.5\n\tf2\n)\nconst uk2 = uk + \"x\"\nconst a1, a2 K = \"p\", \"q\"", ""},
		step{"var a, b, c, d, e, f any = uk, bt, fpi, f2, uk2, a2\nfmt.Printf(\"%T %T %T %T %T %T\\n\", a, b, c, d, e, f)", "main.K main.B main.F main.F32 main.K main.K\n"},
		step{"func g() { const loc K = \"z\"; var x any = loc; fmt.Printf(\"%T %v\\n\", x, x) }\ng()", "main.K z\n"},
		step{"m := map[any]int{uk: 1}\nfmt.Println(m[K(\"user\")], m[uk], uk == \"user\", len(uk), uk[1:], fpi*2, !bt)", "1 1 true 4 ser 7 false\n"},
		step{"const st K = \"s\"\nvar sa any = st\nfmt.Printf(\"%T\\n\", sa)", "main.K\n"},
		step{"import \"context\"\nctx := context.WithValue(context.Background(), uk, 42)\nfmt.Println(ctx.Value(K(\"user\")), ctx.Value(\"user\"))", "42 <nil>\n"},
		// (declared as the conversion of its value: yaegi made F(1.0 / 2) 0)
		step{"const half F = 1.0 / 2\nconst h2 = F(1.0 / 2)\nconst h3, s3 = 3 / F(2), K(\"a\") + uk\nfunc g() { const loc F = 1.0 / 4; fmt.Println(loc) }\nfmt.Println(half, h2, h3, s3)\ng()", "0.5 0.5 1.5 auser\n0.25\n"},
	)
}
