//go:build ignore

// Values: strings, integers, floats and booleans.
package main

import "fmt"

//cell

func main() {
	fmt.Println("go" + "lang")
	fmt.Println("1+1 =", 1+1)
	fmt.Println("7.0/3.0 =", 7.0/3.0)
	fmt.Println(7/3, 7%3, -7/3, -7%3)
	fmt.Println(true && false, true || false, !true)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), 0.1+0.2)
	fmt.Println(1e21, 1e20, 123456789.0, 1e-7)
	fmt.Println('a', "a"[0], string(rune(97)))
	var c complex128 = complex(1, 2)
	fmt.Println(c*c, real(c), imag(c))
}
