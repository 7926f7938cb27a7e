package subproc

import (
	"io"
	"os/exec"
	"strings"
	"testing"
)

func TestStartAndExitStatus(t *testing.T) {
	cmd := exec.Command("sh", "-c", `read line <&3; echo "got $line" >&4; echo out; echo err >&2; exit 3`)
	p, err := Start(cmd)
	if err != nil {
		t.Fatal(err)
	}
	p.Requests.WriteString("ping\n")
	p.Requests.Close()
	rep, _ := io.ReadAll(p.Replies)
	out, _ := io.ReadAll(p.Stdout)
	errOut, _ := io.ReadAll(p.Stderr)
	if string(rep) != "got ping\n" || string(out) != "out\n" || string(errOut) != "err\n" {
		t.Fatalf("rep %q out %q err %q", rep, out, errOut)
	}
	if got := ExitStatus(cmd.Wait()); got != "exit status 3" {
		t.Fatalf("status %q", got)
	}
	cmd = exec.Command("sh", "-c", "kill -9 $$")
	if _, err := Start(cmd); err != nil {
		t.Fatal(err)
	}
	if got := ExitStatus(cmd.Wait()); !strings.HasPrefix(got, "killed by signal") {
		t.Fatalf("status %q", got)
	}
	if _, err := Start(exec.Command("/nonexistent/binary")); err == nil {
		t.Fatal("no error for a missing binary")
	}
}
