//go:build ignore

// A football tournament table: match lines "a;b;result" parsed with
// errors for malformed lines collected rather than stopping, team
// records updated through a map of pointers, rows sorted by points then
// name, and the table printed with fmt width and alignment verbs.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Outcome string

const (
	Win  Outcome = "win"
	Loss Outcome = "loss"
	Draw Outcome = "draw"
)

type Record struct {
	Team        string
	MP, W, D, L int
	History     []Outcome
}

func (r *Record) Points() int { return 3*r.W + r.D }

//cell

type LineError struct {
	N    int
	Line string
	Why  string
}

func (e LineError) Error() string { return fmt.Sprintf("line %d %q: %s", e.N, e.Line, e.Why) }

func Tally(input string) ([]*Record, error) {
	teams := map[string]*Record{}
	get := func(name string) *Record {
		if r, ok := teams[name]; ok {
			return r
		}
		r := &Record{Team: name}
		teams[name] = r
		return r
	}
	var errs []error
	for n, line := range strings.Split(input, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, ";")
		if len(parts) != 3 {
			errs = append(errs, LineError{n + 1, line, fmt.Sprintf("%d fields", len(parts))})
			continue
		}
		a, b := parts[0], parts[1]
		var ra, rb Outcome
		switch Outcome(parts[2]) {
		case Win:
			ra, rb = Win, Loss
		case Loss:
			ra, rb = Loss, Win
		case Draw:
			ra, rb = Draw, Draw
		default:
			errs = append(errs, LineError{n + 1, line, "unknown result " + parts[2]})
			continue
		}
		for _, u := range []struct {
			r *Record
			o Outcome
		}{{get(a), ra}, {get(b), rb}} {
			u.r.MP++
			u.r.History = append(u.r.History, u.o)
			switch u.o {
			case Win:
				u.r.W++
			case Loss:
				u.r.L++
			default:
				u.r.D++
			}
		}
	}
	rows := make([]*Record, 0, len(teams))
	for _, r := range teams {
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(x, y *Record) int {
		if d := y.Points() - x.Points(); d != 0 {
			return d
		}
		return strings.Compare(x.Team, y.Team)
	})
	return rows, errors.Join(errs...)
}

//cell

func main() {
	input := `
Allegoric Alaskans;Blithering Badgers;win
Devastating Donkeys;Courageous Californians;draw
Devastating Donkeys;Allegoric Alaskans;win
# a comment
Courageous Californians;Blithering Badgers;loss
Blithering Badgers;Devastating Donkeys;loss
Allegoric Alaskans;Courageous Californians;win
Allegoric Alaskans;Blithering Badgers;draw;extra
Courageous Californians;Devastating Donkeys;lost
Blithering Badgers;Courageous Californians`
	rows, err := Tally(input)
	fmt.Printf("%-30s | %2s | %2s | %2s | %2s | %2s\n", "Team", "MP", "W", "D", "L", "P")
	for _, r := range rows {
		fmt.Printf("%-30s | %2d | %2d | %2d | %2d | %2d\n", r.Team, r.MP, r.W, r.D, r.L, r.Points())
	}
	for _, r := range rows {
		fmt.Printf("%8.8s %v\n", r.Team, r.History)
	}
	if err != nil {
		fmt.Println("errors:")
		fmt.Println(err)
		var le LineError
		fmt.Println(errors.As(err, &le), le.N, le.Why)
	}
	fmt.Printf("[%6.2f%%] [%-6d] [%+d] [%06d] [%x] [%8q]\n", 100*float64(rows[0].W)/float64(rows[0].MP), 7, 3, -42, "hi", "go")
	_, err = Tally("a;b;win\nb;a;win")
	fmt.Printf("%v %T\n", err, err)
}
