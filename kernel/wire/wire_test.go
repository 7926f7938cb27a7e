package wire

import (
	"bytes"
	"errors"
	"testing"
)

func sample(t *testing.T, s *Signer) [][]byte {
	t.Helper()
	m, err := NewReply("sess", nil, "kernel_info_request", map[string]any{})
	if err != nil {
		t.Fatal(err)
	}
	m.Identities = [][]byte{[]byte("client-1")}
	frames, err := s.Frames(m)
	if err != nil {
		t.Fatal(err)
	}
	return frames
}

func TestRoundTrip(t *testing.T) {
	s := NewSigner([]byte("secret"))
	frames := sample(t, s)
	m, err := s.Parse(frames)
	if err != nil {
		t.Fatal(err)
	}
	if m.Header.MsgType != "kernel_info_request" || string(m.Identities[0]) != "client-1" {
		t.Fatalf("got %+v", m)
	}
	if string(m.Content) != "{}" || !m.Parent.IsZero() {
		t.Fatalf("content %q parent %+v", m.Content, m.Parent)
	}
}

func TestRejects(t *testing.T) {
	s := NewSigner([]byte("secret"))
	cases := []struct {
		name   string
		mutate func([][]byte) [][]byte
		want   error
	}{
		{"no delimiter", func(f [][]byte) [][]byte { return [][]byte{f[0], f[2], f[3]} }, ErrNoDelimiter},
		{"short", func(f [][]byte) [][]byte { return f[:5] }, ErrShort},
		{"unsigned", func(f [][]byte) [][]byte { f[2] = nil; return f }, ErrUnsigned},
		{"wrong key", func(f [][]byte) [][]byte {
			f[2] = []byte(NewSigner([]byte("other")).Sign(f[3], f[4], f[5], f[6]))
			return f
		}, ErrBadSignature},
		{"tampered content", func(f [][]byte) [][]byte { f[6] = []byte(`{"x":1}`); return f }, ErrBadSignature},
		{"invalid json", func(f [][]byte) [][]byte {
			f[6] = []byte(`{`)
			f[2] = []byte(s.Sign(f[3], f[4], f[5], f[6]))
			return f
		}, ErrBadJSON},
		{"empty header", func(f [][]byte) [][]byte {
			f[3] = []byte(`{}`)
			f[2] = []byte(s.Sign(f[3], f[4], f[5], f[6]))
			return f
		}, ErrBadHeader},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := s.Parse(c.mutate(sample(t, s)))
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
		})
	}
}

func TestReplay(t *testing.T) {
	s := NewSigner([]byte("k"))
	frames := sample(t, s)
	if _, err := s.Parse(frames); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Parse(frames); !errors.Is(err, ErrReplay) {
		t.Fatalf("second parse: %v, want ErrReplay", err)
	}
}

func TestReplayHistoryIsBounded(t *testing.T) {
	s := NewSigner([]byte("k"))
	s.history = 4
	first := sample(t, s)
	if _, err := s.Parse(first); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		if _, err := s.Parse(sample(t, s)); err != nil {
			t.Fatal(err)
		}
	}
	if len(s.seen) != 4 {
		t.Fatalf("remembered %d signatures, want 4", len(s.seen))
	}
	// The oldest signature has been forgotten.
	if _, err := s.Parse(first); err != nil {
		t.Fatalf("forgotten signature rejected: %v", err)
	}
}

func TestNoKeyMeansNoSignature(t *testing.T) {
	s := NewSigner(nil)
	frames := sample(t, s)
	if len(frames[2]) != 0 {
		t.Fatalf("signature %q with empty key", frames[2])
	}
	if _, err := s.Parse(frames); err != nil {
		t.Fatal(err)
	}
}

func TestUpperCaseSignatureAccepted(t *testing.T) {
	s := NewSigner([]byte("k"))
	frames := sample(t, s)
	frames[2] = bytes.ToUpper(frames[2])
	if _, err := s.Parse(frames); err != nil {
		t.Fatal(err)
	}
}

func FuzzParse(f *testing.F) {
	s := NewSigner(nil)
	m, _ := NewReply("s", nil, "execute_request", map[string]any{"code": "1+1"})
	frames, _ := s.Frames(m)
	f.Add(bytes.Join(frames, []byte{0}))
	f.Add([]byte("<IDS|MSG>\x00\x00{}\x00{}\x00{}\x00{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		frames := bytes.Split(data, []byte{0})
		msg, err := NewSigner(nil).Parse(frames)
		if err != nil {
			return
		}
		// Whatever parses must re-encode and parse back to the same header.
		out, err := s.Frames(msg)
		if err != nil {
			t.Fatal(err)
		}
		back, err := NewSigner(nil).Parse(out)
		if err != nil {
			t.Fatalf("re-encoded message does not parse: %v", err)
		}
		if back.Header != msg.Header {
			t.Fatalf("header changed: %+v != %+v", back.Header, msg.Header)
		}
	})
}
