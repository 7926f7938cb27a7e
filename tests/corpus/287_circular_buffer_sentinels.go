//go:build ignore

// A fixed-size circular buffer of bytes, and a generic one, with
// errors.New sentinels for empty and full, Overwrite that drops the
// oldest value, and a fmt.Formatter-free String showing the contents.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrEmpty = errors.New("buffer empty")
	ErrFull  = errors.New("buffer full")
)

type Buffer struct {
	data        []byte
	read, count int
}

//cell

func NewBuffer(size int) *Buffer { return &Buffer{data: make([]byte, size)} }

func (b *Buffer) ReadByte() (byte, error) {
	if b.count == 0 {
		return 0, ErrEmpty
	}
	c := b.data[b.read]
	b.read = (b.read + 1) % len(b.data)
	b.count--
	return c, nil
}

func (b *Buffer) WriteByte(c byte) error {
	if b.count == len(b.data) {
		return ErrFull
	}
	b.data[(b.read+b.count)%len(b.data)] = c
	b.count++
	return nil
}

func (b *Buffer) Overwrite(c byte) {
	if b.WriteByte(c) == ErrFull {
		b.data[b.read] = c
		b.read = (b.read + 1) % len(b.data)
	}
}

func (b *Buffer) Reset() { b.read, b.count = 0, 0 }

func (b *Buffer) String() string {
	var sb strings.Builder
	sb.WriteByte('[')
	for i := 0; i < b.count; i++ {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteByte(b.data[(b.read+i)%len(b.data)])
	}
	sb.WriteByte(']')
	return sb.String()
}

//cell

type Ring[T any] struct {
	items []T
	start int
	n     int
}

func (r *Ring[T]) Push(v T) error {
	if r.n == len(r.items) {
		return fmt.Errorf("push %v: %w", v, ErrFull)
	}
	r.items[(r.start+r.n)%len(r.items)] = v
	r.n++
	return nil
}

func (r *Ring[T]) Pop() (T, error) {
	var zero T
	if r.n == 0 {
		return zero, fmt.Errorf("pop: %w", ErrEmpty)
	}
	v := r.items[r.start]
	r.items[r.start] = zero
	r.start = (r.start + 1) % len(r.items)
	r.n--
	return v, nil
}

//cell

func main() {
	b := NewBuffer(3)
	_, err := b.ReadByte()
	fmt.Println(err, err == ErrEmpty)
	for _, c := range []byte("abcd") {
		if err := b.WriteByte(c); err != nil {
			fmt.Printf("write %c: %v\n", c, err)
		}
	}
	fmt.Println(b)
	c, _ := b.ReadByte()
	fmt.Printf("read %c -> %v\n", c, b)
	b.Overwrite('x')
	b.Overwrite('y')
	fmt.Println("overwrite:", b)
	var out []byte
	for {
		c, err := b.ReadByte()
		if errors.Is(err, ErrEmpty) {
			break
		}
		out = append(out, c)
	}
	fmt.Printf("drained %q %v\n", out, b)
	b.Reset()
	b.WriteByte('z')
	fmt.Println(b.String())

	r := &Ring[[2]string]{items: make([][2]string, 2)}
	for _, p := range [][2]string{{"a", "b"}, {"c", "d"}, {"e", "f"}} {
		if err := r.Push(p); err != nil {
			fmt.Println(err, errors.Is(err, ErrFull), errors.Is(err, ErrEmpty))
		}
	}
	for i := 0; i < 3; i++ {
		v, err := r.Pop()
		fmt.Printf("%q %v\n", v, err)
	}
}
