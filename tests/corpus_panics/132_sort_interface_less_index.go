//go:build ignore

// sort.Sort calling a Less that reads past a row.
package main

import (
	"fmt"
	"sort"
)

//cell

type Table [][]string

func (t Table) Len() int           { return len(t) }
func (t Table) Less(i, j int) bool { return t[i][1] < t[j][1] }
func (t Table) Swap(i, j int)      { t[i], t[j] = t[j], t[i] }

//cell

func main() {
	t := Table{{"b", "2"}, {"a", "1"}}
	sort.Sort(t)
	fmt.Println(t)
	t = append(t, []string{"c"})
	sort.Sort(t)
}
