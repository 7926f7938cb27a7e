//go:build ignore

// A service layer's errors: sentinels, a custom error type wrapping a
// cause, errors.Is and errors.As across functions returning (T, error),
// fmt.Errorf with %w twice, errors.Join, and named results set in a
// deferred function.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
	ErrInvalid    = errors.New("invalid input")
)

type ValidationError struct {
	Field string
	Value string
	Err   error
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("field %s=%q: %v", e.Field, e.Value, e.Err)
}

func (e *ValidationError) Unwrap() error { return e.Err }

type User struct {
	ID    int
	Name  string
	Admin bool
}

//cell

type Store struct {
	users map[int]User
}

type QueryError struct {
	Query string
	Code  int
}

func (q QueryError) Error() string {
	return "query " + q.Query + " failed with code " + strconv.Itoa(q.Code)
}

//cell

func (s *Store) Get(id int) (User, error) {
	u, ok := s.users[id]
	if !ok {
		return User{}, fmt.Errorf("get user %d: %w", id, ErrNotFound)
	}
	return u, nil
}

func parseID(raw string) (int, error) {
	id, err := strconv.Atoi(strings.TrimSpace(raw))
	if err != nil {
		return 0, &ValidationError{Field: "id", Value: raw, Err: fmt.Errorf("%w: %w", ErrInvalid, err)}
	}
	if id <= 0 {
		return 0, &ValidationError{"id", raw, ErrInvalid}
	}
	return id, nil
}

func splitEmail(s string) (name, domain string, err error) {
	at := strings.LastIndex(s, "@")
	if at < 0 {
		err = &ValidationError{"email", s, ErrInvalid}
		return
	}
	name, domain = s[:at], s[at+1:]
	if domain == "" {
		err = &ValidationError{"email", s, fmt.Errorf("%w: no domain", ErrInvalid)}
	}
	return
}

//cell

func (s *Store) Delete(actor int, raw string) (deleted User, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("delete %q by %d: %w", raw, actor, err)
			deleted = User{Name: "-"}
		}
	}()
	a, err := s.Get(actor)
	if err != nil {
		return User{}, err
	}
	if !a.Admin {
		return User{}, ErrPermission
	}
	id, err := parseID(raw)
	if err != nil {
		return User{}, err
	}
	if id == 99 {
		return User{}, QueryError{"DELETE 99", 1205}
	}
	u, err := s.Get(id)
	if err != nil {
		return
	}
	delete(s.users, id)
	return u, nil
}

func classify(err error) string {
	var ve *ValidationError
	var qe QueryError
	var ne *strconv.NumError
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &ne):
		return "bad number " + strconv.Quote(ne.Num) + " (" + ne.Func + ")"
	case errors.As(err, &ve):
		return "validation of " + ve.Field
	case errors.Is(err, ErrNotFound):
		return "404"
	case errors.Is(err, ErrPermission):
		return "403"
	case errors.As(err, &qe):
		return fmt.Sprintf("db code %d", qe.Code)
	}
	return "unknown"
}

//cell

func main() {
	s := &Store{users: map[int]User{1: {1, "root", true}, 2: {2, "guest", false}, 3: {3, "temp", false}}}
	cases := []struct {
		actor int
		raw   string
	}{{1, "3"}, {1, "3"}, {2, "1"}, {7, "1"}, {1, " x1"}, {1, "-4"}, {1, "99"}}
	var all []error
	for _, c := range cases {
		u, err := s.Delete(c.actor, c.raw)
		fmt.Printf("%-18v %-12s %v\n", u, classify(err), err)
		if err != nil {
			all = append(all, err)
		}
	}
	joined := errors.Join(all...)
	fmt.Println(errors.Is(joined, ErrPermission), errors.Is(joined, ErrInvalid), errors.Is(joined, strconv.ErrSyntax))
	var ve *ValidationError
	if errors.As(joined, &ve) {
		fmt.Println("first validation:", ve.Field, ve.Value, errors.Unwrap(ve) == ve.Err)
	}
	fmt.Println(strings.Count(joined.Error(), "\n")+1, len(s.users))
	for _, e := range []string{"ann@example.com", "bob", "carl@", "a@b@c"} {
		name, domain, err := splitEmail(e)
		fmt.Printf("%q %q %v\n", name, domain, err)
	}
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", &ValidationError{"name", "", ErrInvalid}))
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) != nil, errors.Unwrap(ErrNotFound) == nil)
	var target QueryError
	fmt.Println(errors.As(fmt.Errorf("x: %w", QueryError{"SELECT", 1}), &target), target.Query, target)
	fmt.Println(errors.Is(QueryError{"a", 1}, QueryError{"a", 1}), errors.Is(QueryError{"a", 1}, QueryError{"a", 2}))
}
