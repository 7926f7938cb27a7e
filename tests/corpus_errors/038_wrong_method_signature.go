//go:build ignore

// A method of the interface's name with another result type.
package main

import "fmt"

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() []byte { return []byte(fmt.Sprintf("%.1f", float64(t))) }

//cell

func main() {
	var s Stringer = Temp(21.5)
	fmt.Println(s)
}
