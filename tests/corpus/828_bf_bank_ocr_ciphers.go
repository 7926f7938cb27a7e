//go:build ignore

// Small interpreters and codecs: a Brainfuck interpreter over a byte tape
// (wrap-around arithmetic, bracket table), bank OCR digits parsed from a
// 3x3 glyph table keyed by [3]string with a checksum, and the Caesar and
// Vigenère ciphers with rune arithmetic.
package main

import (
	"errors"
	"fmt"
	"strings"
)

//cell

type BF struct {
	tape  [64]byte
	ptr   int
	jumps map[int]int
	out   strings.Builder
}

var ErrUnbalanced = errors.New("unbalanced brackets")

func (m *BF) compile(prog string) error {
	m.jumps = map[int]int{}
	var stack []int
	for i, c := range prog {
		switch c {
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 {
				return fmt.Errorf("at %d: %w", i, ErrUnbalanced)
			}
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			m.jumps[i], m.jumps[j] = j, i
		}
	}
	if len(stack) > 0 {
		return fmt.Errorf("open at %v: %w", stack, ErrUnbalanced)
	}
	return nil
}

func (m *BF) Run(prog string) (string, error) {
	if err := m.compile(prog); err != nil {
		return "", err
	}
	for pc := 0; pc < len(prog); pc++ {
		switch prog[pc] {
		case '>':
			m.ptr++
		case '<':
			m.ptr--
		case '+':
			m.tape[m.ptr]++
		case '-':
			m.tape[m.ptr]--
		case '.':
			m.out.WriteByte(m.tape[m.ptr])
		case '[':
			if m.tape[m.ptr] == 0 {
				pc = m.jumps[pc]
			}
		case ']':
			if m.tape[m.ptr] != 0 {
				pc = m.jumps[pc]
			}
		}
	}
	return m.out.String(), nil
}

//cell

type Glyph [3]string

var digits = map[Glyph]int{
	{" _ ", "| |", "|_|"}: 0,
	{"   ", "  |", "  |"}: 1,
	{" _ ", " _|", "|_ "}: 2,
	{" _ ", " _|", " _|"}: 3,
	{"   ", "|_|", "  |"}: 4,
	{" _ ", "|_ ", " _|"}: 5,
	{" _ ", "|_ ", "|_|"}: 6,
	{" _ ", "  |", "  |"}: 7,
	{" _ ", "|_|", "|_|"}: 8,
	{" _ ", "|_|", " _|"}: 9,
}

func render(num string) [3]string {
	rev := map[int]Glyph{}
	for g, d := range digits {
		rev[d] = g
	}
	var rows [3]string
	for _, ch := range num {
		g := rev[int(ch-'0')]
		for i := range rows {
			rows[i] += g[i]
		}
	}
	return rows
}

func parseOCR(rows [3]string) (string, bool) {
	var sb strings.Builder
	sum := 0
	n := len(rows[0]) / 3
	for k := 0; k < n; k++ {
		var g Glyph
		for i := range g {
			g[i] = rows[i][3*k : 3*k+3]
		}
		d, ok := digits[g]
		if !ok {
			sb.WriteByte('?')
			continue
		}
		sb.WriteByte(byte('0' + d))
		sum += (n - k) * d
	}
	s := sb.String()
	return s, !strings.Contains(s, "?") && sum%11 == 0
}

//cell

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func vigenere(s, key string, decrypt bool) string {
	out := []rune{}
	i := 0
	for _, r := range strings.ToUpper(s) {
		if r < 'A' || r > 'Z' {
			continue
		}
		shift := rune(key[i%len(key)] - 'A')
		if decrypt {
			shift = -shift
		}
		out = append(out, 'A'+(r-'A'+shift+26)%26)
		i++
	}
	return string(out)
}

//cell

func main() {
	hello := "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+."
	var m BF
	out, err := m.Run(hello)
	fmt.Printf("%q %v\n", out, err)
	fmt.Println(m.tape[:8], m.ptr)

	var wrap BF
	out, _ = wrap.Run("-.")
	fmt.Println([]byte(out), wrap.tape[0])

	for _, bad := range []string{"[[]", "+]"} {
		var b BF
		_, err := b.Run(bad)
		fmt.Println(err, errors.Is(err, ErrUnbalanced))
	}

	rows := render("345882865")
	for _, r := range rows {
		fmt.Println(r)
	}
	fmt.Println(parseOCR(rows))
	rows2 := render("664371495")
	fmt.Println(parseOCR(rows2))
	rows2[1] = rows2[1][:4] + "X" + rows2[1][5:]
	fmt.Println(parseOCR(rows2))

	msg := "The Quick Brown Fox, 1 2 3!"
	enc := caesar(msg, 13)
	fmt.Println(enc, "|", caesar(enc, -13))
	v := vigenere("Attack at dawn", "LEMON", false)
	fmt.Println(v, vigenere(v, "LEMON", true))
}
