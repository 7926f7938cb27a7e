//go:build ignore

// Validating sign-up forms: every problem is collected with errors.Join
// (Go 1.20), wrapped with %w (several at once), searched with errors.Is,
// errors.As and the generic errors.AsType (Go 1.26), and optional fields
// are pointers made with new(expr) (Go 1.26).
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

type LimitError struct {
	Field    string
	Got, Max int
}

func (e LimitError) Error() string {
	return fmt.Sprintf("%s: %d exceeds %d", e.Field, e.Got, e.Max)
}

var ErrRequired = errors.New("required")

type Form struct {
	User    string
	Email   string
	Age     *int
	Invites *int
	Note    *string
}

//cell

func validate(f Form) error {
	var errs []error
	if f.User == "" {
		errs = append(errs, fmt.Errorf("user: %w", ErrRequired))
	} else if len(f.User) > 8 {
		errs = append(errs, LimitError{"user", len(f.User), 8})
	}
	if !strings.Contains(f.Email, "@") {
		errs = append(errs, &FieldError{"email", "no @ in " + fmt.Sprintf("%q", f.Email)})
	}
	if f.Age != nil && *f.Age < 13 {
		errs = append(errs, &FieldError{"age", fmt.Sprint("too young: ", *f.Age)})
	}
	if f.Invites != nil && *f.Invites > 5 {
		errs = append(errs, LimitError{"invites", *f.Invites, 5})
	}
	return errors.Join(errs...)
}

func fieldsOf(err error) []string {
	var out []string
	var walk func(error)
	walk = func(e error) {
		switch x := e.(type) {
		case interface{ Unwrap() []error }:
			for _, inner := range x.Unwrap() {
				walk(inner)
			}
		case *FieldError:
			out = append(out, x.Field)
		case LimitError:
			out = append(out, x.Field)
		default:
			if u := errors.Unwrap(e); u != nil {
				walk(u)
			} else {
				out = append(out, "?"+e.Error())
			}
		}
	}
	if err != nil {
		walk(err)
	}
	return out
}

//cell

func intp(n int) *int { return &n }

func show(f Form) string {
	age, inv, note := "-", "-", "-"
	if f.Age != nil {
		age = fmt.Sprint(*f.Age)
	}
	if f.Invites != nil {
		inv = fmt.Sprint(*f.Invites)
	}
	if f.Note != nil {
		note = *f.Note
	}
	return fmt.Sprintf("%s <%s> age=%s invites=%s note=%s", f.User, f.Email, age, inv, note)
}

//cell

func main() {
	forms := []Form{
		{User: "ana", Email: "ana@example.org", Age: new(31), Note: new("hi " + strings.Repeat("!", 2))},
		{User: "", Email: "nobody", Age: new(9)},
		{User: "maximilian", Email: "max@x.io", Invites: new(3 * 4)},
		{User: "bo", Email: "bo@x.io", Age: intp(40), Invites: new(len("five!"))},
	}
	for i, f := range forms {
		err := validate(f)
		fmt.Printf("form %d: %s\n", i, show(f))
		if err == nil {
			fmt.Println("  ok")
			continue
		}
		fmt.Printf("  %d line(s):\n", strings.Count(err.Error(), "\n")+1)
		for l := range strings.Lines(err.Error()) {
			fmt.Println("   -", strings.TrimSpace(l))
		}
		fmt.Println("  fields:", fieldsOf(err), "required:", errors.Is(err, ErrRequired))

		if fe, ok := errors.AsType[*FieldError](err); ok {
			fmt.Println("  first field error:", fe.Field)
		}
		if le, ok := errors.AsType[LimitError](err); ok {
			fmt.Println("  limit:", le.Field, le.Got-le.Max, "over")
		}
		var le LimitError
		fmt.Println("  errors.As LimitError:", errors.As(err, &le))
	}

	// new(expr) gives a fresh variable every time
	p, q := new(42), new(42)
	*p++
	fmt.Println(*p, *q, p != q)
	type point struct{ X, Y int }
	pt := new(point{1, 2})
	pt.Y = 20
	fmt.Printf("%+v %T\n", *pt, pt)
	s := new([]string{"a"})
	*s = append(*s, "b")
	fmt.Println(*s, *new(3.5)*2, *new(true), *new(int64(7))<<2)

	// a join of joins, a wrapper of several errors with %w twice
	both := fmt.Errorf("save failed: %w; then %w", fs.ErrPermission, fs.ErrNotExist)
	all := errors.Join(both, nil, errors.Join(ErrRequired))
	fmt.Println(all)
	fmt.Println(errors.Is(all, fs.ErrNotExist), errors.Is(all, fs.ErrPermission), errors.Is(all, fs.ErrExist))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil, errors.Unwrap(all) == nil)
	if pe, ok := errors.AsType[*fs.PathError](all); ok {
		fmt.Println("path error?", pe)
	} else {
		fmt.Println("no path error")
	}
	wrapped := fmt.Errorf("open config: %w", &fs.PathError{Op: "open", Path: "/etc/app", Err: fs.ErrNotExist})
	if pe, ok := errors.AsType[*fs.PathError](wrapped); ok {
		fmt.Println("path error:", pe.Op, pe.Path, pe.Err)
	}
	_, ok := errors.AsType[*FieldError](nil)
	fmt.Println("nil error:", ok)
}
