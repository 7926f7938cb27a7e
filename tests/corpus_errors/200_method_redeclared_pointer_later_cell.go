//go:build ignore

// A later cell declares the method again with a pointer receiver.
package main

import "fmt"

//cell

type Temp struct{ C float64 }

func (t Temp) String() string { return fmt.Sprintf("%.1fC", t.C) }

//cell

func (t *Temp) String() string { return fmt.Sprintf("%.1f°C", t.C) }

//cell

func main() {
	fmt.Println(Temp{21})
}
