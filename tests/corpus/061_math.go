//go:build ignore

// math: functions, constants, special values, integer limits and bits.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func hypot(a, b float64) float64 { return math.Sqrt(a*a + b*b) }

//cell

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2)
	fmt.Println(hypot(3, 4), math.Pow(2, 10), math.Cbrt(27))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(0), math.Atan2(1, 1))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(2.5), math.Trunc(-2.7), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Remainder(7, 3))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(1/math.Inf(1), 0))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Log(math.E), math.Log2(8), math.Log10(0.001), math.Exp(0))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Float64bits(1.0), math.Float32frombits(0x40490fdb))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp, math.Signbit(math.Copysign(0, -1)), math.Hypot(5, 12))
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros(8), bits.Len(1023), bits.Reverse8(1))
	hi, lo := bits.Mul64(math.MaxUint64, 2)
	fmt.Println(hi, lo)
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
}
