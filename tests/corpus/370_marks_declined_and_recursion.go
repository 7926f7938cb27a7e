//go:build ignore

// Functions whose failing places a mark could not tell apart (an else-if
// condition, a loop condition, a deferred close), recursive ones, and
// closures dividing in several places, with the runtime errors recovered.
package main

import "fmt"

//cell

func try(f func() int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return f(), nil
}

func pick(x, y, z int) int {
	if x > 100 {
		return 1
	} else if x/y > 2 {
		return x % z
	}
	return 0
}

func steps(n, d int) int {
	k := 0
	for i := 0; i < n/d; i++ {
		k += i % d
	}
	return k
}

func drain(a, b chan int) (sum int) {
	defer close(a)
	for v := range b {
		sum += v
	}
	close(b)
	return sum
}

func digits(n, base int) int {
	if n < base {
		return n % base
	}
	return digits(n/base, base) + n%base
}

func scaler(k int) func(int, int) int {
	return func(a, b int) int {
		q := a / b
		r := a % k
		return q*10 + r
	}
}

//cell

func main() {
	fmt.Println(try(func() int { return pick(9, 2, 4) }))
	fmt.Println(try(func() int { return pick(9, 0, 4) }))
	fmt.Println(try(func() int { return pick(9, 2, 0) }))
	fmt.Println(try(func() int { return steps(10, 3) }))
	fmt.Println(try(func() int { return steps(10, 0) }))
	a, b := make(chan int), make(chan int, 3)
	b <- 4
	b <- 5
	close(b)
	fmt.Println(try(func() int { return drain(a, b) }))
	fmt.Println(try(func() int { return digits(1234, 10) }))
	fmt.Println(try(func() int { return digits(99, 0) }))
	s := scaler(4)
	fmt.Println(try(func() int { return s(17, 3) }))
	fmt.Println(try(func() int { return s(17, 0) }))
	fmt.Println(try(func() int { return scaler(0)(17, 3) }))
}
