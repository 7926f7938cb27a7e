//go:build ignore

// Constants and typed enums across cells: sizes, iota, String methods.
package main

import "fmt"

const N = 4

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

//cell

var grid [N][N]int

const Big = N * 1000

func (d Weekday) Next() Weekday { return (d + 1) % 3 }

//cell

func fill() {
	for i := range N {
		for j := range N {
			grid[i][j] = i*N + j
		}
	}
}

//cell

func main() {
	fill()
	fmt.Println(grid[N-1][N-1], Big, len(grid))
	d := Monday
	fmt.Println(d, d.Next(), d.Next().Next(), Tuesday-Sunday)
	var arr [Big / 1000]string
	fmt.Println(len(arr))
}
