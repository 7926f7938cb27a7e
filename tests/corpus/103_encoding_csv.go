//go:build ignore

// encoding/csv: reading records with quotes and writing them back.
package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strings"
)

const in = `first_name,last_name,username
"Rob","Pike",rob
Ken,Thompson,ken
"Robert ""Bob""","Griesemer","gri, the"
`

//cell

func main() {
	r := csv.NewReader(strings.NewReader(in))
	records, err := r.ReadAll()
	fmt.Println(len(records), err)
	for _, rec := range records {
		fmt.Printf("%q\n", rec)
	}
	w := csv.NewWriter(os.Stdout)
	w.Comma = ';'
	w.Write([]string{"a", "b;c", `quote"d`})
	w.Write([]string{"1", "", "3"})
	w.Flush()
	bad := csv.NewReader(strings.NewReader("a,b\nc\n"))
	_, err = bad.ReadAll()
	fmt.Println(err)
}
