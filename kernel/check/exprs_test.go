package check

import "testing"

// A case of several expressions is taken when any of them holds, not only
// the first, with and without a switch condition, evaluated in order
// (caseLists).
func TestCaseOfSeveralExpressions(t *testing.T) {
	runSteps(t,
		step{"import \"unicode\"\nfunc kind(r rune) string {\n\tswitch {\n\tcase r == 'x':\n\t\treturn \"x\"\n\tcase unicode.IsLetter(r), unicode.IsSpace(r):\n\t\treturn \"letter or space\"\n\t}\n\treturn \"other\"\n}", ""},
		step{"fmt.Println(kind('a'), kind(' '), kind('!'), kind('x'))", "letter or space letter or space other x\n"},
		step{"a, b := false, true\nswitch n := 2; {\ncase a, b && n == 2:\n\tfmt.Println(\"second\")\n\tfallthrough\ncase a:\n\tfmt.Println(\"fell\")\ndefault:\n\tfmt.Println(\"none\")\n}", "second\nfell\n"},
		step{"func id(n int) int { fmt.Print(\"id\", n, \" \"); return n }\nfunc pick(n int) string {\n\tswitch n {\n\tcase id(1), id(2), 3:\n\t\treturn \"low\"\n\tcase 4, 5:\n\t\treturn \"mid\"\n\t}\n\treturn \"high\"\n}", ""},
		step{"fmt.Println(pick(2), pick(3), pick(5), pick(9))", "id1 id2 id1 id2 id1 id2 id1 id2 low low mid high\n"},
	)
}

// The constant left operand of a shift by a variable takes the type the
// shift has in its context (Perm, uint64), as Go gives it
// (shiftOperand); yaegi v0.16.1 made it an int.
func TestShiftOfConstantTakesContextType(t *testing.T) {
	runSteps(t,
		step{"type Perm uint8\nfunc (p Perm) Has(i int) bool { return p&(1<<i) != 0 }", ""},
		step{"p := Perm(5)\nfmt.Println(p.Has(0), p.Has(1), p.Has(2))", "true false true\n"},
		step{"var n uint = 40\nbig := []uint64{1 << n, 3 << (n + 1)}\nfmt.Println(big)", "[1099511627776 6597069766656]\n"},
		step{"k := 3\nq := Perm(1) | 1<<k\nfmt.Println(q, q.Has(3), q&^(1<<k))", "9 true 1\n"},
	)
}

// Compiled errors behind a notebook error's Unwrap are found by
// errors.As, errors.Unwrap returns what a notebook error's Unwrap does,
// and errors.Is compares two struct errors of value receivers by value
// (errs.go).
func TestErrorChainsThroughNotebookErrors(t *testing.T) {
	runSteps(t,
		step{"import (\n\t\"errors\"\n\t\"strconv\"\n)\ntype VE struct{ Err error }\nfunc (e *VE) Error() string { return \"ve: \" + e.Err.Error() }\nfunc (e *VE) Unwrap() error { return e.Err }\ntype QE struct{ Q string; Code int }\nfunc (q QE) Error() string { return q.Q }", ""},
		step{"_, perr := strconv.Atoi(\"x1\")\nerr := fmt.Errorf(\"outer: %w\", &VE{fmt.Errorf(\"bad: %w\", perr)})\nne := (*strconv.NumError)(nil)\nfmt.Println(errors.As(err, &ne), ne.Num)", "true x1\n"},
		step{"ve := &VE{perr}\nfmt.Println(errors.Unwrap(ve) == perr, errors.Unwrap(errors.Unwrap(err)) != nil, errors.Unwrap(perr) == strconv.ErrSyntax)", "true true true\n"},
		step{"fmt.Println(errors.Is(QE{\"a\", 1}, QE{\"a\", 1}), errors.Is(QE{\"a\", 1}, QE{\"a\", 2}), errors.Is(fmt.Errorf(\"w: %w\", QE{\"b\", 3}), QE{\"b\", 3}))", "true false true\n"},
	)
}
