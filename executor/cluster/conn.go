package cluster

import (
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
)

// Conn says how to reach a NATS server and prove who you are. Every field
// passes through to the NATS client (nats.go); empty fields are not used.
// The same fields exist as flags of `gofutures worker --nats URL`.
type Conn struct {
	// URL is the server, or a comma-separated list of servers:
	// "nats://host:4222", "tls://host:4222". Empty in Options: start an
	// embedded server (see Options.Workers).
	URL string
	// User and Password authenticate with a user name and password.
	User, Password string
	// Token authenticates with a token.
	Token string
	// NKeySeedFile authenticates with the nkey whose seed is in the file.
	NKeySeedFile string
	// CredsFile authenticates with a user JWT and nkey seed (a .creds file).
	CredsFile string
	// TLSCAFile, when set, verifies the server with these root CAs and
	// requires TLS: nothing is sent in clear.
	TLSCAFile string
	// TLSCertFile and TLSKeyFile, when set, present a client certificate
	// (and require TLS).
	TLSCertFile, TLSKeyFile string
	// TLS, when not nil, is the TLS configuration to use (compiled
	// programs); it requires TLS. It does not reach local workers, which
	// take the file settings above as flags.
	TLS *tls.Config
	// ReconnectFor is how long the client tries to reconnect after losing
	// the server before it gives up and fails what is pending with a
	// *ConnectionError. Default 30s.
	ReconnectFor time.Duration
	// Extra are further nats.go options, applied last.
	Extra []nats.Option
}

// Args returns c as the command-line flags of `gofutures worker`, but
// for the secrets (Password, Token), which Env gives: a command line is
// visible to every user of the machine. Extra and TLS do not translate
// and are left out.
func (c Conn) Args() []string {
	var args []string
	add := func(flag, v string) {
		if v != "" {
			args = append(args, "--"+flag, v)
		}
	}
	add("nats", c.URL)
	add("user", c.User)
	add("nkey", c.NKeySeedFile)
	add("creds", c.CredsFile)
	add("tlsca", c.TLSCAFile)
	add("tlscert", c.TLSCertFile)
	add("tlskey", c.TLSKeyFile)
	if c.ReconnectFor > 0 {
		add("reconnect-for", c.ReconnectFor.String())
	}
	return args
}

// reconnectFor is ReconnectFor or its default.
func (c Conn) reconnectFor() time.Duration {
	if c.ReconnectFor <= 0 {
		return 30 * time.Second
	}
	return c.ReconnectFor
}

// Env returns the secrets of c as the environment variables `gofutures
// worker` reads them from.
func (c Conn) Env() []string {
	var env []string
	if c.Password != "" {
		env = append(env, "GOFUTURES_NATS_PASSWORD="+c.Password)
	}
	if c.Token != "" {
		env = append(env, "GOFUTURES_NATS_TOKEN="+c.Token)
	}
	return env
}

// secure reports whether c asks for TLS.
func (c Conn) secure() bool {
	return c.TLS != nil || c.TLSCAFile != "" || c.TLSCertFile != "" || strings.HasPrefix(c.URL, "tls://")
}

// ConnectionError is the error of tasks that were pending when the
// connection to the NATS server was lost for good (after ReconnectFor), or
// could not be made.
type ConnectionError struct {
	URL string
	Op  string // "connecting to", "lost the connection to"
	Err error
}

func (e *ConnectionError) Error() string {
	return fmt.Sprintf("cluster: %s NATS server %s: %v", e.Op, e.URL, e.Err)
}

func (e *ConnectionError) Unwrap() error { return e.Err }

// ErrConnectionLost matches every *ConnectionError.
var ErrConnectionLost = errors.New("cluster: connection to the NATS server lost")

// Is reports whether target is ErrConnectionLost.
func (e *ConnectionError) Is(target error) bool { return target == ErrConnectionLost }

// connHandlers are called on connection changes.
type connHandlers struct {
	disconnected func(error)
	reconnected  func(url string)
	closed       func(error)
}

// connect dials the server with the credentials of c. notes receives a
// line on every disconnect and reconnect (nil: none).
func (c Conn) connect(name string, notes io.Writer, h connHandlers) (*nats.Conn, error) {
	wait := 250 * time.Millisecond
	reconnectFor := c.reconnectFor()
	opts := []nats.Option{
		nats.Name(name),
		nats.ReconnectWait(wait),
		nats.MaxReconnects(int(reconnectFor / wait)),
		nats.Timeout(5 * time.Second),
		nats.DisconnectErrHandler(func(nc *nats.Conn, err error) {
			if notes != nil && err != nil {
				fmt.Fprintf(notes, "cluster: disconnected from %s (%v); reconnecting for up to %v\n", c.URL, err, reconnectFor)
			}
			if h.disconnected != nil {
				h.disconnected(err)
			}
		}),
		nats.ReconnectHandler(func(nc *nats.Conn) {
			if notes != nil {
				fmt.Fprintf(notes, "cluster: reconnected to %s\n", nc.ConnectedUrlRedacted())
			}
			if h.reconnected != nil {
				h.reconnected(nc.ConnectedUrlRedacted())
			}
		}),
		nats.ClosedHandler(func(nc *nats.Conn) {
			if h.closed != nil {
				err := nc.LastError()
				if err == nil {
					err = nats.ErrConnectionClosed
				}
				h.closed(err)
			}
		}),
	}
	if c.User != "" || c.Password != "" {
		opts = append(opts, nats.UserInfo(c.User, c.Password))
	}
	if c.Token != "" {
		opts = append(opts, nats.Token(c.Token))
	}
	if c.NKeySeedFile != "" {
		o, err := nats.NkeyOptionFromSeed(c.NKeySeedFile)
		if err != nil {
			return nil, fmt.Errorf("cluster: nkey seed %s: %w", c.NKeySeedFile, err)
		}
		opts = append(opts, o)
	}
	if c.CredsFile != "" {
		opts = append(opts, nats.UserCredentials(c.CredsFile))
	}
	if c.TLS != nil {
		opts = append(opts, nats.Secure(c.TLS))
	} else if c.secure() {
		opts = append(opts, nats.Secure())
	}
	if c.TLSCAFile != "" {
		opts = append(opts, nats.RootCAs(c.TLSCAFile))
	}
	if c.TLSCertFile != "" || c.TLSKeyFile != "" {
		opts = append(opts, nats.ClientCert(c.TLSCertFile, c.TLSKeyFile))
	}
	opts = append(opts, c.Extra...)
	nc, err := nats.Connect(c.URL, opts...)
	if err != nil {
		return nil, &ConnectionError{URL: c.URL, Op: "connecting to", Err: err}
	}
	return nc, nil
}
