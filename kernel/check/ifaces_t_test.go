package check

import "testing"

// %T of a float64 in an any is float64 in a notebook that declares a
// type Celsius float64 without methods (it printed main.Celsius for every
// float64), and that of a Celsius is main.Celsius, as in Go: the lowering
// declares Celsius from a base of rt's, a reflect type of its own (it
// printed float64, yaegi's type of it).
func TestPercentTOfIndistinctTypes(t *testing.T) {
	runSteps(t,
		step{"type Celsius float64\nvar a any = 3.5\nvar c any = Celsius(2)\nfmt.Printf(\"%T %T\\n\", a, c)\nfmt.Printf(\"%T\\n\", any(1.5))", "float64 main.Celsius\nfloat64\n"},
	)
}
