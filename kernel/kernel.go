// Package kernel is the gofutures Jupyter kernel: it speaks the Jupyter
// messaging protocol 5.3 over ZeroMQ and supervises an interpreter process
// that runs the cells. The kernel process itself never runs user code, so a
// cell that crashes, exits or loops forever costs the notebook at most the
// values its statements computed, never the kernel.
//
// Layout: package wire handles frames and signatures; this package owns the
// sockets (Server), the protocol logic (Kernel, testable without sockets
// through the Transport interface) and the Supervisor of the interpreter
// process; package session is what runs inside that process.
package kernel

import (
	"encoding/json"
	"fmt"
	"os"
)

// ConnectionInfo is the content of a Jupyter connection file.
type ConnectionInfo struct {
	Transport       string `json:"transport"`
	IP              string `json:"ip"`
	ShellPort       int    `json:"shell_port"`
	ControlPort     int    `json:"control_port"`
	StdinPort       int    `json:"stdin_port"`
	IOPubPort       int    `json:"iopub_port"`
	HBPort          int    `json:"hb_port"`
	Key             string `json:"key"`
	SignatureScheme string `json:"signature_scheme"`
	KernelName      string `json:"kernel_name"`
}

// ReadConnectionFile reads and checks a connection file.
func ReadConnectionFile(path string) (*ConnectionInfo, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("kernel: connection file: %w", err)
	}
	var ci ConnectionInfo
	if err := json.Unmarshal(raw, &ci); err != nil {
		return nil, fmt.Errorf("kernel: connection file %s: %w", path, err)
	}
	if ci.Transport == "" {
		ci.Transport = "tcp"
	}
	if ci.SignatureScheme != "" && ci.SignatureScheme != "hmac-sha256" {
		return nil, fmt.Errorf("kernel: connection file %s: unsupported signature scheme %q (only hmac-sha256)", path, ci.SignatureScheme)
	}
	if ci.Transport != "tcp" && ci.Transport != "ipc" {
		return nil, fmt.Errorf("kernel: connection file %s: unsupported transport %q", path, ci.Transport)
	}
	return &ci, nil
}

// endpoint returns the address the kernel listens on for port.
func (ci *ConnectionInfo) endpoint(port int) string {
	if ci.Transport == "ipc" {
		return fmt.Sprintf("ipc://%s-%d", ci.IP, port)
	}
	return fmt.Sprintf("%s://%s:%d", guardedTCP, ci.IP, port)
}
