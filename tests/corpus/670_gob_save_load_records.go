//go:build ignore

package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"sort"
)

// A notebook saves its records with encoding/gob and loads them back:
// only exported fields travel; unexported ones (a cache, a dirty flag)
// stay as the loaded value had them.

type Address struct {
	City string
	Zip  string
}

type Contact struct {
	Name    string
	Age     int
	Emails  []string
	Home    *Address
	Tags    map[string]int
	visits  int
	isDirty bool
}

type Book struct {
	Title    string
	Contacts []Contact
	ByName   map[string]*Contact
	Extra    any
	cache    string
}

type Note struct{ Text string }

type Secret struct{ pin, code int }

//cell

func save(b Book) ([]byte, error) {
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(b)
	return buf.Bytes(), err
}

func load(data []byte) (Book, error) {
	var b Book
	b.cache = "fresh"
	err := gob.NewDecoder(bytes.NewReader(data)).Decode(&b)
	return b, err
}

//cell

func main() {
	gob.Register(Note{})
	ann := Contact{Name: "Ann", Age: 31, Emails: []string{"ann@example.com"}, Home: &Address{"Oslo", "0150"}, Tags: map[string]int{"work": 2}, visits: 7, isDirty: true}
	bo := Contact{Name: "Bo", Age: 25, visits: 3}
	book := Book{Title: "friends", Contacts: []Contact{ann, bo}, ByName: map[string]*Contact{"ann": &ann}, Extra: Note{"call back"}, cache: "stale"}
	data, err := save(book)
	fmt.Println("save:", err)
	got, err := load(data)
	fmt.Println("load:", err)
	fmt.Println(got.Title, got.cache)
	for _, c := range got.Contacts {
		fmt.Printf("%s %d %v %v visits=%d dirty=%v %+v\n", c.Name, c.Age, c.Emails, c.Tags, c.visits, c.isDirty, c.Home)
	}
	keys := []string{}
	for k := range got.ByName {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		c := got.ByName[k]
		fmt.Printf("%s: %s %d %+v visits=%d\n", k, c.Name, c.Age, *c.Home, c.visits)
	}
	if n, ok := got.Extra.(Note); ok {
		fmt.Println("note:", n.Text)
	}
	_, err = save(Book{Extra: Secret{1, 2}})
	fmt.Println(err)
	var buf bytes.Buffer
	fmt.Println(gob.NewEncoder(&buf).Encode(Secret{1, 2}))
}
