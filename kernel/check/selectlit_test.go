package check

import "testing"

// A select among a cell's own statements whose case sends a value that
// a function literal makes (written so, or the lowering's conversion of
// a notebook value to the channel's interface type) or receives from a
// channel one returns runs as in Go (selectCallsLit): yaegi v0.16.1 ran
// the communication before making the literal ("call of nil function").
func TestTopLevelSelectCallsLit(t *testing.T) {
	runSteps(t,
		step{"type Shape interface{ Area() int }\ntype Sq struct{ S int }\nfunc (s Sq) Area() int { return s.S * s.S }\nsel := make(chan Shape, 1)\nci := make(chan int, 1)", ""},
		step{"select {\ncase ci <- func() int { return 1 }():\n\tfmt.Println(\"sent\")\n}\nfmt.Println(<-ci)", "sent\n1\n"},
		step{"select {\ncase sel <- Sq{3}:\n\tfmt.Println(\"sent\")\ndefault:\n\tfmt.Println(\"full\")\n}\nfmt.Println((<-sel).Area())", "sent\n9\n"},
		step{"select {\ncase sel <- Shape(Sq{1}):\n\tfmt.Println(\"sent\")\n}\nfmt.Println((<-sel).Area())", "sent\n1\n"},
		step{"ci <- 5\nselect {\ncase v, ok := <-func() chan int { return ci }():\n\tfmt.Println(v, ok)\n}", "5 true\n"},
	)
}
