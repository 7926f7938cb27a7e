//go:build ignore

// Structs that embed instances of generic types, used across cells: the
// embedded field is named by its generic type (Page[Post] is the field
// Page), in selectors, keyed literals, method values, %+v and
// encoding/json (which promotes its fields); a generic struct embeds
// another generic instance; later cells use the same instances again.
package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// Page is one page of results.
type Page[T any] struct {
	Items []T `json:"items"`
	Next  int `json:"next,omitempty"`
}

func (p Page[T]) Len() int     { return len(p.Items) }
func (p *Page[T]) Push(v ...T) { p.Items = append(p.Items, v...) }
func (p Page[T]) Last() (T, bool) {
	if len(p.Items) == 0 {
		var zero T
		return zero, false
	}
	return p.Items[len(p.Items)-1], true
}

// Keyed adds an index by key to a page.
type Keyed[K comparable, T any] struct {
	Page[T]
	By map[K]int `json:"-"`
}

func (k *Keyed[K, T]) Put(key K, v T) {
	if k.By == nil {
		k.By = map[K]int{}
	}
	k.By[key] = len(k.Page.Items)
	k.Push(v)
}

func (k Keyed[K, T]) Get(key K) (T, bool) {
	i, ok := k.By[key]
	if !ok {
		var zero T
		return zero, false
	}
	return k.Page.Items[i], true
}

//cell

type Post struct {
	ID    int    `json:"id"`
	Title string `json:"title"`
}

// Feed embeds a page of posts and says where it came from.
type Feed struct {
	Page[Post]
	Source string `json:"source"`
}

// Archive embeds a pointer to a page of feeds.
type Archive struct {
	*Page[Feed]
	Year int
}

// describe names the embedded field as Go does: f.Page.
func describe(f Feed) string {
	last, _ := f.Page.Last()
	return fmt.Sprintf("%s: %d posts, last %q, next %d", f.Source, f.Page.Len(), last.Title, f.Next)
}

// merged is a new feed of both, built with a keyed literal.
func merged(a, b Feed) Feed {
	return Feed{Page: Page[Post]{Items: slices.Concat(a.Items, b.Page.Items)}, Source: a.Source + "+" + b.Source}
}

//cell

func main() {
	f := Feed{Source: "blog"}
	f.Push(Post{1, "hello"}, Post{2, "generics"})
	g := Feed{Page: Page[Post]{Items: []Post{{3, "embedding"}}, Next: 2}, Source: "news"}
	fmt.Println(f.Len(), f.Page.Len(), g.Next, g.Page.Items[0].Title)
	fmt.Printf("%v\n%+v\n%T %T\n", f, g, f.Page, g)
	fmt.Println(describe(f))
	fmt.Println(describe(merged(f, g)))

	out, err := json.Marshal([]Feed{f, g})
	fmt.Println(string(out), err)
	var back []Feed
	err = json.Unmarshal(out, &back)
	fmt.Printf("%+v %v\n", back[1], err)

	a := Archive{&Page[Feed]{}, 2026}
	a.Push(f, g)
	count := a.Len
	a.Page.Push(Feed{Source: "empty"})
	last, _ := a.Last()
	fmt.Println(count(), a.Len(), last.Source, a.Page.Items[1].Page.Len(), a.Year)

	var k Keyed[string, Post]
	for _, p := range slices.Concat(f.Items, g.Page.Items) {
		k.Put(strings.ToUpper(p.Title[:1])+p.Title[1:], p)
	}
	p, ok := k.Get("Generics")
	fmt.Println(p, ok, k.Len(), k.Page.Next)
	fmt.Printf("%+v\n", k.Page)
	out, _ = json.Marshal(k)
	fmt.Println(string(out))
}
