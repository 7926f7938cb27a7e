package check

import (
	"os"
	"os/exec"
	"runtime/debug"
	"strings"
	"testing"
)

// json.Marshal of a cyclic structure of cell types returns json's error
// as in Go ("encountered a cycle via *main.N"); rt.JSON's conversion
// recurses without end and the process dies of a stack overflow (the
// kernel with it). The cell runs in a child process with a small stack.
func TestReviewJSONCycle(t *testing.T) {
	if os.Getenv("GOFUTURES_REVIEW_CYCLE") == "1" {
		debug.SetMaxStack(64 << 20)
		runSteps(t,
			step{"import \"encoding/json\"\ntype N struct {\n\tNext *N\n\tv    int\n}", ""},
			step{"n := &N{}\nn.Next = n\nb, err := json.Marshal(n)\nfmt.Println(len(b), err)", "0 json: unsupported value: encountered a cycle via *main.N\n"},
		)
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestReviewJSONCycle$")
	cmd.Env = append(os.Environ(), "GOFUTURES_REVIEW_CYCLE=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		s := string(out)
		if i := strings.Index(s, "\ngoroutine "); i > 0 {
			s = s[:i]
		}
		t.Fatalf("child: %v\n%s", err, s)
	}
}
