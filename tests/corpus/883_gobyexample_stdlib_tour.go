//go:build ignore

// A Go-by-Example tour of the standard library with fixed inputs:
// string formatting verbs on a struct and pointers, text/template with
// range and conditionals, regexp find/replace with a func, JSON of tagged
// structs and a map, time formatting and arithmetic on a fixed date,
// strconv parsing errors, sha256/base64/hex encodings, url parsing, and
// sorting by a key function.
package main

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/template"
	"time"
)

//cell

type point struct {
	X, Y int
}

type Response struct {
	Page   int      `json:"page"`
	Fruits []string `json:"fruits"`
	Note   string   `json:"note,omitempty"`
	hidden bool
}

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

const tmplText = `{{range $i, $it := .}}{{if $i}}; {{end}}{{$it.Name}} ${{printf "%.2f" $it.Price}}{{with $it.Tags}} [{{join . ","}}]{{else}} (untagged){{end}}{{end}}
`

//cell

func main() {
	p := point{1, 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%t|%d|%b|%c|%x|%X|%o|%O|%U\n", true, 123, 14, 33, 456, 456, 8, 8, 0x1F600)
	fmt.Printf("%f|%.2f|%e|%E|%g|%8.3f|%-8.2f|%08.3f|\n", 78.9, 78.9, 123400000.0, 123400000.0, 1e21, 3.14159, 2.5, -3.5)
	fmt.Printf("%s|%q|%x|% x|%6s|%-6s|%.2s|\n", "\"string\"", "\"string\"", "hex this", "hi", "foo", "foo", "gopher")
	fmt.Printf("%v %d %s %v\n", []byte("ab"), []byte("ab"), []string{"a", "b"}, map[string]int{"z": 1, "a": 2})
	fmt.Printf("%5t|%-5d|%+d|%x|%#x|%#o|%q\n", false, 42, 42, -255, 255, 8, 'x')
	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Fprintln(os.Stdout, s, len(s))

	funcs := template.FuncMap{"join": strings.Join}
	t := template.Must(template.New("items").Funcs(funcs).Parse(tmplText))
	items := []Item{{"apple", 1.25, []string{"fruit", "red"}}, {"bread", 3, nil}, {"cheese", 7.499, []string{"dairy"}}}
	if err := t.Execute(os.Stdout, items); err != nil {
		fmt.Println(err)
	}
	t2 := template.Must(template.New("x").Parse("{{.Name | printf \"%q\"}} has {{len .Tags}} tags{{if gt .Price 5.0}}, pricey{{end}}\n"))
	t2.Execute(os.Stdout, items[2])

	re := regexp.MustCompile(`p([a-z]+)ch`)
	fmt.Println(re.MatchString("peach"), re.FindString("peach punch"), re.FindStringIndex("peach punch"))
	fmt.Println(re.FindStringSubmatch("peach punch"), re.FindAllString("peach punch pinch", -1), re.FindAllString("peach punch pinch", 2))
	fmt.Println(re.ReplaceAllString("a peach", "<fruit>"), re.ReplaceAllStringFunc("a peach", strings.ToUpper))
	dates := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})`)
	fmt.Println(dates.ReplaceAllString("2024-03 and 1999-12", "${month}/${year}"), dates.SubexpNames())

	resp := &Response{Page: 1, Fruits: []string{"apple", "peach", "pear"}, hidden: true}
	out, _ := json.Marshal(resp)
	fmt.Println(string(out))
	mapOut, _ := json.Marshal(map[string]any{"b": 1, "a": []int{2, 3}, "c": nil})
	fmt.Println(string(mapOut))
	var back Response
	err := json.Unmarshal([]byte(`{"page": 2, "fruits": ["kiwi"], "note": "n", "extra": true}`), &back)
	fmt.Printf("%+v %v\n", back, err)
	var generic map[string]any
	json.Unmarshal([]byte(`{"num": 6.13, "strs": ["a", "b"], "obj": {"k": null}}`), &generic)
	fmt.Println(generic["num"].(float64)*2, generic["strs"].([]any)[1], generic["obj"])
	ind, _ := json.MarshalIndent(point{3, 4}, "", "  ")
	fmt.Println(string(ind))

	then := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	fmt.Println(then, then.Year(), then.Month(), then.Weekday(), then.YearDay())
	fmt.Println(then.Format(time.RFC3339), then.Format("Mon Jan _2 15:04:05 2006"), then.Format("2006-01-02T15:04:05.000"))
	later := then.Add(36*time.Hour + 90*time.Minute)
	fmt.Println(later.Format(time.Kitchen), later.Sub(then), later.After(then), then.Truncate(time.Hour).Format(time.TimeOnly))
	parsed, err := time.Parse("2006-01-02 15:04", "2024-02-29 13:45")
	fmt.Println(parsed, err, parsed.AddDate(1, 0, 0).Format(time.DateOnly))
	_, err = time.Parse(time.DateOnly, "2023-02-30")
	fmt.Println(err)
	dur, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(dur, dur.Minutes(), dur.Round(time.Minute), time.Duration(1500)*time.Microsecond)

	f, _ := strconv.ParseFloat("1.234", 64)
	i, _ := strconv.ParseInt("-0x1c8", 0, 64)
	u, _ := strconv.ParseUint("789", 10, 64)
	k, _ := strconv.Atoi("135")
	_, e1 := strconv.Atoi("wat")
	_, e2 := strconv.ParseInt("300", 10, 8)
	b, _ := strconv.ParseBool("TRUE")
	fmt.Println(f, i, u, k, b, e1, e2)
	fmt.Println(strconv.Quote("héllo\n"), strconv.FormatInt(-255, 16), strconv.AppendInt([]byte("n="), 42, 2))

	sum := sha256.Sum256([]byte("sha256 this string"))
	fmt.Printf("%x\n", sum)
	fmt.Println(hex.EncodeToString(sum[:4]))
	data := "abc123!?$*&()'-=@~"
	enc := base64.StdEncoding.EncodeToString([]byte(data))
	uenc := base64.URLEncoding.EncodeToString([]byte(data))
	dec, _ := base64.StdEncoding.DecodeString(enc)
	fmt.Println(enc, uenc, string(dec) == data)

	link, err := url.Parse("postgres://user:pass@host.com:5432/path?k=v&k=w#frag")
	fmt.Println(err, link.Scheme, link.User.Username(), link.Host, link.Hostname(), link.Port(), link.Path, link.Fragment)
	pw, _ := link.User.Password()
	q := link.Query()
	fmt.Println(pw, link.RawQuery, q["k"], q.Get("k"), q.Encode())
	v := url.Values{}
	v.Set("name", "Ava Smith")
	v.Add("friend", "Jess")
	v.Add("friend", "Zoë")
	fmt.Println(v.Encode(), url.QueryEscape("a b&c"), url.PathEscape("a b/c"))

	fruits := []string{"peach", "banana", "kiwi", "fig", "apple"}
	slices.SortFunc(fruits, func(a, b string) int {
		if d := len(a) - len(b); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	fmt.Println(fruits)
	idx, found := slices.BinarySearchFunc(fruits, "kiwi", func(a, b string) int {
		if d := len(a) - len(b); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	fmt.Println(idx, found)
}
