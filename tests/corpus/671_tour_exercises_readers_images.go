//go:build ignore

// The Tour of Go's exercises, as a learner types them into a notebook:
// an IPAddr Stringer, ErrNegativeSqrt with Newton's method, an infinite
// 'A' reader, rot13Reader wrapping strings.Reader, and an image.Image
// implementation summed pixel by pixel; later cells redefine values and
// add methods used through interfaces of the standard library.
package main

import (
	"fmt"
	"image"
	"image/color"
	"io"
	"math"
	"os"
	"strings"
)

//cell

type IPAddr [4]byte

func (ip IPAddr) String() string {
	return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3])
}

type Host interface {
	fmt.Stringer
	Private() bool
}

func (ip IPAddr) Private() bool { return ip[0] == 10 || ip[0] == 192 && ip[1] == 168 }

//cell

func part1() {
	hosts := map[string]IPAddr{
		"loopback":  {127, 0, 0, 1},
		"googleDNS": {8, 8, 8, 8},
	}
	for _, name := range []string{"googleDNS", "loopback"} {
		fmt.Printf("%v: %v\n", name, hosts[name])
	}
	fmt.Println(hosts["loopback"], []IPAddr{{10, 0, 0, 1}})
	fmt.Printf("%s %q %v\n", hosts["googleDNS"], hosts["googleDNS"], &IPAddr{1, 2, 3, 4})
	var h Host = hosts["loopback"]
	var s fmt.Stringer = h
	show := h.String
	seen := []fmt.Stringer{h}
	h = IPAddr{192, 168, 0, 1}
	fmt.Println(s, show(), seen, h, h.Private())
}

//cell

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprint("cannot Sqrt negative number: ", float64(e))
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

func part2() {
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	v, err := Sqrt(-9)
	if e, ok := err.(ErrNegativeSqrt); ok {
		fmt.Printf("%v %.1f %T\n", v, float64(e), e)
	}
	fmt.Printf("%.6f\n", math.Abs(func() float64 { r, _ := Sqrt(10); return r }()-math.Sqrt(10)))
}

//cell

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

func validate(r io.Reader) string {
	b := make([]byte, 1024, 2048)
	total := 0
	for i := 0; i < 1<<8; i++ {
		n, err := r.Read(b)
		for _, c := range b[:n] {
			if c != 'A' {
				return fmt.Sprintf("got byte %x want 'A'", c)
			}
		}
		if err != nil {
			return fmt.Sprint("read error:", err)
		}
		total += n
	}
	return fmt.Sprint("OK! ", total)
}

func part3() {
	fmt.Println(validate(MyReader{}))
}

//cell

type rot13Reader struct {
	r io.Reader
}

func rot13(b byte) byte {
	switch {
	case 'a' <= b && b <= 'z':
		return 'a' + (b-'a'+13)%26
	case 'A' <= b && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	}
	return b
}

func (r rot13Reader) Read(p []byte) (n int, err error) {
	n, err = r.r.Read(p)
	for i := 0; i < n; i++ {
		p[i] = rot13(p[i])
	}
	return
}

//cell

func part4() {
	s := strings.NewReader("Lbh penpxrq gur pbqr!\n")
	r := rot13Reader{s}
	io.Copy(os.Stdout, &r)
	data, _ := io.ReadAll(rot13Reader{strings.NewReader("Uryyb, Tbcure")})
	fmt.Println(string(data))
	var lr io.Reader = io.LimitReader(rot13Reader{strings.NewReader("nopqrstuvwxyz")}, 5)
	data, _ = io.ReadAll(lr)
	fmt.Printf("%s %d\n", data, len(data))
}

//cell

type Image struct {
	w, h int
	f    func(x, y int) uint8
}

func (img Image) ColorModel() color.Model { return color.RGBAModel }
func (img Image) Bounds() image.Rectangle { return image.Rect(0, 0, img.w, img.h) }
func (img Image) At(x, y int) color.Color {
	v := img.f(x, y)
	return color.RGBA{v, v, 255, 255}
}

func checksum(m image.Image) (sum uint64) {
	b := m.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, a := m.At(x, y).RGBA()
			sum += uint64(r>>8) + uint64(g>>8)*3 + uint64(bl>>8)*7 + uint64(a>>8)
		}
	}
	return
}

//cell

func part5() {
	m := Image{16, 8, func(x, y int) uint8 { return uint8((x + y) / 2) }}
	fmt.Println(m.Bounds(), checksum(m), m.ColorModel() == color.RGBAModel)
	m = Image{8, 8, func(x, y int) uint8 { return uint8(x * y) }}
	fmt.Println(m.Bounds().Dx(), checksum(m))
	fmt.Println(m.At(3, 5))
	var im image.Image = m
	rgba := image.NewRGBA(im.Bounds())
	for y := 0; y < 8; y++ {
		for x := 0; x < 8; x++ {
			rgba.Set(x, y, im.At(x, y))
		}
	}
	fmt.Println(checksum(rgba) == checksum(m), rgba.RGBAAt(7, 7))
	gray := color.GrayModel.Convert(m.At(2, 2)).(color.Gray)
	fmt.Println(gray.Y)
}

//cell

func main() {
	part1()
	part2()
	part3()
	part4()
	part5()
}
