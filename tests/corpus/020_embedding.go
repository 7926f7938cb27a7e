//go:build ignore

// Struct embedding: promoted fields and methods, interfaces satisfied through embedding.
package main

import "fmt"

type base struct {
	num int
}

func (b base) describe() string {
	return fmt.Sprintf("base with num=%v", b.num)
}

//cell

type container struct {
	base
	str string
}

type describer interface {
	describe() string
}

//cell

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	Name string
}

//cell

func main() {
	co := container{
		base: base{num: 1},
		str:  "some name",
	}
	fmt.Printf("co={num: %v, str: %v}\n", co.num, co.str)
	fmt.Println("also num:", co.base.num)
	fmt.Println("describe:", co.describe())
	var d describer = co
	fmt.Println("describer:", d.describe())
	s := Service{Logger: &Logger{prefix: "[svc] "}, Name: "api"}
	s.Log("started " + s.Name)
	s.prefix = "[changed] "
	s.Logger.Log("again")
}
