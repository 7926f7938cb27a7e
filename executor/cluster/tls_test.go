package cluster

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nkeys"
)

// selfSigned writes a self-signed certificate for 127.0.0.1 and its key
// into dir; the certificate is its own CA.
func selfSigned(t *testing.T, dir string) (cert, key string) {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "gofutures test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, IsCA: true, BasicConstraintsValid: true,
		KeyUsage:    x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &k.PublicKey, k)
	if err != nil {
		t.Fatal(err)
	}
	kd, err := x509.MarshalECPrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	cert, key = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	os.WriteFile(cert, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	os.WriteFile(key, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kd}), 0o600)
	return cert, key
}

func TestTLSAndTokenPassThrough(t *testing.T) {
	dir := t.TempDir()
	cert, key := selfSigned(t, dir)
	srv := newServer(t, 0, t.TempDir(), func(o *server.Options) {
		tc, err := server.GenTLSConfig(&server.TLSConfigOpts{CertFile: cert, KeyFile: key})
		if err != nil {
			t.Fatal(err)
		}
		o.TLS, o.TLSConfig, o.Authorization = true, tc, "t0ken"
	})
	defer srv.Shutdown()
	url := srv.ClientURL()
	if !strings.HasPrefix(url, "tls://") {
		t.Fatalf("server URL %s", url)
	}
	// Without the CA the server's certificate is refused; without the token
	// the connection is.
	if _, err := New(Options{Conn: Conn{URL: url, Token: "t0ken"}, Workers: -1}); err == nil || !strings.Contains(err.Error(), "certificate") {
		t.Fatalf("without the CA: %v", err)
	}
	if _, err := New(Options{Conn: Conn{URL: url, TLSCAFile: cert}, Workers: -1}); err == nil || !strings.Contains(strings.ToLower(err.Error()), "authorization") {
		t.Fatalf("without the token: %v", err)
	}
	// The workers get the same CA and token, as flags.
	e, _ := newExecutor(t, Options{Conn: Conn{URL: url, TLSCAFile: cert, Token: "t0ken"}, Workers: 1})
	if v, err := e.Submit(squareF, 11).Result(); v != 121 || err != nil {
		t.Fatalf("over TLS with a token: %v %v", v, err)
	}
}

func TestTLSConfiguredRefusesAServerInClear(t *testing.T) {
	cert, _ := selfSigned(t, t.TempDir())
	srv := newServer(t, 0, t.TempDir(), nil)
	defer srv.Shutdown()
	_, err := New(Options{Conn: Conn{URL: srv.ClientURL(), TLSCAFile: cert}, Workers: -1})
	if err == nil || !strings.Contains(err.Error(), "secure connection") {
		t.Fatalf("TLS configured, server without TLS: %v", err)
	}
}

func TestNKeyPassThrough(t *testing.T) {
	user, err := nkeys.CreateUser()
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := user.PublicKey()
	seed, _ := user.Seed()
	seedFile := filepath.Join(t.TempDir(), "user.nk")
	if err := os.WriteFile(seedFile, seed, 0o600); err != nil {
		t.Fatal(err)
	}
	srv := newServer(t, 0, t.TempDir(), func(o *server.Options) { o.Nkeys = []*server.NkeyUser{{Nkey: pub}} })
	defer srv.Shutdown()
	if _, err := New(Options{Conn: Conn{URL: srv.ClientURL()}, Workers: -1}); err == nil {
		t.Fatal("connected without the nkey")
	}
	// The worker gets the seed file as --nkey.
	e, _ := newExecutor(t, Options{Conn: Conn{URL: srv.ClientURL(), NKeySeedFile: seedFile}, Workers: 1})
	if v, err := e.Submit(squareF, 13).Result(); v != 169 || err != nil {
		t.Fatalf("with an nkey: %v %v", v, err)
	}
}
