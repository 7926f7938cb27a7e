//go:build ignore

// A Tour of Go's method exercises, done again: a Stringer for IP
// addresses, an error type for square roots of negatives, a rot13
// io.Reader wrapping another reader, and a reader of endless 'A's.
package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
)

type IPAddr [4]byte

func (ip IPAddr) String() string {
	return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3])
}

//cell

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

//cell

type rot13Reader struct {
	r io.Reader
}

func rot13(b byte) byte {
	switch {
	case b >= 'a' && b <= 'z':
		return 'a' + (b-'a'+13)%26
	case b >= 'A' && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	}
	return b
}

func (rr rot13Reader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	for i := range p[:n] {
		p[i] = rot13(p[i])
	}
	return n, err
}

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

//cell

func main() {
	hosts := map[string]IPAddr{
		"loopback":  {127, 0, 0, 1},
		"googleDNS": {8, 8, 8, 8},
	}
	for _, name := range []string{"googleDNS", "loopback"} {
		fmt.Printf("%v: %v\n", name, hosts[name])
	}
	fmt.Println(hosts["loopback"], []IPAddr{{10, 0, 0, 1}})
	fmt.Printf("%s|%q|%x\n", hosts["googleDNS"], IPAddr{1, 2, 3, 4}, IPAddr{255, 1, 2, 3})

	for _, x := range []float64{2, -2, 9} {
		v, err := Sqrt(x)
		if err != nil {
			fmt.Println("error:", err)
			var neg ErrNegativeSqrt
			if errors.As(err, &neg) {
				fmt.Printf("negative input %.1f (%T)\n", float64(neg), neg)
			}
			continue
		}
		fmt.Printf("Sqrt(%g) = %.6f (math: %.6f)\n", x, v, math.Sqrt(x))
	}
	wrapped := fmt.Errorf("step 3: %w", ErrNegativeSqrt(-4))
	fmt.Println(wrapped, errors.Is(wrapped, ErrNegativeSqrt(-4)))

	s := strings.NewReader("Lbh penpxrq gur pbqr!\n")
	r := rot13Reader{s}
	io.Copy(os.Stdout, &r)
	b, _ := io.ReadAll(rot13Reader{strings.NewReader("Uryyb, Tbcure")})
	fmt.Println(string(b))

	buf := make([]byte, 8)
	var rd io.Reader = MyReader{}
	n, err := rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	lim, _ := io.ReadAll(io.LimitReader(MyReader{}, 5))
	fmt.Printf("%q\n", lim)
}
