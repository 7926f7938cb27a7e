//go:build ignore

// Check-digit validators: ISBN-10 with an X check digit and Luhn for card
// numbers, both reporting why an input is rejected through a custom error
// type with a Kind enum, plus a table of validators held in a map of funcs.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type Kind int

const (
	BadLength Kind = iota + 1
	BadChar
	BadChecksum
)

var kindNames = [...]string{"", "length", "character", "checksum"}

func (k Kind) String() string { return kindNames[k] }

type ValidationError struct {
	Input string
	Kind  Kind
	Pos   int
}

func (e *ValidationError) Error() string {
	if e.Kind == BadChar {
		return fmt.Sprintf("%q: bad %v at %d", e.Input, e.Kind, e.Pos)
	}
	return fmt.Sprintf("%q: bad %v", e.Input, e.Kind)
}

func (e *ValidationError) Is(target error) bool {
	t, ok := target.(*ValidationError)
	return ok && t.Kind == e.Kind && t.Input == ""
}

//cell

func ISBN(s string) error {
	digits := strings.ReplaceAll(s, "-", "")
	if len(digits) != 10 {
		return &ValidationError{Input: s, Kind: BadLength}
	}
	sum := 0
	for i, r := range digits {
		var v int
		switch {
		case unicode.IsDigit(r):
			v = int(r - '0')
		case r == 'X' && i == 9:
			v = 10
		default:
			return &ValidationError{s, BadChar, i}
		}
		sum += v * (10 - i)
	}
	if sum%11 != 0 {
		return &ValidationError{Input: s, Kind: BadChecksum}
	}
	return nil
}

func Luhn(s string) error {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) < 2 {
		return &ValidationError{Input: s, Kind: BadLength}
	}
	sum := 0
	double := false
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c < '0' || c > '9' {
			return &ValidationError{s, BadChar, i}
		}
		d := int(c - '0')
		if double {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	if sum%10 != 0 {
		return &ValidationError{Input: s, Kind: BadChecksum}
	}
	return nil
}

//cell

func main() {
	validators := map[string]func(string) error{"isbn": ISBN, "luhn": Luhn}
	inputs := map[string][]string{
		"isbn": {"3-598-21508-8", "3-598-21508-9", "3-598-21507-X", "3-598-2X507-9", "3598215088X", "359821507X"},
		"luhn": {"4539 3195 0343 6467", "8273 1232 7352 0569", "059", "0", "055-444-285", " 0 0 "},
	}
	names := make([]string, 0, len(validators))
	for n := range validators {
		names = append(names, n)
	}
	sort.Strings(names)
	counts := map[Kind]int{}
	for _, n := range names {
		for _, in := range inputs[n] {
			err := validators[n](in)
			var ve *ValidationError
			if errors.As(err, &ve) {
				counts[ve.Kind]++
				fmt.Printf("%s %-22q %v | checksum? %t\n", n, in, err, errors.Is(err, &ValidationError{Kind: BadChecksum}))
			} else {
				fmt.Printf("%s %-22q valid\n", n, in)
			}
		}
	}
	for k := BadLength; k <= BadChecksum; k++ {
		fmt.Printf("%-9v %d\n", k, counts[k])
	}
}
