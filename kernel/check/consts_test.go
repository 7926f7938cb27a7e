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
