//go:build ignore

// An XML book catalog explored in cells: struct types with attr,
// chardata, omitempty, nested a>b paths and innerxml declared first;
// Unmarshal of a document, MarshalIndent back out, a custom
// MarshalXML/UnmarshalXML for a Price type added in a later cell, and a
// token-by-token walk with xml.Decoder.
package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

type Catalog struct {
	XMLName xml.Name `xml:"catalog"`
	Owner   string   `xml:"owner,attr"`
	Books   []Book   `xml:"book"`
}

type Book struct {
	ID      string   `xml:"id,attr"`
	Lang    string   `xml:"lang,attr,omitempty"`
	Title   string   `xml:"title"`
	Authors []string `xml:"authors>name"`
	Year    int      `xml:"year"`
	Price   Price    `xml:"price"`
	Note    *Note    `xml:"note,omitempty"`
}

// Price in cents, written with two decimals (methods come later)
type Price int

type Note struct {
	Kind string `xml:"kind,attr"`
	Text string `xml:",chardata"`
}

//cell

const doc = `<?xml version="1.0"?>
<catalog owner="library &amp; co">
  <book id="b1" lang="en">
    <title>The Go Programming Language</title>
    <authors><name>Donovan</name><name>Kernighan</name></authors>
    <year>2015</year>
    <price>34.99</price>
  </book>
  <book id="b2">
    <title>Café &lt;Stories&gt;</title>
    <authors><name>Anon</name></authors>
    <year>1999</year>
    <price>7.5</price>
    <note kind="warn">torn cover</note>
  </book>
</catalog>`

//cell

func (p Price) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	start.Attr = append(start.Attr, xml.Attr{Name: xml.Name{Local: "cur"}, Value: "EUR"})
	return e.EncodeElement(fmt.Sprintf("%d.%02d", p/100, p%100), start)
}

func (p *Price) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	var s string
	if err := d.DecodeElement(&s, &start); err != nil {
		return err
	}
	whole, frac, _ := strings.Cut(s, ".")
	frac = (frac + "00")[:2]
	var w, f int
	fmt.Sscan(whole, &w)
	fmt.Sscan(frac, &f)
	*p = Price(w*100 + f)
	return nil
}

func walk(src string) {
	d := xml.NewDecoder(strings.NewReader(src))
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fmt.Printf("%s<%s", strings.Repeat(" ", depth), t.Name.Local)
			for _, a := range t.Attr {
				fmt.Printf(" %s=%q", a.Name.Local, a.Value)
			}
			fmt.Println(">")
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if s := strings.TrimSpace(string(t)); s != "" {
				fmt.Printf("%s%q\n", strings.Repeat(" ", depth), s)
			}
		case xml.ProcInst:
			fmt.Printf("proc %s %q\n", t.Target, t.Inst)
		}
	}
}

//cell

func main() {
	var c Catalog
	if err := xml.Unmarshal([]byte(doc), &c); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	fmt.Println(c.XMLName.Local, c.Owner, len(c.Books))
	for _, b := range c.Books {
		fmt.Printf("%s %q %v %d %d %+v\n", b.ID, b.Title, b.Authors, b.Year, b.Price, b.Note)
	}
	c.Books[0].Price += 101
	c.Books = append(c.Books, Book{ID: "b3", Title: "Tabs & <Spaces>", Year: 2024, Price: 1000})
	out, err := xml.MarshalIndent(c, "", "  ")
	fmt.Println(string(out), err)

	type Tiny struct {
		XMLName xml.Name `xml:"t"`
		A       int      `xml:"a,attr"`
		Inner   string   `xml:",innerxml"`
		Comment string   `xml:",comment"`
	}
	b, _ := xml.Marshal(Tiny{A: 1, Inner: "<x>raw</x>", Comment: " hi "})
	fmt.Println(string(b))
	var t Tiny
	err = xml.Unmarshal([]byte(`<t a="7"><y>1</y><!-- c --></t>`), &t)
	fmt.Printf("%d %q %q %v\n", t.A, t.Inner, t.Comment, err)

	walk(doc)
	walk("<a><b></a>")
	var buf strings.Builder
	xml.EscapeText(&buf, []byte(`"quotes" & <tags>`))
	fmt.Println(buf.String())
	_, err = xml.Marshal(map[string]int{"a": 1})
	fmt.Println(err)
}
