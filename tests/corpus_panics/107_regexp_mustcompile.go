//go:build ignore

// regexp.MustCompile of a pattern built from input.
package main

import (
	"fmt"
	"regexp"
)

//cell

func matcher(word string) *regexp.Regexp {
	return regexp.MustCompile("^" + word + "$")
}

//cell

func main() {
	fmt.Println(matcher("go+").MatchString("goo"))
	fmt.Println(matcher("(go").MatchString("go"))
}
