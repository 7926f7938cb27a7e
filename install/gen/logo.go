//go:build ignore

// Command logo draws the kernel's logos (logo-32x32.png, logo-64x64.png):
// a Go-blue rounded square with three white bars of different lengths,
// tasks finishing at different times. Run: go run gen/logo.go
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
	"strconv"
)

func main() {
	for _, size := range []int{32, 64} {
		img := image.NewRGBA(image.Rect(0, 0, size, size))
		blue := color.RGBA{0x00, 0xAD, 0xD8, 0xFF}
		white := color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}
		s := float64(size)
		r := s * 0.2
		for y := 0; y < size; y++ {
			for x := 0; x < size; x++ {
				fx, fy := float64(x)+0.5, float64(y)+0.5
				dx := math.Max(math.Max(r-fx, fx-(s-r)), 0)
				dy := math.Max(math.Max(r-fy, fy-(s-r)), 0)
				if dx*dx+dy*dy <= r*r {
					img.Set(x, y, blue)
				}
			}
		}
		bars := []float64{0.75, 0.5, 0.62}
		for i, l := range bars {
			y0 := s * (0.25 + 0.2*float64(i))
			for y := int(y0); y < int(y0+s*0.12); y++ {
				for x := int(s * 0.18); x < int(s*(0.18+l*0.85)); x++ {
					img.Set(x, y, white)
				}
			}
		}
		f, err := os.Create("logo-" + strconv.Itoa(size) + "x" + strconv.Itoa(size) + ".png")
		if err != nil {
			log.Fatal(err)
		}
		if err := png.Encode(f, img); err != nil {
			log.Fatal(err)
		}
		f.Close()
	}
}
