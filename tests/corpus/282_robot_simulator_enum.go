//go:build ignore

// A robot on an integer grid: a Dir enum with iota and String, turning
// by arithmetic modulo four, a command string interpreted with a switch,
// an error type for unknown commands, and a room that rejects moves into
// occupied or outside squares.
package main

import (
	"errors"
	"fmt"
	"strings"
)

// Dir is a compass direction.
type Dir int

const (
	N Dir = iota
	E
	S
	W
)

func (d Dir) String() string {
	switch d {
	case N:
		return "north"
	case E:
		return "east"
	case S:
		return "south"
	case W:
		return "west"
	}
	return fmt.Sprintf("Dir(%d)", int(d))
}

func (d Dir) Right() Dir { return (d + 1) % 4 }
func (d Dir) Left() Dir  { return (d + 3) % 4 }

type Pos struct{ X, Y int }

type Robot struct {
	Name string
	Pos
	Facing Dir
}

//cell

// BadCommand names a character the robot does not understand.
type BadCommand struct {
	Robot string
	At    int
	Char  rune
}

func (e BadCommand) Error() string {
	return fmt.Sprintf("%s: bad command %q at %d", e.Robot, e.Char, e.At)
}

var ErrBlocked = errors.New("blocked")

type Room struct {
	Min, Max Pos
	robots   []*Robot
}

func (rm *Room) occupied(p Pos, self *Robot) bool {
	for _, r := range rm.robots {
		if r != self && r.Pos == p {
			return true
		}
	}
	return false
}

func (rm *Room) Run(r *Robot, cmds string) error {
	step := map[Dir]Pos{N: {0, 1}, E: {1, 0}, S: {0, -1}, W: {-1, 0}}
	for i, c := range cmds {
		switch c {
		case 'R':
			r.Facing = r.Facing.Right()
		case 'L':
			r.Facing = r.Facing.Left()
		case 'A':
			d := step[r.Facing]
			next := Pos{r.X + d.X, r.Y + d.Y}
			if next.X < rm.Min.X || next.Y < rm.Min.Y || next.X > rm.Max.X || next.Y > rm.Max.Y {
				return fmt.Errorf("%s at %v facing %v: wall: %w", r.Name, r.Pos, r.Facing, ErrBlocked)
			}
			if rm.occupied(next, r) {
				return fmt.Errorf("%s at %v: robot ahead: %w", r.Name, r.Pos, ErrBlocked)
			}
			r.Pos = next
		default:
			return BadCommand{r.Name, i, c}
		}
	}
	return nil
}

//cell

func main() {
	fmt.Println(N, E, S, W, Dir(7), W.Right(), N.Left())
	rm := &Room{Min: Pos{-3, -3}, Max: Pos{3, 3}}
	a := &Robot{"alpha", Pos{0, 0}, N}
	b := &Robot{"beta", Pos{2, 2}, W}
	rm.robots = append(rm.robots, a, b)
	progs := []struct {
		r    *Robot
		cmds string
	}{{a, "RAALAL"}, {b, "AAAA"}, {a, "LAAARALA"}, {b, "RRAAx"}, {a, "AAAAAAAA"}}
	for _, p := range progs {
		err := rm.Run(p.r, p.cmds)
		var bc BadCommand
		switch {
		case errors.As(err, &bc):
			fmt.Printf("%-6s %-9s bad %c (%v)\n", p.r.Name, p.cmds, bc.Char, err)
		case errors.Is(err, ErrBlocked):
			fmt.Printf("%-6s %-9s %v\n", p.r.Name, p.cmds, err)
		default:
			fmt.Printf("%-6s %-9s ok\n", p.r.Name, p.cmds)
		}
		fmt.Printf("  -> %+v facing %s\n", p.r.Pos, p.r.Facing)
	}
	fmt.Println(strings.Repeat("-", 10))
	fmt.Printf("%v %d %x\n", []Dir{S, W}, []Dir{S, W}, E)
}
