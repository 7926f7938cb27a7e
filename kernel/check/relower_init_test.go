package check

import "testing"

// An init function is not lowered again when a later cell declares
// types: relowered, it went to the interpreter again and ran again
// (its prints twice, its appends doubled).
func TestInitNotRelowered(t *testing.T) {
	runSteps(t,
		step{`type Lener interface{ Len() int }

type Stack []string

func (s Stack) Len() int { return len(s) }

var runs int`, ""},
		step{`func init() {
	runs++
	var l Lener = Stack{"a"}
	fmt.Printf("init %d %v\n", runs, l)
}`, "init 1 [a]\n"},
		step{`type ByLen []string

func (b ByLen) Len() int { return len(b) }`, ""},
		step{`fmt.Println(runs)`, "1\n"},
	)
}
