package executor

import (
	"fmt"
	"io"
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/gofutures/gofutures/internal/spinpipe"
)

// A pool does not spin for the reply to a chunk, and does for that to
// one call.
func TestReplySpin(t *testing.T) {
	w := &worker{spin: DefaultSpin}
	for _, c := range []struct {
		calls [][]any
		want  time.Duration
	}{{[][]any{{1}}, DefaultSpin}, {[][]any{{1}, {2}}, 0}, {[][]any{{1}}, DefaultSpin}} {
		var f frame
		f.uint(uint64(len(c.calls)))
		for _, args := range c.calls {
			f.uint(uint64(len(args)))
			for _, a := range args {
				appendValue(&f, reflect.ValueOf(a))
			}
		}
		w.request(opTask, 1, "f", f.b)
		if got := w.replySpin(); got != c.want {
			t.Errorf("%d calls: spin %v, want %v", len(c.calls), got, c.want)
		}
	}
}

// spinProbe's function records the spin budget its worker read the
// request with.
type spinProbe struct {
	r     *spinpipe.Reader
	spins []time.Duration
}

func (*spinProbe) Load(uint64, []byte) error { return nil }

func (s *spinProbe) Lookup(name string) (reflect.Value, error) {
	if name != "probe" {
		return reflect.Value{}, fmt.Errorf("no %q", name)
	}
	return reflect.ValueOf(func(int) int { s.spins = append(s.spins, s.r.Spin()); return 0 }), nil
}

// A worker does not spin for the request that follows a chunk: the pool
// decodes the chunk's results first.
func TestServeWorkerSpinsAfterOneCall(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	sr, err := spinpipe.NewReader(r, DefaultSpin)
	if err != nil {
		t.Fatal(err)
	}
	probe := &spinProbe{r: sr}
	done := make(chan error, 1)
	go func() { done <- ServeWorker(probe, sr, io.Discard) }()
	for _, calls := range [][][]any{{{1}}, {{1}, {2}}, {{1}}, {{1}}} {
		if _, err := w.Write(request(opTask, 1, "probe", calls...)); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	want := []time.Duration{DefaultSpin, DefaultSpin, DefaultSpin, 0, DefaultSpin}
	if fmt.Sprint(probe.spins) != fmt.Sprint(want) {
		t.Fatalf("spin budgets of the requests' reads: %v, want %v", probe.spins, want)
	}
}
