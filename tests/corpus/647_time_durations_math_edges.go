//go:build ignore

// Durations formatted, rounded and parsed, months added past their ends,
// time zones, ISO weeks; math's rounding, NaN and infinities, float
// formatting verbs and float32 precision.
package main

import (
	"fmt"
	"math"
	"time"
)

func step1() {
	start := time.Date(2024, time.January, 31, 23, 45, 0, 0, time.UTC)
	fmt.Println(start.AddDate(0, 1, 0).Format("2006-01-02"), start.Add(30*time.Minute).Format(time.DateTime))
	fmt.Println(1500*time.Millisecond, time.Duration(90)*time.Second, 2*time.Hour+3*time.Minute, time.Duration(1), time.Duration(0))
	d := 3*time.Hour + 25*time.Minute + 7*time.Second + 500*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour), d.String())
	est := time.FixedZone("EST", -5*3600)
	fmt.Println(start.In(est), start.In(est).Format(time.RFC1123Z))
	t2, err := time.Parse("2006-01-02 15:04", "2024-03-10 08:30")
	fmt.Println(t2, err, t2.Sub(start).Round(time.Hour), t2.After(start), t2.Weekday(), t2.Month(), int(t2.Month()))
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(err)
	fmt.Println(start.Format("Jan _2 '06 3:04PM Monday MST -0700"), start.Unix(), time.Unix(0, 0).UTC())
	y, w := start.ISOWeek()
	fmt.Println(y, w, start.YearDay(), start.Equal(start.In(est)), start == start.In(est))
	dl, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(dl, dl.Seconds())
	var zero time.Time
	fmt.Println(zero.IsZero(), zero)
}

//cell

func step2() {
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Floor(-0.5), math.Ceil(1.0001), math.Trunc(-3.9), math.RoundToEven(2.5))
	fmt.Println(math.Sqrt(2), math.Pow(2, 0.5), math.Cbrt(27), math.Hypot(3, 4), math.Abs(-0.0), math.Mod(7, -3), math.Remainder(7, 3))
	nan := math.NaN()
	fmt.Println(nan == nan, math.IsNaN(nan), math.Inf(1), -math.Inf(1), math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%.3g %e %E %.0f %5.2f%% %g %g\n", 1234.5678, 123456.789, 0.000123, 2.5, 99.5, 1e21, 1e-7)
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1), float64(float32(0.1)), 1/3.0)
	var f32 float32 = 16777216
	fmt.Println(f32+1, int64(math.MaxInt32)+1, math.MaxUint32, uint64(math.MaxUint64))
	vals := map[float64]int{nan: 1, 1.5: 2}
	vals[nan] = 3
	fmt.Println(len(vals), vals[1.5])
	fmt.Println(math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Exp(0), math.Sin(math.Pi/2), math.Atan2(1, 1)*4)
	x := 7
	avg := float64(x) / 2
	fmt.Println(avg, x/2, float64(x/2), int(avg+0.5), math.Signbit(-0.0*1), math.Copysign(3, -1))
}

//cell

func main() {
	step1()
	step2()
}
