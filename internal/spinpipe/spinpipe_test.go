package spinpipe

import (
	"errors"
	"io"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

func pipe(t *testing.T, spin time.Duration) (*Reader, *os.File, *os.File) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close(); w.Close() })
	sr, err := NewReader(r, spin)
	if err != nil {
		t.Fatal(err)
	}
	return sr, r, w
}

// TestReadWaits reads data written at once, within the spin, after it
// (a wait in poll(2)) and after the poll's sleep (a wait in the network
// poller), with and without spinning.
func TestReadWaits(t *testing.T) {
	for _, spin := range []time.Duration{0, DefaultSpin} {
		sr, _, w := pipe(t, spin)
		for _, delay := range []time.Duration{0, 10 * time.Microsecond, 2 * time.Millisecond, 3 * sleepPoll} {
			go func() {
				time.Sleep(delay)
				w.Write([]byte("ping"))
			}()
			buf := make([]byte, 16)
			n, err := sr.Read(buf)
			if err != nil || string(buf[:n]) != "ping" {
				t.Fatalf("spin %v, delay %v: read %q, %v", spin, delay, buf[:n], err)
			}
		}
	}
}

func TestReadEOF(t *testing.T) {
	sr, _, w := pipe(t, DefaultSpin)
	go func() {
		w.Write([]byte("last words"))
		time.Sleep(3 * sleepPoll)
		w.Close()
	}()
	got, err := io.ReadAll(sr)
	if err != nil || string(got) != "last words" {
		t.Fatalf("ReadAll = %q, %v", got, err)
	}
	if n, err := sr.Read(make([]byte, 1)); n != 0 || err != io.EOF {
		t.Fatalf("after EOF: %d, %v", n, err)
	}
}

// TestCloseEndsWait closes the pipe while a Read waits for data that never
// comes: the Read must end with os.ErrClosed, not hang.
func TestCloseEndsWait(t *testing.T) {
	sr, r, _ := pipe(t, DefaultSpin)
	done := make(chan error, 1)
	go func() {
		_, err := sr.Read(make([]byte, 1))
		done <- err
	}()
	time.Sleep(3 * sleepPoll)
	r.Close()
	select {
	case err := <-done:
		if !errors.Is(err, os.ErrClosed) {
			t.Fatalf("Read after Close: %v, want os.ErrClosed", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Close did not end the Read")
	}
}

func TestBlockingFileRefused(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	fd, err := syscall.Dup(int(r.Fd())) // Fd switches r to blocking mode
	r.Close()
	if err != nil {
		t.Fatal(err)
	}
	f := os.NewFile(uintptr(fd), "blocking")
	defer f.Close()
	if _, err := NewReader(f, DefaultSpin); err == nil || !strings.Contains(err.Error(), "blocking mode") {
		t.Fatalf("NewReader of a blocking pipe: %v", err)
	}
}

func TestReadable(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	fd := int32(Fd(r))
	if fd < 0 || Readable(fd) {
		t.Fatalf("fd %d; an empty pipe is readable", fd)
	}
	if _, err := w.WriteString("hello\n"); err != nil {
		t.Fatal(err)
	}
	if !Readable(fd) {
		t.Fatal("a pipe holding 6 bytes is not readable")
	}
}

func BenchmarkReadable(b *testing.B) {
	r, w, err := os.Pipe()
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	fd := int32(Fd(r))
	for b.Loop() {
		Readable(fd, fd)
	}
}
