//go:build ignore

// A feed of items wrapping a notebook interface: encoding/xml and
// encoding/json of a struct embedding it (the field named as the
// interface, left out of XML while nil), a slice of the items sorted by
// a promoted method with slices.SortFunc, and a report in a
// strings.Builder.
package main

import (
	"cmp"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"slices"
	"strings"
	"time"
)

//cell

type Content interface {
	Words() int
	Summary() string
}

type Article struct {
	Title string `xml:"title" json:"title"`
	Body  string `xml:"body" json:"body"`
}

func (a Article) Words() int      { return len(strings.Fields(a.Body)) }
func (a Article) Summary() string { return a.Title + ": " + strings.Fields(a.Body)[0] + "…" }

type Link struct {
	URL string `xml:"url,attr" json:"url"`
}

func (l Link) Words() int      { return 0 }
func (l Link) Summary() string { return "link to " + l.URL }

type Item struct {
	XMLName xml.Name `xml:"item" json:"-"`
	Content
	ID        int       `xml:"id,attr" json:"id"`
	Published time.Time `xml:"published" json:"published"`
}

//cell

func main() {
	day := time.Date(2024, 5, 1, 8, 0, 0, 0, time.UTC)
	items := []Item{
		{Content: Article{"Go 1.26", "new features arrive in the toolchain today"}, ID: 3, Published: day.Add(48 * time.Hour)},
		{Content: Link{"https://go.dev"}, ID: 1, Published: day},
		{Content: Article{"Cells", "notebooks run Go"}, ID: 2, Published: day.Add(26 * time.Hour)},
		{ID: 4, Published: day.AddDate(0, 1, 0)},
	}
	out, err := xml.MarshalIndent(items[:2], "", "  ")
	fmt.Println(string(out), err)
	out, err = xml.Marshal(items[3])
	fmt.Println(string(out), err)
	js, err := json.Marshal(items[1:])
	fmt.Println(string(js), err)

	withContent := slices.DeleteFunc(slices.Clone(items), func(it Item) bool { return it.Content == nil })
	slices.SortFunc(withContent, func(a, b Item) int {
		return cmp.Or(cmp.Compare(b.Words(), a.Words()), cmp.Compare(a.ID, b.ID))
	})
	var sb strings.Builder
	for _, it := range withContent {
		fmt.Fprintf(&sb, "#%d %-28s %2d words %s (%s ago)\n", it.ID, it.Summary(), it.Words(),
			it.Published.Format("Mon Jan 2"), day.AddDate(0, 1, 0).Sub(it.Published))
	}
	fmt.Print(sb.String())
	fmt.Printf("%v\n%+v\n", items[2].Content, items[1])
}
