//go:build ignore

// A podcast feed kept as XML: episodes are read from a feed document into
// notebook types (attributes, nested paths, an embedded audit record,
// durations and prices with their own XML methods), edited, written back
// with indentation, and streamed one episode at a time.
package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
	"time"
)

// Minutes is a running time, written as "1h05m" in an attribute.
type Minutes int

func (m Minutes) MarshalXMLAttr(name xml.Name) (xml.Attr, error) {
	return xml.Attr{Name: name, Value: fmt.Sprintf("%dh%02dm", m/60, m%60)}, nil
}

func (m *Minutes) UnmarshalXMLAttr(a xml.Attr) error {
	d, err := time.ParseDuration(a.Value)
	if err != nil {
		return fmt.Errorf("running time %q: %w", a.Value, err)
	}
	*m = Minutes(d / time.Minute)
	return nil
}

// Price is kept in cents and written as <price currency="EUR">4.99</price>.
type Price struct {
	Cents    int
	Currency string
}

func (p Price) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	start.Attr = append(start.Attr, xml.Attr{Name: xml.Name{Local: "currency"}, Value: p.Currency})
	return e.EncodeElement(fmt.Sprintf("%d.%02d", p.Cents/100, p.Cents%100), start)
}

func (p *Price) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	var text string
	if err := d.DecodeElement(&text, &start); err != nil {
		return err
	}
	for _, a := range start.Attr {
		if a.Name.Local == "currency" {
			p.Currency = a.Value
		}
	}
	var whole, frac int
	if _, err := fmt.Sscanf(text, "%d.%d", &whole, &frac); err != nil {
		return fmt.Errorf("price %q: %w", text, err)
	}
	p.Cents = whole*100 + frac
	return nil
}

// Rating is one of a few words.
type Rating int

const (
	Clean Rating = iota
	Explicit
)

func (r Rating) MarshalText() ([]byte, error) {
	return []byte([]string{"clean", "explicit"}[r]), nil
}

func (r *Rating) UnmarshalText(b []byte) error {
	switch string(b) {
	case "clean":
		*r = Clean
	case "explicit":
		*r = Explicit
	default:
		return fmt.Errorf("unknown rating %q", b)
	}
	return nil
}

type Audit struct {
	Editor  string `xml:"audit>editor"`
	Revised string `xml:"audit>revised"`
}

type Episode struct {
	XMLName xml.Name `xml:"episode"`
	Number  int      `xml:"n,attr"`
	Length  Minutes  `xml:"length,attr"`
	Rating  Rating   `xml:"rating,attr,omitempty"`
	Title   string   `xml:"title"`
	Guests  []string `xml:"guests>guest"`
	Price   *Price   `xml:"price,omitempty"`
	Notes   string   `xml:",comment"`
	plays   int
}

type Feed struct {
	XMLName  xml.Name  `xml:"feed"`
	Show     string    `xml:"show,attr"`
	Host     string    `xml:"host"`
	Episodes []Episode `xml:"episode"`
	Audit
	draft bool
}

//cell

const source = `<feed show="Gopher Hour">
  <host>Rae</host>
  <episode n="1" length="45m" rating="clean">
    <title>Goroutines for everyone</title>
    <guests><guest>Ann</guest><guest>Bo</guest></guests>
  </episode>
  <episode n="2" length="1h10m">
    <title>Interfaces, slowly</title>
    <price currency="EUR">4.99</price>
  </episode>
  <episode n="3" length="52m" rating="explicit">
    <title>When the build breaks</title>
    <guests><guest>Cy</guest></guests>
  </episode>
  <audit><editor>Dee</editor><revised>2024-05-01</revised></audit>
</feed>`

func readFeed(text string) (Feed, error) {
	var f Feed
	err := xml.Unmarshal([]byte(text), &f)
	return f, err
}

func summary(f Feed) {
	fmt.Printf("%s hosted by %s, edited by %s on %s\n", f.Show, f.Host, f.Editor, f.Revised)
	for _, ep := range f.Episodes {
		price := "free"
		if ep.Price != nil {
			price = fmt.Sprintf("%d cents %s", ep.Price.Cents, ep.Price.Currency)
		}
		fmt.Printf("  #%d %-26q %3d min, rating %d, guests %v, %s\n", ep.Number, ep.Title, ep.Length, ep.Rating, ep.Guests, price)
	}
}

//cell

func publish(f *Feed) {
	f.Episodes = append(f.Episodes, Episode{Number: 4, Length: 38, Title: "Errors are values", Price: &Price{250, "EUR"}, Notes: " recorded live ", plays: 9})
	f.Revised = "2024-06-12"
	f.draft = true
	out, err := xml.MarshalIndent(f, "", "  ")
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	fmt.Println(string(out))
}

func oneEpisode(ep Episode) {
	enc := xml.NewEncoder(os.Stdout)
	enc.Indent("", " ")
	start := xml.StartElement{Name: xml.Name{Local: "highlight"}, Attr: []xml.Attr{{Name: xml.Name{Local: "pick"}, Value: "yes"}}}
	if err := enc.EncodeElement(ep, start); err != nil {
		fmt.Println("encode:", err)
	}
	if err := enc.Encode(ep.Price); err != nil {
		fmt.Println("encode:", err)
	}
	fmt.Println()
}

//cell

func stream(text string) {
	dec := xml.NewDecoder(strings.NewReader(text))
	total := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		start, ok := tok.(xml.StartElement)
		if !ok || start.Name.Local != "episode" {
			continue
		}
		var ep Episode
		if err := dec.DecodeElement(&ep, &start); err != nil {
			fmt.Println("episode:", err)
			continue
		}
		total += int(ep.Length)
		fmt.Printf("streamed #%d (%d guests)\n", ep.Number, len(ep.Guests))
	}
	fmt.Println("total minutes:", total)
}

func badInputs() {
	cases := []string{
		`<episode n="9" length="forever"><title>x</title></episode>`,
		`<episode n="9" length="5m" rating="loud"><title>x</title></episode>`,
		`<episode n="9"><price currency="USD">free</price></episode>`,
		`<show n="9"/>`,
	}
	for _, c := range cases {
		var ep Episode
		fmt.Println("error:", xml.Unmarshal([]byte(c), &ep))
	}
}

//cell

func main() {
	feed, err := readFeed(source)
	if err != nil {
		fmt.Println("read:", err)
		return
	}
	summary(feed)
	publish(&feed)
	oneEpisode(feed.Episodes[1])
	stream(source)
	badInputs()
	var nothing *Feed
	out, err := xml.Marshal(nothing)
	fmt.Printf("nil feed: %q %v\n", out, err)
}
