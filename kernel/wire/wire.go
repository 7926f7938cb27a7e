// Package wire implements the Jupyter messaging wire format (protocol 5.3):
// the frames of a message on a ZeroMQ socket, HMAC-SHA256 signing with
// constant-time verification, and replay detection.
//
// A message on the wire is
//
//	[identities...] "<IDS|MSG>" signature header parent_header metadata content [buffers...]
//
// where signature is the lower-case hex HMAC of the four JSON frames that
// follow it. This package knows nothing about sockets; package kernel/zmq moves
// frames between sockets and this layer.
package wire

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"sync"
	"time"

	"github.com/google/uuid"
)

// ProtocolVersion is the version of the messaging protocol this package speaks.
const ProtocolVersion = "5.3"

// Delimiter separates routing identities from the message proper.
const Delimiter = "<IDS|MSG>"

// Errors returned by Parse. Callers branch on them with errors.Is.
var (
	ErrNoDelimiter  = errors.New("wire: no <IDS|MSG> delimiter")
	ErrShort        = errors.New("wire: fewer than the 5 frames after the delimiter")
	ErrBadSignature = errors.New("wire: signature mismatch")
	ErrUnsigned     = errors.New("wire: message is not signed")
	ErrReplay       = errors.New("wire: replayed message (signature seen before)")
	ErrBadJSON      = errors.New("wire: malformed JSON frame")
	ErrBadHeader    = errors.New("wire: header lacks msg_id or msg_type")
)

// Header is a message header or parent header.
type Header struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// IsZero reports whether h is the empty header (an absent parent).
func (h Header) IsZero() bool { return h == Header{} }

// Message is one Jupyter message. Content and Metadata stay raw JSON so
// that handlers decode exactly the struct they need.
type Message struct {
	Identities [][]byte
	Header     Header
	Parent     Header
	Metadata   json.RawMessage
	Content    json.RawMessage
	Buffers    [][]byte
}

// DecodeContent unmarshals the content into v.
func (m *Message) DecodeContent(v any) error {
	if err := json.Unmarshal(m.Content, v); err != nil {
		return fmt.Errorf("%w: content of %s: %v", ErrBadJSON, m.Header.MsgType, err)
	}
	return nil
}

// Signer signs and verifies messages with one session key and remembers
// the signatures it has verified, to reject replays. The zero key disables
// signing, as the protocol allows. A Signer is safe for concurrent use.
type Signer struct {
	key  []byte
	pool sync.Pool

	mu      sync.Mutex
	seen    map[string]struct{}
	order   []string // ring of remembered signatures, oldest at next
	next    int
	history int
}

// DefaultReplayHistory is how many signatures a Signer remembers
// (ipykernel's digest_history_size).
const DefaultReplayHistory = 1 << 16

// NewSigner returns a Signer for key (the connection file's "key" as
// bytes). Only HMAC-SHA256 is supported.
func NewSigner(key []byte) *Signer {
	s := &Signer{key: append([]byte(nil), key...), seen: make(map[string]struct{}), history: DefaultReplayHistory}
	s.pool.New = func() any { return hmac.New(sha256.New, s.key) }
	return s
}

// Enabled reports whether messages are signed.
func (s *Signer) Enabled() bool { return len(s.key) > 0 }

// Sign returns the hex signature of the four JSON frames.
func (s *Signer) Sign(frames ...[]byte) string {
	if !s.Enabled() {
		return ""
	}
	mac := s.pool.Get().(hash.Hash)
	mac.Reset()
	for _, f := range frames {
		mac.Write(f)
	}
	sum := mac.Sum(nil)
	s.pool.Put(mac)
	return hex.EncodeToString(sum)
}

// verify checks sig against the frames in constant time and records it.
func (s *Signer) verify(sig []byte, frames ...[]byte) error {
	if !s.Enabled() {
		return nil
	}
	if len(sig) == 0 {
		return ErrUnsigned
	}
	want := s.Sign(frames...)
	if !hmac.Equal([]byte(want), bytes.ToLower(sig)) {
		return ErrBadSignature
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, dup := s.seen[want]; dup {
		return ErrReplay
	}
	if len(s.order) < s.history {
		s.order = append(s.order, want)
	} else {
		delete(s.seen, s.order[s.next])
		s.order[s.next] = want
		s.next = (s.next + 1) % s.history
	}
	s.seen[want] = struct{}{}
	return nil
}

// Parse decodes the frames of one message and verifies its signature.
// Every error wraps one of the Err* values of this package.
func (s *Signer) Parse(frames [][]byte) (*Message, error) {
	i := 0
	for i < len(frames) && string(frames[i]) != Delimiter {
		i++
	}
	if i == len(frames) {
		return nil, ErrNoDelimiter
	}
	rest := frames[i+1:]
	if len(rest) < 5 {
		return nil, ErrShort
	}
	if err := s.verify(rest[0], rest[1], rest[2], rest[3], rest[4]); err != nil {
		return nil, err
	}
	m := &Message{Identities: frames[:i]}
	if err := json.Unmarshal(rest[1], &m.Header); err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrBadJSON, err)
	}
	if m.Header.MsgID == "" || m.Header.MsgType == "" {
		return nil, ErrBadHeader
	}
	if err := json.Unmarshal(rest[2], &m.Parent); err != nil {
		return nil, fmt.Errorf("%w: parent_header: %v", ErrBadJSON, err)
	}
	if !json.Valid(rest[3]) || !json.Valid(rest[4]) {
		return nil, fmt.Errorf("%w: metadata or content", ErrBadJSON)
	}
	m.Metadata = json.RawMessage(rest[3])
	m.Content = json.RawMessage(rest[4])
	if len(rest) > 5 {
		m.Buffers = rest[5:]
	}
	return m, nil
}

// Frames encodes m, signing it, into the frames to send.
func (s *Signer) Frames(m *Message) ([][]byte, error) {
	header, err := json.Marshal(m.Header)
	if err != nil {
		return nil, fmt.Errorf("wire: encode header: %w", err)
	}
	parent := []byte("{}")
	if !m.Parent.IsZero() {
		if parent, err = json.Marshal(m.Parent); err != nil {
			return nil, fmt.Errorf("wire: encode parent header: %w", err)
		}
	}
	meta := []byte(m.Metadata)
	if len(meta) == 0 {
		meta = []byte("{}")
	}
	content := []byte(m.Content)
	if len(content) == 0 {
		content = []byte("{}")
	}
	out := make([][]byte, 0, len(m.Identities)+6+len(m.Buffers))
	out = append(out, m.Identities...)
	out = append(out, []byte(Delimiter), []byte(s.Sign(header, parent, meta, content)), header, parent, meta, content)
	out = append(out, m.Buffers...)
	return out, nil
}

// NewHeader returns a fresh header of the given type for session.
func NewHeader(msgType, session string) Header {
	return Header{
		MsgID:    uuid.NewString(),
		Session:  session,
		Username: "kernel",
		Date:     time.Now().UTC().Format("2006-01-02T15:04:05.000000Z"),
		MsgType:  msgType,
		Version:  ProtocolVersion,
	}
}

// NewReply builds a message of type msgType from session in reply to (or
// published on behalf of) parent, with content marshalled from content.
// Identities are copied from parent so that a ROUTER socket routes the
// reply back. parent may be nil.
func NewReply(session string, parent *Message, msgType string, content any) (*Message, error) {
	raw, err := json.Marshal(content)
	if err != nil {
		return nil, fmt.Errorf("wire: encode %s content: %w", msgType, err)
	}
	m := &Message{Header: NewHeader(msgType, session), Content: raw}
	if parent != nil {
		m.Identities = parent.Identities
		m.Parent = parent.Header
	}
	return m, nil
}
