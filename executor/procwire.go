package executor

import "encoding/json"

// The protocol between a ProcessPool and its worker processes: JSON lines,
// requests on the worker's fd 3, replies on its fd 4. A worker's fd 1 and 2
// are its output, which the pool forwards prefixed with the worker's name.

// procRequest is a message to a worker.
type procRequest struct {
	Op    string              `json:"op"` // "decls", "init", "task"
	ID    uint64              `json:"id,omitempty"`
	Gen   uint64              `json:"gen,omitempty"`  // decls
	Data  json.RawMessage     `json:"data,omitempty"` // decls
	Fn    string              `json:"fn,omitempty"`
	Calls [][]json.RawMessage `json:"calls,omitempty"` // task: one argument list per call
}

// procReply is a worker's answer to one request.
type procReply struct {
	Ev      string       `json:"ev"` // "ready", "decls", "done"
	ID      uint64       `json:"id,omitempty"`
	Err     string       `json:"err,omitempty"` // request-level failure
	Results []procResult `json:"results,omitempty"`
}

// procResult is the outcome of one call.
type procResult struct {
	Out   []json.RawMessage `json:"out,omitempty"` // results but a trailing error
	Err   string            `json:"err,omitempty"` // the returned error's text
	Panic string            `json:"panic,omitempty"`
	Stack string            `json:"stack,omitempty"`
}

// WorkerEnv is set to "1" in the environment of a compiled program's
// worker processes (see RunWorker).
const WorkerEnv = "GOFUTURES_EXECUTOR_WORKER"
