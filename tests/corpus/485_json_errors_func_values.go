//go:build ignore

// encoding/json's Marshal, MarshalIndent and Unmarshal and errors.Is used
// as values (variables, a map of encoders, a helper's parameter), called
// with values of cell types: unexported fields left out, a MarshalJSON
// method called, a cell error found in a wrapped chain, as the direct
// calls do.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Item struct {
	SKU   string
	Count int
	cost  float64
}

type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	return []byte(`"L` + strings.Repeat("*", int(l)) + `"`), nil
}

type Missing struct{ Key string }

func (m Missing) Error() string { return "missing " + m.Key }

//cell

func encodeWith(enc func(any) ([]byte, error), v any) string {
	b, err := enc(v)
	if err != nil {
		return "error: " + err.Error()
	}
	return string(b)
}

func check(is func(error, error) bool, err error) []bool {
	return []bool{is(err, Missing{"a"}), is(err, Missing{"b"}), is(err, errors.ErrUnsupported)}
}

//cell

func main() {
	it := Item{"ab-1", 3, 9.5}
	m := json.Marshal
	b, _ := m(it)
	fmt.Println(string(b))
	fmt.Println(encodeWith(json.Marshal, it), encodeWith(json.Marshal, Level(2)))
	mi := json.MarshalIndent
	b, _ = mi(&it, "", "  ")
	fmt.Println(string(b))
	encoders := map[string]func(any) ([]byte, error){"compact": json.Marshal}
	b, _ = encoders["compact"]([]Item{it, {"cd-2", 1, 0}})
	fmt.Println(string(b))
	un := json.Unmarshal
	var got Item
	fmt.Println(un([]byte(`{"SKU":"z","Count":2,"cost":1}`), &got), got)
	is := errors.Is
	err := fmt.Errorf("lookup: %w", Missing{"a"})
	fmt.Println(is(err, Missing{"a"}), errors.Is(err, Missing{"a"}), check(errors.Is, err), check(is, errors.ErrUnsupported))
}
