package check

import "testing"

// A function the notebook declared, going to a place of a compiled
// package's named function type (bufio.SplitFunc) without a conversion
// (an argument of a cell's function, a field or element of a composite
// literal, an assignment, a send), holds it as Go does (yaegi v0.16.1
// panicked: reflect.Set: value of type *interp.node is not assignable
// to type bufio.SplitFunc).
func TestDeclaredFuncToCompiledFuncType(t *testing.T) {
	runSteps(t,
		step{`import (
	"bufio"
	"strings"
)

func words(data []byte, atEOF bool) (int, []byte, error) { return bufio.ScanWords(data, atEOF) }

func count(split bufio.SplitFunc) int {
	sc := bufio.NewScanner(strings.NewReader("a b c"))
	sc.Split(split)
	n := 0
	for sc.Scan() {
		n++
	}
	return n
}

type Cfg struct{ S bufio.SplitFunc }`, ""},
		step{`fmt.Println(count(words))`, "3\n"},
		step{`c := Cfg{S: words}
fmt.Println(count(c.S))`, "3\n"},
		step{`m := map[string]bufio.SplitFunc{"w": words}
fs := []bufio.SplitFunc{(words)}
fmt.Println(count(m["w"]), count(fs[0]))`, "3 3\n"},
		step{`var g bufio.SplitFunc
g = words
ch := make(chan bufio.SplitFunc, 1)
ch <- words
fmt.Println(count(g), count(<-ch))`, "3 3\n"},
		step{`func main() {
	fmt.Println(count(words), Cfg{words}.S != nil)
}
main()`, "3 true\n"},
	)
}
