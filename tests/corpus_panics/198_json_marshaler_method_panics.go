//go:build ignore

// A cell type's MarshalJSON method divides by a zero count; encoding/json
// recovers the panic and panics again with the same value.
package main

import (
	"encoding/json"
	"fmt"
)

//cell

type Stat struct {
	Total, Count int
}

func (s Stat) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"mean":%d}`, s.Total/s.Count)), nil
}

//cell

func dump(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))
}

//cell

func main() {
	dump(map[string]Stat{"a": {10, 2}})
	dump([]Stat{{9, 3}, {0, 0}})
}
