//go:build ignore

// Assertions and type switches on interfaces holding named basic types
// without methods: a Celsius is not a float64, an ID is not an int, a
// case lists several types, a generic function switches on its type
// parameter's values, and a failed assertion's panic names the type.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type ID int
type Name string

//cell

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case float64:
		return fmt.Sprint("float64 ", x)
	case Celsius:
		return fmt.Sprint("celsius ", x+0.5)
	case Fahrenheit, ID:
		return fmt.Sprintf("F-or-ID %v", x)
	case int, string:
		return fmt.Sprintf("plain %v", x)
	case Name:
		return "name " + string(x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func onlyBasic(v any) string {
	switch v.(type) {
	case float64:
		return "float64"
	case int:
		return "int"
	}
	return "neither"
}

func describe[T any](v T) string {
	switch any(v).(type) {
	case Celsius:
		return "T is Celsius"
	case float64:
		return "T is float64"
	}
	return fmt.Sprintf("T is %T", v)
}

func mustFloat(v any) (f float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return v.(float64), nil
}

//cell

func main() {
	vals := []any{Celsius(20), 20.0, Fahrenheit(68), ID(4), 4, "x", Name("n"), nil, int8(1)}
	for _, v := range vals {
		fmt.Printf("%-12s %-10s\n", kind(v), onlyBasic(v))
	}
	var c any = Celsius(5)
	f, okF := c.(float64)
	cv, okC := c.(Celsius)
	fv, okFa := c.(Fahrenheit)
	fmt.Println(f, okF, cv, okC, fv, okFa)
	var i any = 3
	id, okID := i.(ID)
	n, okN := i.(int)
	fmt.Println(id, okID, n, okN)
	fmt.Println(describe(Celsius(1)), describe(1.0), describe(ID(1)))
	_, err := mustFloat(Celsius(2))
	fmt.Println(err)
	v, err := mustFloat(2.5)
	fmt.Println(v, err)
}
