package rt

// Defers is the state of the deferred calls of a function that
// kernel/check runs each in a wrapper of its own (kernel/check's
// defers.go): yaegi v0.16.1 runs a function's deferred calls in a loop
// that a panic in one of them ends, so the others did not run and could
// not recover it. A wrapper catches the panic of its call (Done); the
// current panic, Go's (the last raised), is what a deferred function's
// recover returns (Recover; the function's own, which the interpreter
// holds, is taken first: Take); after the last deferred call, a panic
// caught and not recovered is raised again.
type Defers struct {
	n         int
	p         any
	panicking bool
}

// Add counts a deferred call, at its defer statement.
func (d *Defers) Add() { d.n++ }

// Take makes r, the function's panic as recover returned it in a
// wrapper, the current panic, unless a deferred call panicked since
// (which replaced it).
func (d *Defers) Take(r any) {
	if r != nil && !d.panicking {
		d.p, d.panicking = r, true
	}
	if r != nil {
		defersCaught()
	}
}

// Recover is recover() in a deferred function: the current panic, which
// it stops.
func (d *Defers) Recover() any {
	if !d.panicking {
		return nil
	}
	p := d.p
	d.p, d.panicking = nil, false
	return p
}

// Done ends a deferred call, which panicked with r when r is not nil (r
// becomes the current panic); after the last, the current panic, if
// any, goes on.
func (d *Defers) Done(r any) {
	if r != nil {
		d.p, d.panicking = r, true
		defersCaught()
	}
	d.n--
	if d.n == 0 && d.panicking {
		p := d.p
		d.p, d.panicking = nil, false
		panic(p)
	}
}
