// Package num has the constraints of package gen.
package num

// Integer is a signed integer type.
type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

// Number is an integer or a float.
type Number interface {
	Integer | ~float32 | ~float64
}
