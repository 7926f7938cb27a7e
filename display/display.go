package display

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"sync"
)

// Handle refers to one displayed output. Its methods may be called from
// any goroutine, also after the cell that created it has finished; the
// kernel routes its messages by display id.
type Handle struct {
	id string

	mu  sync.Mutex
	err error
}

// NewHandle returns a handle with a fresh display id that has not been
// displayed yet: Show displays it (as often as wanted, e.g. in several
// cells), Update then changes every output shown with it.
func NewHandle() *Handle {
	return &Handle{id: newID()}
}

// ID returns the display id (Jupyter's transient display_id).
func (h *Handle) ID() string { return h.id }

// Err returns the error of the last message sent through h: the Publisher's
// error, or the reason its value could not be rendered. It is nil for a
// nil handle.
func (h *Handle) Err() error {
	if h == nil {
		return nil
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.err
}

func (h *Handle) setErr(err error) error {
	h.mu.Lock()
	h.err = err
	h.mu.Unlock()
	return err
}

// Display shows v as a new output and returns its handle. v is rendered
// by BundleOf. Display never fails: problems are shown as an error output
// and kept in Handle.Err.
func Display(v any) *Handle {
	h := NewHandle()
	h.send(KindDisplay, BundleOf(v))
	return h
}

// Update replaces the output of h in place by v (update_display_data).
// The error says why the value could not be rendered or delivered; the
// output shows the problem then.
func (h *Handle) Update(v any) error {
	return h.send(KindUpdate, BundleOf(v))
}

// Show displays v as a new output that carries h's display id, so that
// later Updates change it as well as the earlier outputs of h.
func (h *Handle) Show(v any) error {
	return h.send(KindDisplay, BundleOf(v))
}

// Clear clears the output area of the cell that displayed h
// (clear_output) while that cell runs. With wait the front end clears
// only when the next output arrives, which avoids flicker. Called later
// (from another cell, or from a goroutine after the cell finished) it
// empties h's own output in place, as Update would: a front end clears
// only the running cell's output area, and that is another cell's.
func (h *Handle) Clear(wait bool) error {
	return h.setErr(publish(Message{Kind: KindClear, Wait: wait, DisplayID: h.id}))
}

func (h *Handle) send(kind Kind, b Bundle) error {
	var err error
	if b.IsError() {
		err = fmt.Errorf("%s", b.String())
	}
	if perr := publish(Message{Kind: kind, Data: b.Data, Metadata: b.Metadata, DisplayID: h.id}); perr != nil {
		err = perr
	}
	return h.setErr(err)
}

// Clear clears the output of the running cell (clear_output). With wait
// the front end clears only when the next output arrives.
func Clear(wait bool) error {
	return publish(Message{Kind: KindClear, Wait: wait})
}

// Publish sends m as it is, through the installed Publisher or, outside a
// kernel, by printing its text/plain content. m.Data should come from a
// Bundle. It is the low-level form of Display, Update and Clear.
func Publish(m Message) error {
	return publish(m)
}

func publish(m Message) error {
	if p := currentPublisher(); p != nil {
		if err := p.Publish(m); err != nil {
			return fmt.Errorf("display: publishing: %w", err)
		}
		return nil
	}
	return printText(stdout(), m)
}

// stdout is where output goes outside a kernel: the current os.Stdout.
func stdout() io.Writer { return os.Stdout }

// printText is the plain-text fallback outside a kernel.
func printText(w io.Writer, m Message) error {
	if m.Kind == KindClear {
		return nil
	}
	s, _ := m.Data[MIMEText].(string)
	if s == "" {
		return nil
	}
	if s[len(s)-1] != '\n' {
		s += "\n"
	}
	_, _ = io.WriteString(w, s)
	return nil
}

// newID returns a random display id.
func newID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
