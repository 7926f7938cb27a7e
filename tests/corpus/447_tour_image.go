//go:build ignore

// A Tour of Go's Image exercise: a cell type implementing image.Image
// (ColorModel, Bounds, At) drawn from a function of x and y, read back
// pixel by pixel through the interface, copied into an image.RGBA with
// draw.Draw, and encoded as PNG whose bytes are summed with crc32 (the
// Tour shows it with pic.ShowImage).
package main

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/draw"
	"image/png"
)

//cell

type Image struct {
	W, H int
	F    func(x, y int) uint8
}

func (m Image) ColorModel() color.Model { return color.RGBAModel }

func (m Image) Bounds() image.Rectangle { return image.Rect(0, 0, m.W, m.H) }

func (m Image) At(x, y int) color.Color {
	v := m.F(x, y)
	return color.RGBA{v, v, 255, 255}
}

var _ image.Image = Image{}

//cell

func sumRed(img image.Image) (sum int) {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, _, _, _ := img.At(x, y).RGBA()
			sum += int(r >> 8)
		}
	}
	return sum
}

//cell

func main() {
	m := Image{W: 16, H: 8, F: func(x, y int) uint8 { return uint8((x ^ y) * 16) }}
	fmt.Println(m.Bounds(), m.Bounds().Dx(), m.Bounds().Dy())
	fmt.Println(m.At(3, 5), m.ColorModel() == color.RGBAModel)
	fmt.Println(sumRed(m))

	dst := image.NewRGBA(m.Bounds())
	draw.Draw(dst, dst.Bounds(), m, image.Point{}, draw.Src)
	fmt.Println(dst.RGBAAt(3, 5), len(dst.Pix), sumRed(dst))

	gray := image.NewGray(image.Rect(0, 0, 4, 4))
	for y := 0; y < 4; y++ {
		for x := 0; x < 4; x++ {
			gray.Set(x, y, m.At(x*2, y))
		}
	}
	fmt.Println(gray.Pix)

	var buf bytes.Buffer
	if err := png.Encode(&buf, m); err != nil {
		fmt.Println("encode:", err)
		return
	}
	fmt.Printf("png: %d bytes, crc %08x\n", buf.Len(), crc32.ChecksumIEEE(buf.Bytes()))
	back, err := png.Decode(&buf)
	fmt.Println(err, back.Bounds(), sumRed(back) == sumRed(m))
}
