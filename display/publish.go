package display

import "sync"

// Kind says which iopub message a Message becomes.
type Kind int

const (
	// KindDisplay is a display_data message.
	KindDisplay Kind = iota
	// KindUpdate is an update_display_data message: it replaces the
	// output that was displayed earlier with the same DisplayID.
	KindUpdate
	// KindClear is a clear_output message.
	KindClear
)

// Message is one rich-output message a cell sends to the notebook.
//
// Data and Metadata come from a Bundle: Data values are strings (base64
// for binary types such as image/png) or, for JSON types, values built of
// map[string]any, []any, string, float64, bool and nil, so encoding/json
// sends them as Jupyter expects. Metadata may hold per-MIME-type entries
// (e.g. "image/png": {"width": 640, "height": 480}) that belong in the
// message's metadata.
//
// Every display made through this package carries a DisplayID, so that a
// later KindUpdate (from any goroutine, also after the cell ended)
// replaces it in place. A KindClear with a DisplayID comes from
// Handle.Clear and asks to clear the output of the cell that displayed
// that id; the kernel may treat it like a plain clear_output of the
// current cell if it does not track ids.
type Message struct {
	Kind      Kind
	Data      map[string]any // MIME type -> content; always holds "text/plain"
	Metadata  map[string]any // per-MIME-type metadata, may be nil
	DisplayID string         // transient display_id; empty for anonymous outputs
	Wait      bool           // clear_output: wait until the next output arrives
}

// Publisher delivers display messages to a front end. Inside the
// gofutures kernel the interpreter process installs one that forwards
// messages to the kernel; outside a kernel none is installed and the
// package prints the text/plain form to standard output.
//
// Publish is called from any goroutine, possibly concurrently (live views
// update from their own goroutines), and should not block for long. Its
// error is returned, wrapped, by the display call that sent the message.
type Publisher interface {
	Publish(Message) error
}

var (
	pubMu     sync.RWMutex
	publisher Publisher
)

// SetPublisher installs p as the destination of every display call and
// returns the previous one. A nil p restores the plain-text fallback.
// It is meant for the process that hosts the notebook (the gofutures
// interpreter), not for cells.
func SetPublisher(p Publisher) Publisher {
	pubMu.Lock()
	defer pubMu.Unlock()
	old := publisher
	publisher = p
	return old
}

// currentPublisher returns the installed Publisher or nil.
func currentPublisher() Publisher {
	pubMu.RLock()
	defer pubMu.RUnlock()
	return publisher
}
