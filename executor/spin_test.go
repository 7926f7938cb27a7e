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

// A slot spins for its worker's reply only while the CPUs can hold every
// busy worker and the slot that waits for it.
func TestReplySpin(t *testing.T) {
	p := &ProcessPool{spin: DefaultSpin, cpus: 4}
	for busy, want := range []time.Duration{DefaultSpin, DefaultSpin, DefaultSpin, 0, 0} {
		p.busy.Store(int32(busy))
		if got := p.replySpin(); got != want {
			t.Errorf("%d busy of %d CPUs: spin %v, want %v", busy, p.cpus, got, want)
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
