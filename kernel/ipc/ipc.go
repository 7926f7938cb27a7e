// Package ipc defines the messages between the kernel's supervisor
// (package kernel/supervisor) and its interpreter process (package
// session). They travel as JSON lines: requests on the child's
// fd 3, events on its fd 4. The child's fd 1 and 2 are the cells' stdout
// and stderr, streamed by the kernel as they are written.
//
// Ordering across the pipes: before an event that must follow the output
// printed before it (a result, a display, the end of a cell), the child
// writes a sync marker for n (MarkerPrefix, n, MarkerEnd) to fd 1 and fd 2 and sets the event's Sync to n; the
// supervisor publishes the event only after both streams delivered the marker.
package ipc

import (
	"encoding/json"

	"github.com/gofutures/gofutures/kernel/cell"
)

// Request ops.
const (
	OpExecute  = "execute"
	OpRestore  = "restore"
	OpShutdown = "shutdown"
	// OpInput answers an EvInput: Text is the line the user typed, or EOF
	// is set when the front end does not allow input.
	OpInput = "input"
)

// Request is a message from the kernel to the interpreter.
type Request struct {
	Op    string       `json:"op"`
	Seq   int          `json:"seq"`
	Code  string       `json:"code,omitempty"`
	Count int          `json:"count,omitempty"`
	Decls []*cell.Decl `json:"decls,omitempty"` // OpRestore
	// OpExecute: whether the front end can answer input requests.
	AllowStdin bool `json:"allow_stdin,omitempty"`
	// OpInput
	Text string `json:"text,omitempty"`
	EOF  bool   `json:"eof,omitempty"`
}

// Event kinds.
const (
	EvReady   = "ready"
	EvDone    = "done"
	EvDisplay = "display"
	// EvInput asks for a line of input (a cell read its standard input).
	EvInput = "input"
)

// Event is a message from the interpreter to the kernel.
type Event struct {
	Ev   string `json:"ev"`
	Seq  int    `json:"seq,omitempty"`  // request this answers
	Sync uint64 `json:"sync,omitempty"` // markers written before this event

	// EvDone
	Status       string              `json:"status,omitempty"` // "ok" or "error"
	EName        string              `json:"ename,omitempty"`
	EValue       string              `json:"evalue,omitempty"`
	Traceback    []string            `json:"traceback,omitempty"`
	Data         map[string]any      `json:"data,omitempty"` // execute_result bundle
	Metadata     map[string]any      `json:"metadata,omitempty"`
	Notes        []string            `json:"notes,omitempty"`
	Decls        []*cell.Decl        `json:"decls,omitempty"` // the whole log after the request, if DeclsChanged
	DeclsChanged bool                `json:"decls_changed,omitempty"`
	State        map[string]int      `json:"state,omitempty"`   // names set by statements
	Members      map[string][]string `json:"members,omitempty"` // fields and methods of those names
	Types        map[string]string   `json:"types,omitempty"`   // types of those names (Session.Types)

	// EvDisplay: a display_data, update_display_data or clear_output.
	Display *Display `json:"display,omitempty"`

	// EvInput
	Prompt   string `json:"prompt,omitempty"`
	Password bool   `json:"password,omitempty"`
}

// Display is the content of a display event.
type Display struct {
	Type    string          `json:"type"` // display_data, update_display_data, clear_output
	Content json.RawMessage `json:"content"`
}

// MarkerPrefix starts every sync marker in the output streams. The NUL
// byte makes a collision with real output unlikely; the kernel strips
// markers before publishing.
const MarkerPrefix = "\x00gofutures-sync:"

// MarkerEnd ends a sync marker.
const MarkerEnd = "\x00"
