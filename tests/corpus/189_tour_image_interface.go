//go:build ignore

// A Tour of Go's image exercise: a cell type implements image.Image, and
// the standard library (image/draw, image/png, color conversions) works
// with it through the interface.
package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
)

type Image struct {
	W, H int
	F    func(x, y int) uint8
}

func (m Image) Bounds() image.Rectangle { return image.Rect(0, 0, m.W, m.H) }

func (m Image) ColorModel() color.Model { return color.RGBAModel }

func (m Image) At(x, y int) color.Color {
	v := m.F(x, y)
	return color.RGBA{v, v, 255, 255}
}

//cell

// Checker is a two-colour board with square cells of Size pixels.
type Checker struct {
	Size   int
	N      int
	Dark   color.Gray
	Bright color.Gray
}

func (c *Checker) Bounds() image.Rectangle { return image.Rect(0, 0, c.Size*c.N, c.Size*c.N) }
func (c *Checker) ColorModel() color.Model { return color.GrayModel }
func (c *Checker) At(x, y int) color.Color {
	if (x/c.Size+y/c.Size)%2 == 0 {
		return c.Dark
	}
	return c.Bright
}

//cell

func describe(m image.Image) {
	b := m.Bounds()
	r, g, bl, a := m.At(b.Max.X-1, b.Max.Y-1).RGBA()
	fmt.Printf("%v %dx%d corner=%d,%d,%d,%d\n", b, b.Dx(), b.Dy(), r>>8, g>>8, bl>>8, a>>8)
}

func main() {
	m := Image{W: 4, H: 3, F: func(x, y int) uint8 { return uint8(x*y*20 + x) }}
	describe(m)
	var im image.Image = m
	fmt.Println(im.At(2, 2), im.ColorModel() == color.RGBAModel)
	for y := range m.H {
		for x := range m.W {
			fmt.Printf("%3d ", m.At(x, y).(color.RGBA).R)
		}
		fmt.Println()
	}

	var buf bytes.Buffer
	if err := png.Encode(&buf, m); err != nil {
		fmt.Println("encode:", err)
		return
	}
	back, format, err := image.Decode(&buf)
	fmt.Println(format, err, back.Bounds(), back.At(3, 2))

	board := &Checker{Size: 2, N: 3, Dark: color.Gray{10}, Bright: color.Gray{240}}
	describe(board)
	dst := image.NewRGBA(board.Bounds())
	draw.Draw(dst, dst.Bounds(), board, image.Point{}, draw.Src)
	fmt.Println(dst.At(0, 0), dst.At(2, 0), dst.At(3, 3))
	fmt.Printf("%x\n", sha256.Sum256(dst.Pix))
	gray := color.GrayModel.Convert(m.At(3, 2))
	fmt.Println(gray)
	sub := dst.SubImage(image.Rect(1, 1, 3, 3))
	describe(sub)
}
