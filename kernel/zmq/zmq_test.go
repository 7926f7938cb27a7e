package zmq

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestReadConnectionFile(t *testing.T) {
	dir := t.TempDir()
	write := func(body string) string {
		p := filepath.Join(dir, "conn.json")
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ci, err := ReadConnectionFile(write(`{"ip": "127.0.0.1", "shell_port": 5000, "key": "k", "signature_scheme": "hmac-sha256"}`))
	if err != nil {
		t.Fatal(err)
	}
	if ci.Transport != "tcp" || ci.endpoint(ci.ShellPort) != guardedTCP+"://127.0.0.1:5000" {
		t.Fatalf("transport %q endpoint %q", ci.Transport, ci.endpoint(ci.ShellPort))
	}
	ci, err = ReadConnectionFile(write(`{"transport": "ipc", "ip": "/tmp/k", "shell_port": 1}`))
	if err != nil || ci.endpoint(1) != "ipc:///tmp/k-1" {
		t.Fatalf("ipc: %v %v", ci, err)
	}
	for body, want := range map[string]string{
		`{"signature_scheme": "hmac-md5"}`: "unsupported signature scheme",
		`{"transport": "udp"}`:             "unsupported transport",
		`not json`:                         "connection file",
	} {
		if _, err := ReadConnectionFile(write(body)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want %q", body, err, want)
		}
	}
	if _, err := ReadConnectionFile(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("no error for a missing file")
	}
}

// A peer that connects and never greets must not keep a greeting peer
// from being accepted (zmq4 would block in its handshake).
func TestGuardedListenerAdmitsOnlyGreetedPeers(t *testing.T) {
	l, err := guardedTransport{}.Listen(context.Background(), "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	silent, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	greeter, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer greeter.Close()
	sig := []byte{0xFF, 0, 0, 0, 0, 0, 0, 0, 1, 0x7F}
	if _, err := greeter.Write(sig); err != nil {
		t.Fatal(err)
	}
	accepted := make(chan net.Conn, 1)
	go func() {
		c, err := l.Accept()
		if err == nil {
			accepted <- c
		}
	}()
	select {
	case c := <-accepted:
		defer c.Close()
		got := make([]byte, len(sig))
		if _, err := c.Read(got); err != nil || string(got) != string(sig) {
			t.Fatalf("the greeting is not replayed to zmq4: %v %x", err, got)
		}
		if c.LocalAddr().String() != greeter.RemoteAddr().String() || c.RemoteAddr().String() != greeter.LocalAddr().String() {
			t.Fatal("accepted the silent peer")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a silent peer blocked the greeting one")
	}
}
