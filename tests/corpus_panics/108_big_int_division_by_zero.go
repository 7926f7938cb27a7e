//go:build ignore

// math/big division by a zero Int.
package main

import (
	"fmt"
	"math/big"
)

//cell

func ratio(a, b int64) *big.Int {
	return new(big.Int).Quo(big.NewInt(a), big.NewInt(b))
}

//cell

func main() {
	fmt.Println(ratio(10, 3))
	fmt.Println(ratio(1, 0))
}
