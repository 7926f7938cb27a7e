package kernel

import (
	"context"
	"encoding/json"

	"github.com/gofutures/gofutures/kernel/complete"
)

// Interpreter runs cells; package supervisor has the one that runs them
// in an interpreter process.
type Interpreter interface {
	// SetOutput directs the output of cells (also what goroutines print
	// after their cell ended) to out.
	SetOutput(out Output)
	// Execute runs a cell; cancelling ctx interrupts it.
	Execute(ctx context.Context, c Cell) ExecuteResult
	// Interrupt interrupts what runs outside a cell's Execute (for
	// example declarations being restored into a fresh interpreter).
	Interrupt()
	// Namespace returns a snapshot of the notebook's declarations and
	// variables, for completion and inspection.
	Namespace() complete.Namespace
	// Start starts the interpreter if it is not running.
	Start() error
	// Restart replaces the interpreter with a fresh one and forgets the
	// notebook.
	Restart() error
	// Close stops the interpreter.
	Close()
}

// Output receives what a running cell produces, already in order.
type Output interface {
	// Stream publishes text printed on "stdout" or "stderr".
	Stream(name, text string)
	// Display publishes a display_data, update_display_data or
	// clear_output message with the given content.
	Display(msgType string, content json.RawMessage)
}

// Cell is a request to run code.
type Cell struct {
	Code  string
	Count int // the number shown in tracebacks ("Cell In[Count]")
	// Input, when set, asks the front end for a line of input (the cell
	// read its stdin); nil means the front end does not allow input.
	Input func(ctx context.Context, prompt string, password bool) (string, error)
	// Magic, when set, names the magic (package kernel/magic) the
	// interpreter runs Code with ("time", "timeit", "!", "env", "cd", "pwd",
	// "who", "whos", "writefile"); MagicArgs are the rest of its line.
	Magic, MagicArgs string
	// Lost says, for %who and %whos, what a restart would not bring back
	// of each variable.
	Lost map[string]string
}

// ExecuteResult is the outcome of a cell.
type ExecuteResult struct {
	Status    string // "ok" or "error"
	EName     string
	EValue    string
	Traceback []string
	Data      map[string]any // execute_result bundle, nil when none
	Metadata  map[string]any // its metadata
}
