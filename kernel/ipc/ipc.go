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

	"github.com/gofutures/gofutures/internal/toolchain"
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
	// OpCancel interrupts the running magic (Request.Magic) without
	// ending the process: a shell command is killed, a %timeit stops.
	OpCancel = "cancel"
	// OpSync does nothing: its EvDone says that the requests before it
	// are done and the snapshots they started are announced (written,
	// or pending).
	OpSync = "sync"
)

// Request is a message from the kernel to the interpreter.
type Request struct {
	Op    string       `json:"op"`
	Seq   int          `json:"seq"`
	Code  string       `json:"code,omitempty"`
	Count int          `json:"count,omitempty"`
	Decls []*cell.Decl `json:"decls,omitempty"` // OpRestore
	// OpRestore: the snapshots of the notebook's values, oldest first.
	Snapshots []Snapshot `json:"snapshots,omitempty"`
	// OpExecute: whether the front end can answer input requests.
	AllowStdin bool `json:"allow_stdin,omitempty"`
	// OpInput
	Text string `json:"text,omitempty"`
	EOF  bool   `json:"eof,omitempty"`
	// OpExecute: the magic Code is run with (see kernel.Cell.Magic), its
	// arguments, and for %who/%whos what a restart would lose.
	Magic string            `json:"magic,omitempty"`
	Args  string            `json:"args,omitempty"`
	Lost  map[string]string `json:"lost,omitempty"`
}

// Event kinds.
const (
	EvReady   = "ready"
	EvDone    = "done"
	EvDisplay = "display"
	// EvInput asks for a line of input (a cell read its standard input).
	EvInput = "input"
	// EvSnapshot follows the EvDone of a cell: the snapshot of the values
	// the cell may have changed was written (or failed: Snapshot.Err).
	EvSnapshot = "snapshot"
	// EvPanic: a goroutine a cell started panicked, and the process ends
	// right after, as Go's program does; EName, EValue and Traceback
	// describe the panic with the goroutine's frames, for the reply of
	// the cell the process dies in.
	EvPanic = "panic"
)

// Snapshot is a file of values written after a cell (see package
// kernel/snapshot).
type Snapshot struct {
	// Seq orders the snapshots of one interpreter process.
	Seq  int    `json:"seq,omitempty"`
	Path string `json:"path,omitempty"`
	// Vars are the variables it holds (EvSnapshot), or those to take from
	// it (OpRestore).
	Vars []string `json:"vars"`
	Cell int      `json:"cell"`
	// Lost lists the values in it that will not come back, "path: reason".
	Lost []string `json:"lost,omitempty"`
	// Err says why it could not be written; its variables' earlier
	// snapshots are then out of date.
	Err string `json:"err,omitempty"`
	// Pending: the snapshot is being written while the next requests
	// run; another event with the same Seq and no Vars says when it is
	// written (or failed: Err).
	Pending bool `json:"pending,omitempty"`
}

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
	// OpRestore: the variables whose values came back, and the values
	// that did not ("path: reason").
	Restored []string `json:"restored,omitempty"`
	Lost     []string `json:"lost,omitempty"`
	// After %cd: the interpreter's new working directory; after %env
	// NAME=VALUE: that setting. A fresh interpreter is started with them.
	Cwd    string `json:"cwd,omitempty"`
	Setenv string `json:"setenv,omitempty"`
	// A cell refused for want of compiled instantiations of generics
	// (EName session.NeedsInstances): the ones the program lacks.
	Instances []toolchain.Instance `json:"instances,omitempty"`

	// EvSnapshot
	Snapshot *Snapshot `json:"snapshot,omitempty"`

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
