//go:build ignore

// Go codewalk classics in cells: Conway's Game of Life (Field with
// Alive/Set/Next, Life stepping two fields and a String of the board),
// the Markov chain text generator (a Prefix type of []string with Shift
// and String, a Chain built from a bufio.Reader with Fscan), and the
// "first-class functions" dice game Pig (strategies as func values
// returning actions, a round-robin tournament); all randomness from
// rand.New(rand.NewSource(seed)), seeds changed in a later cell.
package main

import (
	"bufio"
	"fmt"
	"io"
	"math/rand"
	"strings"
)

//cell

type Field struct {
	s    [][]bool
	w, h int
}

func NewField(w, h int) *Field {
	s := make([][]bool, h)
	for i := range s {
		s[i] = make([]bool, w)
	}
	return &Field{s: s, w: w, h: h}
}

func (f *Field) Set(x, y int, b bool) { f.s[y][x] = b }

func (f *Field) Alive(x, y int) bool {
	x += f.w
	x %= f.w
	y += f.h
	y %= f.h
	return f.s[y][x]
}

func (f *Field) Next(x, y int) bool {
	alive := 0
	for i := -1; i <= 1; i++ {
		for j := -1; j <= 1; j++ {
			if (j != 0 || i != 0) && f.Alive(x+i, y+j) {
				alive++
			}
		}
	}
	return alive == 3 || alive == 2 && f.Alive(x, y)
}

type Life struct {
	a, b *Field
	w, h int
}

func NewLife(w, h int, rng *rand.Rand) *Life {
	a := NewField(w, h)
	for i := 0; i < (w * h / 4); i++ {
		a.Set(rng.Intn(w), rng.Intn(h), true)
	}
	return &Life{a: a, b: NewField(w, h), w: w, h: h}
}

func (l *Life) Step() {
	for y := 0; y < l.h; y++ {
		for x := 0; x < l.w; x++ {
			l.b.Set(x, y, l.a.Next(x, y))
		}
	}
	l.a, l.b = l.b, l.a
}

func (l *Life) String() string {
	var buf strings.Builder
	for y := 0; y < l.h; y++ {
		for x := 0; x < l.w; x++ {
			b := byte(' ')
			if l.a.Alive(x, y) {
				b = '*'
			}
			buf.WriteByte(b)
		}
		buf.WriteByte('\n')
	}
	return buf.String()
}

func (l *Life) Population() (n int) {
	for _, row := range l.a.s {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

//cell

type Prefix []string

func (p Prefix) String() string { return strings.Join(p, " ") }

func (p Prefix) Shift(word string) {
	copy(p, p[1:])
	p[len(p)-1] = word
}

type Chain struct {
	chain     map[string][]string
	prefixLen int
}

func NewChain(prefixLen int) *Chain {
	return &Chain{make(map[string][]string), prefixLen}
}

func (c *Chain) Build(r io.Reader) {
	br := bufio.NewReader(r)
	p := make(Prefix, c.prefixLen)
	for {
		var s string
		if _, err := fmt.Fscan(br, &s); err != nil {
			break
		}
		key := p.String()
		c.chain[key] = append(c.chain[key], s)
		p.Shift(s)
	}
}

func (c *Chain) Generate(n int, rng *rand.Rand) string {
	p := make(Prefix, c.prefixLen)
	var words []string
	for i := 0; i < n; i++ {
		choices := c.chain[p.String()]
		if len(choices) == 0 {
			break
		}
		next := choices[rng.Intn(len(choices))]
		words = append(words, next)
		p.Shift(next)
	}
	return strings.Join(words, " ")
}

const corpus = `I am not a number I am a free man I am the walrus
and the walrus is not a number but the walrus is free to be a man`

//cell

const (
	win            = 100
	gamesPerSeries = 10
)

type score struct {
	player, opponent, thisTurn int
}

type action func(current score, rng *rand.Rand) (result score, turnIsOver bool)

func roll(s score, rng *rand.Rand) (score, bool) {
	outcome := rng.Intn(6) + 1
	if outcome == 1 {
		return score{s.opponent, s.player, 0}, true
	}
	return score{s.player, s.opponent, outcome + s.thisTurn}, false
}

func stay(s score, _ *rand.Rand) (score, bool) {
	return score{s.opponent, s.player + s.thisTurn, 0}, true
}

type strategy func(score) action

func stayAtK(k int) strategy {
	return func(s score) action {
		if s.thisTurn >= k {
			return stay
		}
		return roll
	}
}

func play(strategy0, strategy1 strategy, rng *rand.Rand) int {
	strategies := []strategy{strategy0, strategy1}
	var s score
	var turnIsOver bool
	currentPlayer := rng.Intn(2)
	for s.player+s.thisTurn < win {
		act := strategies[currentPlayer](s)
		s, turnIsOver = act(s, rng)
		if turnIsOver {
			currentPlayer = (currentPlayer + 1) % 2
		}
	}
	return currentPlayer
}

func roundRobin(strategies []strategy, rng *rand.Rand) ([]int, int) {
	wins := make([]int, len(strategies))
	for i := 0; i < len(strategies); i++ {
		for j := i + 1; j < len(strategies); j++ {
			for k := 0; k < gamesPerSeries; k++ {
				winner := play(strategies[i], strategies[j], rng)
				if winner == 0 {
					wins[i]++
				} else {
					wins[j]++
				}
			}
		}
	}
	gamesPerStrategy := gamesPerSeries * (len(strategies) - 1)
	return wins, gamesPerStrategy
}

var seed int64 = 1

//cell

func main() {
	rng := rand.New(rand.NewSource(seed))
	l := NewLife(20, 8, rng)
	fmt.Print(l, l.Population(), "\n")
	for range 5 {
		l.Step()
	}
	fmt.Printf("%s%d\n", l, l.Population())

	glider := &Life{a: NewField(6, 6), b: NewField(6, 6), w: 6, h: 6}
	for _, p := range [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}} {
		glider.a.Set(p[0], p[1], true)
	}
	for i := 0; i < 24; i++ {
		glider.Step()
	}
	fmt.Print(glider.String(), glider.Population(), "\n")

	c := NewChain(2)
	c.Build(strings.NewReader(corpus))
	fmt.Println(len(c.chain), c.chain[" "], c.chain["I am"])
	fmt.Println(c.Generate(20, rng))
	p := Prefix{"a", "b", "c"}
	p.Shift("d")
	fmt.Printf("%v|%s|%q\n", p, p, []string(p))

	strategies := make([]strategy, 10)
	for k := range strategies {
		strategies[k] = stayAtK(k*5 + 10)
	}
	wins, games := roundRobin(strategies, rng)
	for k := range strategies {
		fmt.Printf("Wins, losses staying at k =% 4d: %4d/%4d (%.1f%%)\n",
			k*5+10, wins[k], games-wins[k], float64(wins[k])/float64(games)*100)
	}
	seed = 7
	rng.Seed(seed)
	fmt.Println(play(stayAtK(20), stayAtK(25), rng), rng.Intn(1000))
}
