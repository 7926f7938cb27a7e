package check

import "testing"

// %T of a float64 in an any is float64 in a notebook that declares a
// type Celsius float64 without methods (it printed main.Celsius for every
// float64): yaegi keeps such a value as a float64, so %T of a Celsius in
// an any is float64 too (README's table).
func TestPercentTOfIndistinctTypes(t *testing.T) {
	runSteps(t,
		step{"type Celsius float64\nvar a any = 3.5\nvar c any = Celsius(2)\nfmt.Printf(\"%T %T\\n\", a, c)\nfmt.Printf(\"%T\\n\", any(1.5))", "float64 float64\nfloat64\n"},
	)
}
