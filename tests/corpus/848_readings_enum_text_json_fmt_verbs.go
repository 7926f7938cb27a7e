//go:build ignore

// Weather readings: a named float with String, an enum with MarshalText
// and UnmarshalText, an embedded struct and a time.Duration in JSON with
// options (,string, -, omitempty), an array type with String, and fmt's
// verbs (%v %d %s %q %x %#v %T %U %c, widths, flags, bad verbs) on them.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

//cell

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Level int

const (
	Low Level = iota
	Mid
	High
)

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

func (l *Level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = Low
	case "mid":
		*l = Mid
	case "high":
		*l = High
	default:
		return fmt.Errorf("bad level %q", b)
	}
	return nil
}

type Meta struct {
	Source  string    `json:"source"`
	Updated time.Time `json:"updated"`
}

type Reading struct {
	Meta
	Station string         `json:"station"`
	Temp    Celsius        `json:"temp"`
	Alert   Level          `json:"alert"`
	Every   time.Duration  `json:"every"`
	Count   int            `json:"count,string"`
	Secret  string         `json:"-"`
	Extra   map[string]any `json:"extra,omitempty"`
	Prev    *Reading       `json:"prev,omitempty"`
}

type ID [4]byte

func (id ID) String() string { return fmt.Sprintf("id-%x", id[:]) }

//cell

var (
	r Reading
)

func step1() {
	r = Reading{
		Meta:    Meta{"sensor", time.Date(2023, 7, 1, 12, 0, 0, 0, time.UTC)},
		Station: "Oslo",
		Temp:    21.55,
		Alert:   Mid,
		Every:   5 * time.Minute,
		Count:   12,
		Secret:  "s3",
	}
	r2 := r
	r2.Temp = -3
	r2.Prev = &r
	r2.Extra = map[string]any{"b": []int{1, 2}, "a": 1.5}
	fmt.Printf("%v\n%+v\n", r.Temp, r)
	fmt.Printf("%v %d %s %q %x\n", r.Alert, r.Alert, r.Alert, r.Alert, r.Alert)
	fmt.Printf("%v %.2f %s\n", r.Temp, r.Temp, Celsius(100))
	fmt.Printf("%#v %#v\n", r.Alert, r.Temp)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(r2)
}

//cell

func step2() {
	var back Reading
	err := json.Unmarshal([]byte(`{"source":"x","station":"Rome","temp":30.25,"alert":"high","every":60000000000,"count":"7","Secret":"no","extra":{"k":[1,"two",null,true]}}`), &back)
	fmt.Println(err)
	fmt.Printf("%+v\n", back)
	fmt.Println(back.Every, back.Alert, back.Temp, back.Source, back.Extra["k"])
	err = json.Unmarshal([]byte(`{"alert":"extreme"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"count":7}`), &back)
	fmt.Println(err)
}

//cell

func step3() {
	id := ID{0xde, 0xad, 0xbe, 0xef}
	fmt.Println(id)
	fmt.Printf("%v %s %x %X %q\n", id, id, id, id, id)
	fmt.Printf("%#v\n", id)
	ids := map[string]ID{"one": {1}, "two": {2, 2}}
	fmt.Println(ids)
	levels := []Level{High, Low, Mid}
	fmt.Println(levels, fmt.Sprint(levels[0]), fmt.Sprintf("%v", levels))
	temps := map[Level][]Celsius{High: {30, 31.5}, Low: {-1}}
	fmt.Println(temps)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%6.2f|%-8v|%08.3f|%+d|%U|%c", 3.14159, "ab", -2.5, 7, 'ß', 0x1F600)
	fmt.Println(sb.String(), sb.Len())
	type pair struct {
		K string
		V *int
	}
	n := 5
	ps := []pair{{"a", &n}, {"b", nil}}
	fmt.Printf("%v %+v\n", ps[1], ps[1])
	fmt.Printf("%v %t %v %p\n", ps[0].V != nil, *ps[0].V == 5, []any{nil, 1, "x", Mid, Celsius(2)}, nil)
	fmt.Printf("%T %T %T %T\n", r, &r, levels, temps)
	fmt.Printf("%5.1q|%-5s|%5s|%x\n", "abcdef", Mid, High, "Mid")
	fmt.Printf("%v|%s|%d\n", []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%08b %o %#o %#x %#X %e %g %G\n", 5, 64, 64, 255, 255, 1234.5678, 1e21, 1e-7)
	fmt.Printf("%v %v\n", struct{ A, B int }{1, 2}, &struct{ S string }{"p"})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%d\n", 1, 2)
}

//cell

func main() {
	step1()
	step2()
	step3()
}
