// Package unsafegen has a generic function that needs package unsafe.
package unsafegen

import "unsafe"

// Size is the size of a T.
func Size[T any]() uintptr {
	var x T
	return unsafe.Sizeof(x)
}
