//go:build ignore

// log's printing functions format a program's types as fmt does.
package main

import (
	"fmt"
	"log"
	"os"
)

type Level int

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN"}[l] }

type event struct {
	level Level
	Level Level
	msg   string
}

//cell

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("app: ")
	e := event{level: 2, Level: 2, msg: "disk"}
	log.Println(e, Level(1))
	log.Printf("%v | %+v | %d", e, e, Level(2))
	log.Print([]event{{0, 0, "a"}}, map[Level]int{1: 1})
	l := log.New(os.Stdout, "logger: ", 0)
	l.Printf("%+v", e)
	l.Println([]Level{0, 2})
	fmt.Println(fmt.Sprintf("%#v", e))
}
