//go:build ignore

// The Tour's image exercise taken further: a cell type implementing
// image.Image (ColorModel, Bounds, At), drawn into an image.RGBA with
// draw.Draw so that compiled code calls its At, a custom color.Color
// converted by color.GrayModel, a checksum of the pixels, and an ASCII
// rendering by brightness.
package main

import (
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/draw"
	"strings"
)

//cell

type Pattern struct {
	W, H int
	F    func(x, y int) uint8
}

func (p Pattern) ColorModel() color.Model { return color.RGBAModel }
func (p Pattern) Bounds() image.Rectangle { return image.Rect(0, 0, p.W, p.H) }
func (p Pattern) At(x, y int) color.Color {
	v := p.F(x, y)
	return color.RGBA{v, v / 2, 255 - v, 255}
}

type Warm struct{ Heat uint8 }

func (w Warm) RGBA() (r, g, b, a uint32) {
	h := uint32(w.Heat)
	return h * 257, h * 128, (255 - h) * 64, 0xffff
}

//cell

func ascii(img image.Image) string {
	const ramp = " .:-=+*#%@"
	var sb strings.Builder
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			g := color.GrayModel.Convert(img.At(x, y)).(color.Gray)
			sb.WriteByte(ramp[int(g.Y)*(len(ramp)-1)/255])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

//cell

func main() {
	p := Pattern{16, 8, func(x, y int) uint8 { return uint8((x ^ y) * 16) }}
	dst := image.NewRGBA(image.Rect(0, 0, 16, 8))
	draw.Draw(dst, dst.Bounds(), p, image.Point{}, draw.Src)
	fmt.Println(dst.Bounds(), dst.At(3, 5), dst.RGBAAt(15, 7))
	fmt.Printf("crc %08x\n", crc32.ChecksumIEEE(dst.Pix))
	fmt.Print(ascii(dst))
	fmt.Print(ascii(p))

	sub := dst.SubImage(image.Rect(4, 2, 8, 4)).(*image.RGBA)
	fmt.Println(sub.Bounds(), sub.Bounds().Dx(), sub.Bounds().Size(), sub.At(5, 3))

	for _, w := range []Warm{{0}, {128}, {255}} {
		g := color.GrayModel.Convert(w).(color.Gray)
		r := color.RGBAModel.Convert(w).(color.RGBA)
		fmt.Println(w, g, r)
	}
	var c color.Color = Warm{200}
	r, g, b, a := c.RGBA()
	fmt.Println(r, g, b, a)
	pal := color.Palette{color.Black, color.White, color.RGBA{255, 0, 0, 255}}
	fmt.Println(pal.Index(Warm{250}), pal.Index(color.Gray{30}), pal.Convert(Warm{255}))

	up := image.NewGray(image.Rect(0, 0, 4, 2))
	draw.Draw(up, up.Bounds(), &image.Uniform{Warm{100}}, image.Point{}, draw.Src)
	fmt.Println(up.Pix, image.Pt(3, 4).Add(image.Pt(1, 1)), image.Rect(0, 0, 2, 2).Intersect(image.Rect(1, 1, 5, 5)))
}
