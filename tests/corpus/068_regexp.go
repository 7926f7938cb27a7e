//go:build ignore

// regexp: matching, submatches, named groups, replacing, splitting.
package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

var r = regexp.MustCompile(`p([a-z]+)ch`)

//cell

func main() {
	match, _ := regexp.MatchString("p([a-z]+)ch", "peach")
	fmt.Println(match)
	fmt.Println(r.MatchString("peach"))
	fmt.Println(r.FindString("peach punch"))
	fmt.Println("idx:", r.FindStringIndex("peach punch"))
	fmt.Println(r.FindStringSubmatch("peach punch"))
	fmt.Println(r.FindStringSubmatchIndex("peach punch"))
	fmt.Println(r.FindAllString("peach punch pinch", -1))
	fmt.Println("all:", r.FindAllStringSubmatchIndex("peach punch pinch", -1))
	fmt.Println(r.FindAllString("peach punch pinch", 2))
	fmt.Println(r.Match([]byte("peach")))
	fmt.Println("regexp:", r)
	fmt.Println(r.ReplaceAllString("a peach", "<fruit>"))
	out := r.ReplaceAllFunc([]byte("a peach"), bytes.ToUpper)
	fmt.Println(string(out))
	date := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := date.FindStringSubmatch("released 2026-11-30!")
	for i, name := range date.SubexpNames() {
		if name != "" {
			fmt.Println(name, m[i])
		}
	}
	fmt.Println(date.ReplaceAllString("2026-11-30", "${day}/${month}/$year"))
	fmt.Println(regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,d", -1))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta("1+1=2?"), strings.Count(regexp.MustCompile(`(?i)GO`).ReplaceAllString("go Go gO", "x"), "x"))
}
