//go:build ignore

// fmt's, log's and display's functions used as values: assigned to
// variables (package-level too), stored in a slice and a map, passed to a
// helper, then called with values of cell types; %T and %v of a cell
// struct with a String method, of one with an unexported field, of
// pointers and slices of them, Sprint's spacing, Errorf, log.Printf, a
// *log.Logger's Printf (bound to the logger when taken) and display.Table
// and BundleOf through a variable print as the direct calls do.
package main

import (
	"fmt"
	"log"
	"os"

	"github.com/gofutures/gofutures/display"
)

type Tile struct{ W, H int }

func (t Tile) String() string { return fmt.Sprintf("%dx%d", t.W, t.H) }

type Badge struct {
	Name  string
	Level int
	note  string
}

var say = fmt.Printf

//cell

func report(print func(string, ...any) (int, error), t Tile) {
	print("report %T %v %d\n", t, t, t.W)
}

func writers() map[string]func(...any) (int, error) {
	return map[string]func(...any) (int, error){"ln": fmt.Println, "plain": fmt.Print}
}

//cell

func main() {
	t := Tile{2, 3}
	b := Badge{"gold", 3, "hidden"}
	p := fmt.Printf
	p("%T %v %+v %T %T\n", t, t, b, &t, []Badge{b})
	fmt.Printf("%T %v %+v %T %T\n", t, t, b, &t, []Badge{b})
	say("%v|%-8T|%s\n", t, b, &t)
	report(fmt.Printf, t)
	sp := fmt.Sprint
	fmt.Println(sp(b, "x", 1, 2, t), sp(t, t))
	fmt.Println(fmt.Sprint(b, "x", 1, 2, t), fmt.Sprint(t, t))
	w := writers()
	w["ln"](b, &b, t)
	w["plain"](t, "\n")
	sf := fmt.Sprintf
	fmt.Println(sf("%v %T %d", map[string]Tile{"a": t}, b, 7), sf("%T %T", 1, "s"))
	ef := fmt.Errorf
	err := ef("bad tile %v (%T)", t, t)
	fmt.Println(err)
	lp := log.Printf
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	lp("logged %v %T", b, b)
	logger := log.New(os.Stdout, "[tiles] ", 0)
	warn := logger.Printf
	logger = nil
	warn("%T %v %+v", &t, t, b)
	table := display.Table
	fmt.Println(table([]Badge{b, {"silver", 2, "x"}}))
	fmt.Println(display.Table([]Badge{b, {"silver", 2, "x"}}))
	bundle := display.BundleOf
	fmt.Println(bundle(t).Data["text/plain"], bundle(b).Data["text/plain"])
}
