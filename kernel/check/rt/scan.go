package rt

import "fmt"

// ScanFunc is a fmt.Scanner that is a function: the Scan method of a
// value of a cell type, bound to the value, which fmt's scanning
// functions do not see on the interpreter's value of the type in
// yaegi v0.16.1 (they scanned a Celsius float64 as a float64).
type ScanFunc func(st fmt.ScanState, verb rune) error

// Scan calls f.
func (f ScanFunc) Scan(st fmt.ScanState, verb rune) error { return f(st, verb) }
