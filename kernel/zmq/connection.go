// Package zmq serves a kernel.Kernel on the ZeroMQ sockets of a Jupyter
// connection file: shell, control, stdin and iopub (through
// kernel.Transport) and the heartbeat. It is the only package of gofutures
// that imports zmq4; it works around two of zmq4's limits: a listener that
// admits a peer only once it has greeted (one silent peer would block every
// later client) and a bounded iopub queue with stalled subscribers dropped.
package zmq

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
