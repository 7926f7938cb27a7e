//go:build ignore

// Scoring a game of ten-pin bowling roll by roll: a Game tracks frames,
// rejects impossible rolls with a custom error type, reports a premature
// score request with a sentinel, and handles the bonus rolls of the tenth
// frame.
package main

import (
	"errors"
	"fmt"
)

const pins = 10

var (
	ErrGameOver   = errors.New("cannot roll after game is over")
	ErrIncomplete = errors.New("score cannot be taken until the end of the game")
)

type RollError struct {
	Frame, Pins, Standing int
}

func (e *RollError) Error() string {
	if e.Pins < 0 {
		return fmt.Sprintf("frame %d: negative roll %d", e.Frame, e.Pins)
	}
	return fmt.Sprintf("frame %d: %d pins knocked but only %d standing", e.Frame, e.Pins, e.Standing)
}

type Game struct {
	rolls    []int
	frame    int
	first    bool
	standing int
	bonus    int
	done     bool
}

//cell

func NewGame() *Game { return &Game{frame: 1, first: true, standing: pins} }

func (g *Game) Roll(n int) error {
	if g.done {
		return ErrGameOver
	}
	if n < 0 || n > g.standing {
		return &RollError{g.frame, n, g.standing}
	}
	g.rolls = append(g.rolls, n)
	g.standing -= n
	if g.frame == 10 {
		return g.tenth(n)
	}
	if g.standing == 0 || !g.first {
		g.frame++
		g.first, g.standing = true, pins
	} else {
		g.first = false
	}
	return nil
}

func (g *Game) tenth(n int) error {
	g.bonus++
	switch {
	case g.bonus == 2 && g.rolls[len(g.rolls)-2]+n < pins && g.rolls[len(g.rolls)-2] != pins:
		g.done = true
	case g.bonus == 3:
		g.done = true
	}
	if g.standing == 0 {
		g.standing = pins
	}
	return nil
}

func (g *Game) Score() (int, error) {
	if !g.done {
		return 0, fmt.Errorf("after %d rolls: %w", len(g.rolls), ErrIncomplete)
	}
	total, i := 0, 0
	for f := 0; f < 10; f++ {
		switch r := g.rolls; {
		case r[i] == pins:
			total += pins + r[i+1] + r[i+2]
			i++
		case r[i]+r[i+1] == pins:
			total += pins + r[i+2]
			i += 2
		default:
			total += r[i] + r[i+1]
			i += 2
		}
	}
	return total, nil
}

//cell

func play(name string, rolls ...int) {
	g := NewGame()
	for i, r := range rolls {
		if err := g.Roll(r); err != nil {
			var re *RollError
			if errors.As(err, &re) {
				fmt.Printf("%-12s roll #%d rejected (frame %d): %v\n", name, i+1, re.Frame, err)
			} else {
				fmt.Printf("%-12s roll #%d: %v (over=%t)\n", name, i+1, err, err == ErrGameOver)
			}
			return
		}
	}
	score, err := g.Score()
	if errors.Is(err, ErrIncomplete) {
		fmt.Printf("%-12s %v\n", name, err)
		return
	}
	fmt.Printf("%-12s %3d\n", name, score)
}

func repeat(n int, vs ...int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, vs...)
	}
	return out
}

func main() {
	play("gutter", repeat(20, 0)...)
	play("ones", repeat(20, 1)...)
	play("spare", append([]int{6, 4, 3}, repeat(17, 0)...)...)
	play("strike", append([]int{10, 5, 3}, repeat(16, 0)...)...)
	play("perfect", repeat(12, 10)...)
	play("tenth spare", append(repeat(18, 0), 7, 3, 10)...)
	play("all spares", repeat(21, 5)...)
	play("too many", repeat(21, 0)...)
	play("bad frame", 5, 6)
	play("negative", 3, -1)
	play("tenth bad", append(repeat(18, 0), 10, 6, 5)...)
	play("short", 10, 10, 3)
	play("extra", append(repeat(12, 10), 1)...)
}
