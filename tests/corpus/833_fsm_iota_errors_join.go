//go:build ignore

// A document workflow as a state machine: an iota enum of states and of
// events with String methods, a transition table keyed by a struct of
// both, guard functions stored as method values, custom error types
// (TransitionError with Is, GuardError with Unwrap), errors.Join of every
// failure of a batch, and errors.Is / errors.As through the joined tree.
package main

import (
	"errors"
	"fmt"
	"strings"
)

//cell

type State uint8

const (
	Draft State = iota
	Review
	Approved
	Published
	Archived
)

func (s State) String() string {
	switch s {
	case Draft:
		return "Draft"
	case Review:
		return "Review"
	case Approved:
		return "Approved"
	case Published:
		return "Published"
	case Archived:
		return "Archived"
	}
	return fmt.Sprintf("State(%d)", uint8(s))
}

type Event int

const (
	Submit Event = iota + 1
	Approve
	Reject
	Publish
	Archive
)

var eventNames = map[Event]string{Submit: "submit", Approve: "approve", Reject: "reject", Publish: "publish", Archive: "archive"}

func (e Event) String() string {
	if n, ok := eventNames[e]; ok {
		return n
	}
	return "event#" + fmt.Sprint(int(e))
}

//cell

var ErrInvalid = errors.New("invalid transition")

type TransitionError struct {
	From State
	On   Event
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("no transition from %v on %v", e.From, e.On)
}
func (e *TransitionError) Is(target error) bool { return target == ErrInvalid }

type GuardError struct {
	Doc    string
	Reason error
}

func (e GuardError) Error() string { return e.Doc + ": guard failed: " + e.Reason.Error() }
func (e GuardError) Unwrap() error { return e.Reason }

var ErrNoReviewer = errors.New("no reviewer")
var ErrEmpty = errors.New("empty body")

type key struct {
	from State
	on   Event
}

//cell

type Doc struct {
	Name     string
	Body     string
	Reviewer string
	State    State
	History  []State
}

func (d *Doc) hasBody() error {
	if strings.TrimSpace(d.Body) == "" {
		return ErrEmpty
	}
	return nil
}

func (d *Doc) hasReviewer() error {
	if d.Reviewer == "" {
		return ErrNoReviewer
	}
	return nil
}

type rule struct {
	to    State
	guard func(*Doc) error
}

var table = map[key]rule{
	{Draft, Submit}:      {Review, (*Doc).hasBody},
	{Review, Approve}:    {Approved, (*Doc).hasReviewer},
	{Review, Reject}:     {Draft, nil},
	{Approved, Publish}:  {Published, nil},
	{Published, Archive}: {Archived, nil},
	{Draft, Archive}:     {Archived, nil},
}

func (d *Doc) Fire(e Event) error {
	r, ok := table[key{d.State, e}]
	if !ok {
		return &TransitionError{d.State, e}
	}
	if r.guard != nil {
		if err := r.guard(d); err != nil {
			return GuardError{d.Name, err}
		}
	}
	d.History = append(d.History, d.State)
	d.State = r.to
	return nil
}

func run(d *Doc, events ...Event) error {
	var errs []error
	for _, e := range events {
		if err := d.Fire(e); err != nil {
			errs = append(errs, fmt.Errorf("%s/%v: %w", d.Name, e, err))
		}
	}
	return errors.Join(errs...)
}

//cell

func main() {
	a := &Doc{Name: "a", Body: "hello", Reviewer: "kim"}
	fmt.Println(run(a, Submit, Approve, Publish, Archive), a.State, a.History)

	b := &Doc{Name: "b"}
	err := run(b, Submit, Publish, Event(9))
	b.Body = "now"
	err = errors.Join(err, run(b, Submit, Approve, Reject, Submit))
	fmt.Println(err)
	fmt.Println("state:", b.State, b.History)
	fmt.Println(errors.Is(err, ErrInvalid), errors.Is(err, ErrEmpty), errors.Is(err, ErrNoReviewer))
	var te *TransitionError
	if errors.As(err, &te) {
		fmt.Println("first transition error:", te.From, te.On)
	}
	var ge GuardError
	if errors.As(err, &ge) {
		fmt.Printf("guard: %q %v\n", ge.Doc, ge.Reason)
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(j.Unwrap()), "groups")
	}
	fmt.Println(State(7), Event(0), errors.Join(nil, nil) == nil)
	fmt.Printf("%v %d %s %x\n", Published, Published, Archive, Approved)
}
