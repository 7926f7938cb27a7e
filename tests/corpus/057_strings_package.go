//go:build ignore

// The strings package: searching, splitting, replacing, trimming, building.
package main

import (
	"fmt"
	s "strings"
	"unicode"
)

var p = fmt.Println

//cell

func main() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("HasSuffix: ", s.HasSuffix("test", "st"))
	p("Index:     ", s.Index("test", "e"), s.LastIndex("go gopher", "go"))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1), s.Replace("foo", "o", "0", 1), s.ReplaceAll("aaa", "a", "b"))
	p("Split:     ", s.Split("a-b-c-d-e", "-"), len(s.Split("", ",")))
	p("SplitN:    ", s.SplitN("a,b,c", ",", 2))
	p("Fields:    ", s.Fields("  foo bar  baz   "))
	p("ToLower:   ", s.ToLower("TEST"), s.ToUpper("test"), s.Title("x"))
	p("Trim:      ", s.TrimSpace("  hi  "), s.Trim("xxhixx", "x"), s.TrimLeft("aab", "a"), s.TrimPrefix("prefix-x", "prefix-"), s.TrimSuffix("a.go", ".go"))
	p("EqualFold: ", s.EqualFold("Go", "GO"))
	before, after, found := s.Cut("key=value", "=")
	p("Cut:       ", before, after, found)
	p("FieldsFunc:", s.FieldsFunc("a1b2c3", unicode.IsDigit))
	p("Map:       ", s.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	var b s.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	b.WriteByte('!')
	b.WriteRune('🚀')
	p(b.String(), b.Len())
	r := s.NewReplacer("<", "&lt;", ">", "&gt;")
	p(r.Replace("<b>bold</b>"))
	p(s.IndexByte("golang", 'l'), s.IndexRune("chicken", 'k'), s.IndexAny("golang", "ny"), s.ContainsAny("x", "xyz"), s.ContainsRune("abc", 'c'))
	p(s.Compare("a", "b"), s.Title("hello world"))
	p(s.CutPrefix("v1.2", "v"))
}
