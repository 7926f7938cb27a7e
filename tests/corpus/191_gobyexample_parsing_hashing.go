//go:build ignore

// Go by Example's text lessons: sorting by functions, number parsing and
// its errors, URL parsing, SHA256 and base64, the strings package's
// helpers, applied to a notebook's own types, and time formatting and
// parsing of fixed dates.
package main

import (
	"cmp"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"net/url"
	"slices"
	"sort"
	"strconv"
	s "strings"
	"time"
)

var p = fmt.Println

type Person struct {
	Name string
	Age  int
}

type byLength []string

func (b byLength) Len() int           { return len(b) }
func (b byLength) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }
func (b byLength) Less(i, j int) bool { return len(b[i]) < len(b[j]) }

//cell

func sorting() {
	fruits := []string{"peach", "banana", "kiwi"}
	lenCmp := func(a, b string) int { return cmp.Compare(len(a), len(b)) }
	slices.SortFunc(fruits, lenCmp)
	p(fruits)
	people := []Person{{"Jax", 37}, {"TJ", 25}, {"Alex", 72}, {"Bo", 25}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	p(people)
	sort.Sort(sort.Reverse(byLength{"a", "ccc", "bb"}))
	words := byLength{"a", "ccc", "bb"}
	sort.Sort(words)
	p(words, sort.IsSorted(words))
	sort.Slice(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Printf("%+v\n", people)
}

//cell

func parsing() {
	f, _ := strconv.ParseFloat("1.234", 64)
	p(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	u, _ := strconv.ParseUint("789", 0, 64)
	k, _ := strconv.Atoi("135")
	p(i, d, u, k)
	_, e := strconv.Atoi("wat")
	p(e)
	_, e = strconv.ParseInt("300", 10, 8)
	p(e)
	var numErr *strconv.NumError
	if errors.As(e, &numErr) {
		p(numErr.Func, numErr.Num, numErr.Err == strconv.ErrRange)
	}
	b, e := strconv.ParseBool("maybe")
	p(b, e, errors.Is(e, strconv.ErrSyntax))
	p(strconv.Quote("tab\there"), strconv.FormatInt(-255, 16), strconv.AppendInt([]byte("n="), 42, 10))
}

//cell

func urls() {
	raw := "postgres://user:pass@host.com:5432/path?k=v&k=w#f"
	u, err := url.Parse(raw)
	if err != nil {
		panic(err)
	}
	p(u.Scheme)
	p(u.User)
	p(u.User.Username())
	pw, _ := u.User.Password()
	p(pw)
	p(u.Host)
	host, port, _ := net.SplitHostPort(u.Host)
	p(host, port, u.Port(), u.Hostname())
	p(u.Path, u.Fragment, u.RawQuery)
	m, _ := url.ParseQuery(u.RawQuery)
	p(m, m["k"][1])
	q := url.Values{}
	q.Set("name", "Ava Smith")
	q.Add("tag", "go&cells")
	q.Add("tag", "x")
	p(q.Encode())
	_, err = url.Parse("http://[::1")
	p(err)
	var ue *url.Error
	p(errors.As(err, &ue), ue.Op)
	ref, _ := url.Parse("../b?x=1")
	p(u.ResolveReference(ref))
}

//cell

func hashing() {
	for _, str := range []string{"sha256 this string", ""} {
		h := sha256.New()
		h.Write([]byte(str))
		fmt.Printf("%x\n", h.Sum(nil))
	}
	data := "abc123!?$*&()'-=@~"
	sEnc := base64.StdEncoding.EncodeToString([]byte(data))
	p(sEnc)
	sDec, _ := base64.StdEncoding.DecodeString(sEnc)
	p(string(sDec))
	uEnc := base64.URLEncoding.EncodeToString([]byte(data))
	p(uEnc)
	uDec, _ := base64.URLEncoding.DecodeString(uEnc)
	p(string(uDec))
	_, err := base64.StdEncoding.DecodeString("a$==")
	p(err)
	p(base64.RawStdEncoding.EncodeToString([]byte("go")))
}

func stringFuncs() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("HasSuffix: ", s.HasSuffix("test", "st"))
	p("Index:     ", s.Index("test", "e"))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1))
	p("Replace:   ", s.Replace("foo", "o", "0", 1))
	p("Split:     ", s.Split("a-b-c-d-e", "-"))
	p("ToLower:   ", s.ToLower("TEST"))
	p("ToUpper:   ", s.ToUpper("test"))
	p("Title-ish: ", s.ToUpper("go"[:1])+"go"[1:])
	p("EqualFold: ", s.EqualFold("Go", "GO"))
	p("Map:       ", s.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	r := s.NewReplacer("<", "&lt;", ">", "&gt;")
	p("Replacer:  ", r.Replace("<b>hi</b>"))
	var sb s.Builder
	for i := range 3 {
		fmt.Fprintf(&sb, "%d;", i)
	}
	p("Builder:   ", sb.String(), sb.Len())
}

//cell

func times() {
	t := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	p(t)
	p(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	p(t.Weekday())
	then := time.Date(2012, 3, 4, 5, 6, 7, 0, time.UTC)
	p(then.Before(t), then.After(t), then.Equal(t))
	diff := then.Sub(t)
	p(diff)
	p(diff.Hours(), diff.Minutes())
	p(t.Add(diff), t.Add(-diff))
	p(t.Format(time.RFC3339))
	t1, e := time.Parse(time.RFC3339, "2012-11-01T22:08:41+00:00")
	p(t1, e)
	p(t.Format("3:04PM"))
	p(t.Format("Mon Jan _2 15:04:05 2006"))
	p(t.Format("2006-01-02T15:04:05.999999-07:00"))
	form := "3 04 PM"
	t2, e := time.Parse(form, "8 41 PM")
	p(t2, e)
	fmt.Printf("%d-%02d-%02dT%02d:%02d:%02d-00:00\n", t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second())
	ansic := "Mon Jan _2 15:04:05 2006"
	_, e = time.Parse(ansic, "8:41PM")
	p(e)
	p(t.Unix(), t.UnixMilli(), t.UnixNano())
	p(time.Unix(t.Unix(), 0).UTC(), time.Unix(0, t.UnixNano()).UTC())
	d, _ := time.ParseDuration("1h15m30.5s")
	p(d, d.Round(time.Minute), d.Truncate(time.Hour), t.Truncate(24*time.Hour))
}

//cell

func main() {
	sorting()
	parsing()
	urls()
	hashing()
	stringFuncs()
	times()
}
