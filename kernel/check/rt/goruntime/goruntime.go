// Package runtime (imported from kernel/check/rt/goruntime) holds the
// runtime errors kernel/check/rt makes for what the interpreter raised
// itself: its name is the runtime's, so %T prints them as Go prints the
// runtime's own (*runtime.TypeAssertionError).
package runtime

// TypeAssertionError is a failed type assertion in a cell, as Go's
// runtime reports it (a runtime.Error).
type TypeAssertionError struct{ msg string }

// NewTypeAssertionError returns the error with message msg
// ("interface conversion: ...").
func NewTypeAssertionError(msg string) *TypeAssertionError {
	return &TypeAssertionError{msg: msg}
}

// NewUnhashableError returns the runtime error of using a value of the
// type Go names name, not comparable, as a map's key in an interface.
func NewUnhashableError(name string) error {
	return errorString("hash of unhashable type " + name)
}

// RuntimeError marks the error as a runtime error.
func (*TypeAssertionError) RuntimeError() {}

// Error returns the message, as Go's runtime words it.
func (e *TypeAssertionError) Error() string { return e.msg }

// boundsError is a conversion of a slice to an array longer than it,
// as Go's runtime reports it (its boundsError).
type boundsError struct{ x, y int }

// NewConvertError returns the runtime error of converting a slice of
// length x to an array of length y.
func NewConvertError(x, y int) error { return boundsError{x, y} }

// RuntimeError marks the error as a runtime error.
func (boundsError) RuntimeError() {}

// Error returns the message, as Go's runtime words it.
func (e boundsError) Error() string {
	return "runtime error: cannot convert slice with length " + itoa(e.x) + " to array or pointer to array with length " + itoa(e.y)
}

// errorString is a runtime error of a message alone, as Go's runtime
// reports it (its errorString).
type errorString string

// NewUncomparableError returns the runtime error of comparing two
// interface values holding values of the uncomparable type Go names
// name.
func NewUncomparableError(name string) error {
	return errorString("comparing uncomparable type " + name)
}

// NewError returns the runtime error of message msg ("unsafe.Slice: len
// out of range"), which Go's runtime prints after "runtime error: ".
func NewError(msg string) error { return errorString(msg) }

// RuntimeError marks the error as a runtime error.
func (errorString) RuntimeError() {}

// Error returns the message, as Go's runtime words it.
func (e errorString) Error() string { return "runtime error: " + string(e) }

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
