package display_test

import (
	"sync"

	"github.com/gofutures/gofutures/display"
)

// recorder is a Publisher that keeps the messages.
type recorder struct {
	mu   sync.Mutex
	msgs []display.Message
}

func (r *recorder) Publish(m display.Message) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, m)
	return nil
}

func (r *recorder) all() []display.Message {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]display.Message(nil), r.msgs...)
}
