//go:build ignore

// regexp with notebook code: named groups read into a notebook struct
// via SubexpNames/SubexpIndex, ReplaceAllStringFunc and
// ReplaceAllFunc calling notebook functions and methods, Expand
// templates, FindAllStringSubmatchIndex, Split, a method value as the
// replacer, and MustCompile panicking on a bad pattern.
package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

type LogEntry struct {
	Date   string
	Level  string
	Module string
	Msg    string
}

var logRe = regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2}) \[(?P<level>[A-Z]+)\] (?:(?P<module>\w+): )?(?P<msg>.*)$`)

func parseLog(line string) (LogEntry, bool) {
	m := logRe.FindStringSubmatch(line)
	if m == nil {
		return LogEntry{}, false
	}
	var e LogEntry
	for i, name := range logRe.SubexpNames() {
		switch name {
		case "date":
			e.Date = m[i]
		case "level":
			e.Level = m[i]
		case "module":
			e.Module = m[i]
		case "msg":
			e.Msg = m[i]
		}
	}
	return e, true
}

//cell

type Redactor struct {
	seen  map[string]int
	order []string
}

func (r *Redactor) Replace(email string) string {
	if _, ok := r.seen[email]; !ok {
		r.seen[email] = len(r.seen) + 1
		r.order = append(r.order, email)
	}
	return fmt.Sprintf("<user%d>", r.seen[email])
}

func doubleNumbers(s string) string {
	n, err := strconv.Atoi(s)
	if err != nil {
		return s
	}
	return strconv.Itoa(n * 2)
}

var emailRe = regexp.MustCompile(`[\w.+-]+@[\w-]+\.[\w.]+`)

//cell

func main() {
	lines := []string{
		"2026-01-02 [INFO] net: listening on :8080",
		"2026-01-02 [WARN] disk almost full",
		"garbage line",
		"2026-01-03 [ERROR] auth: bad password for bob@example.com",
	}
	for _, l := range lines {
		e, ok := parseLog(l)
		fmt.Printf("%v %+v\n", ok, e)
	}
	fmt.Println(logRe.SubexpIndex("level"), logRe.SubexpIndex("nope"), logRe.NumSubexp(), logRe.SubexpNames())

	r := &Redactor{seen: map[string]int{}}
	text := "mail ada@x.org or bob@example.com; cc ada@x.org, z.q+tag@sub-d.co.uk"
	fmt.Println(emailRe.ReplaceAllStringFunc(text, r.Replace))
	fmt.Println(r.order)
	num := regexp.MustCompile(`\d+`)
	fmt.Println(num.ReplaceAllStringFunc("a1 b22 c333", doubleNumbers))
	fmt.Printf("%s\n", num.ReplaceAllFunc([]byte("x9y10"), func(b []byte) []byte {
		return []byte("[" + doubleNumbers(string(b)) + "]")
	}))

	kv := regexp.MustCompile(`(?P<key>\w+)=(?P<val>"[^"]*"|\S+)`)
	src := `name="Ada L" age=36 lang=go`
	fmt.Println(kv.ReplaceAllString(src, "${val}<-$key"))
	fmt.Println(kv.ReplaceAllLiteralString(src, "$key"))
	var out []byte
	for _, sm := range kv.FindAllStringSubmatchIndex(src, -1) {
		out = kv.ExpandString(out, "$key:${val};", src, sm)
	}
	fmt.Println(string(out))
	for _, m := range kv.FindAllStringSubmatch(src, 2) {
		fmt.Printf("%q\n", m)
	}
	fmt.Println(kv.FindAllStringIndex(src, -1))
	sep := regexp.MustCompile(`\s*[,;]\s*`)
	fmt.Printf("%q\n", sep.Split("a , b;c;;  d", -1))
	fmt.Printf("%q\n", sep.Split("a,b,c", 2))
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"), regexp.MustCompile(`(?i)héllo`).MatchString("HÉLLO"))
	greedy := regexp.MustCompile(`<.+>`)
	lazy := regexp.MustCompile(`<.+?>`)
	fmt.Println(greedy.FindString("<a><b>"), lazy.FindAllString("<a><b>", -1))
	longest := regexp.MustCompile(`a|ab`)
	longest2 := regexp.MustCompile(`a|ab`)
	longest2.Longest()
	fmt.Println(longest.FindString("ab"), longest2.FindString("ab"), longest.String())
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile(`*x`)
	}()
	words := regexp.MustCompile(`\b(\w)(\w*)\b`)
	fmt.Println(words.ReplaceAllStringFunc("the quick brown fox", func(w string) string {
		return strings.ToUpper(w[:1]) + w[1:]
	}))
}
