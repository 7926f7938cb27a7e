//go:build ignore

// Parsing configuration and data: an INI parser into notebook types
// (sections, keys, comments, continuation errors with line numbers),
// typed getters with defaults, then encoding/csv reading quoted fields,
// a custom delimiter and comments, a ParseError, FieldsPerRecord, and
// writing CSV back from structs.
package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Section struct {
	Name  string
	Keys  map[string]string
	Order []string
}

type Config struct {
	Sections []*Section
	index    map[string]*Section
}

type LineError struct {
	Line int
	Text string
	Err  error
}

func (e LineError) Error() string { return fmt.Sprintf("line %d %q: %v", e.Line, e.Text, e.Err) }
func (e LineError) Unwrap() error { return e.Err }

var ErrSyntax = errors.New("syntax error")

func (c *Config) section(name string) *Section {
	if s, ok := c.index[name]; ok {
		return s
	}
	s := &Section{Name: name, Keys: map[string]string{}}
	c.Sections = append(c.Sections, s)
	c.index[name] = s
	return s
}

func ParseINI(r io.Reader) (*Config, error) {
	c := &Config{index: map[string]*Section{}}
	cur := c.section("")
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || line[0] == ';' || line[0] == '#':
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") {
				return c, LineError{n, line, ErrSyntax}
			}
			cur = c.section(strings.TrimSpace(line[1 : len(line)-1]))
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				return c, LineError{n, line, fmt.Errorf("missing '=': %w", ErrSyntax)}
			}
			k = strings.TrimSpace(k)
			if _, dup := cur.Keys[k]; !dup {
				cur.Order = append(cur.Order, k)
			}
			cur.Keys[k] = strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	return c, sc.Err()
}

func (c *Config) Int(sec, key string, def int) (int, error) {
	s, ok := c.index[sec]
	if !ok {
		return def, nil
	}
	v, ok := s.Keys[key]
	if !ok {
		return def, nil
	}
	return strconv.Atoi(v)
}

//cell

const ini = `
; global
name = demo
[server]
host = "localhost"
port = 8080
port = 9090
[db]
# comment
user=admin
timeout = 3s
retries = x3
`

func main() {
	cfg, err := ParseINI(strings.NewReader(ini))
	fmt.Println("err:", err)
	for _, s := range cfg.Sections {
		fmt.Printf("[%s]", s.Name)
		for _, k := range s.Order {
			fmt.Printf(" %s=%q", k, s.Keys[k])
		}
		fmt.Println()
	}
	fmt.Println(cfg.Int("server", "port", 80))
	fmt.Println(cfg.Int("server", "missing", 80))
	fmt.Println(cfg.Int("nosection", "port", 1))
	_, err = cfg.Int("db", "retries", 0)
	var ne *strconv.NumError
	fmt.Println(err, errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	_, err = ParseINI(strings.NewReader("a=1\n[broken\n"))
	var le LineError
	fmt.Println(err, errors.As(err, &le), le.Line, errors.Is(err, ErrSyntax))
	_, err = ParseINI(strings.NewReader("[s]\nnovalue\n"))
	fmt.Println(err, errors.Is(err, ErrSyntax))

	data := "id,name,note\n1,\"Smith, J\",\"said \"\"hi\"\"\"\n2,Ada,\"multi\nline\"\n3,Bob,\n"
	r := csv.NewReader(strings.NewReader(data))
	recs, err := r.ReadAll()
	fmt.Println(len(recs), err)
	for _, rec := range recs {
		fmt.Printf("%d %q\n", len(rec), rec)
	}

	r = csv.NewReader(strings.NewReader("# header comment\na;b;c\nd;e\n"))
	r.Comma = ';'
	r.Comment = '#'
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			fmt.Println("error:", err, errors.As(err, &pe), pe.Line, errors.Is(err, csv.ErrFieldCount))
			continue
		}
		fmt.Println(rec)
	}
	r = csv.NewReader(strings.NewReader("a,\"b\nc"))
	_, err = r.ReadAll()
	fmt.Println(err)
	r = csv.NewReader(strings.NewReader("x,y\n1,2,3\n"))
	r.FieldsPerRecord = -1
	all, err := r.ReadAll()
	fmt.Println(all, err)

	type Person struct {
		Name string
		Age  int
		Tags []string
	}
	people := []Person{{"Zoe", 31, []string{"a"}}, {"Al, Jr.", 4, nil}, {`Q "Q"`, 70, []string{"x", "y"}}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"name", "age", "tags"})
	for _, p := range people {
		w.Write([]string{p.Name, strconv.Itoa(p.Age), strings.Join(p.Tags, "|")})
	}
	w.Flush()
	fmt.Println(w.Error())
	w = csv.NewWriter(os.Stdout)
	w.Comma = '\t'
	w.UseCRLF = true
	w.WriteAll([][]string{{"a b", "c\td"}, {"", " lead"}})
}
