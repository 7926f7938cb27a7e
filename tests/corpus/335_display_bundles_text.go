//go:build ignore

// Rich values as text: display bundles built from cell types with String,
// HTML and Markdown methods, and from the constructors, print their
// text/plain form and list the MIME types they carry; results of pool
// tasks are bundled the same way. (Only what goes to stdout is compared:
// BundleOf and the constructors, not Display.)
package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gofutures/gofutures/display"
	"github.com/gofutures/gofutures/executor"
)

// Temp is a temperature with text and HTML forms.
type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func (t Temp) HTML() string { return fmt.Sprintf("<b>%.1f</b>&deg;C", float64(t)) }

// Report has a Markdown form.
type Report struct {
	City  string
	Temps []Temp
}

func (r Report) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "## %s\n", r.City)
	for _, t := range r.Temps {
		fmt.Fprintf(&b, "- %v\n", t)
	}
	return b.String()
}

func (r Report) String() string { return fmt.Sprintf("%s: %v", r.City, r.Temps) }

//cell

func mimes(b display.Bundle) string {
	var ks []string
	for k := range b.Data {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, " ")
}

func average(r Report) Temp {
	sum := Temp(0)
	for _, t := range r.Temps {
		sum += t
	}
	return sum / Temp(len(r.Temps))
}

//cell

func main() {
	t := Temp(21.5)
	b := display.BundleOf(t)
	fmt.Println(b, "|", mimes(b))
	fmt.Println(b.Data["text/html"])

	r := Report{"Oslo", []Temp{3, 4.5, -1}}
	rb := display.BundleOf(r)
	fmt.Println(rb.String(), "|", mimes(rb))
	fmt.Print(rb.Data["text/markdown"])

	for _, x := range []display.Bundle{display.Text("plain"), display.HTML("<i>x</i>"), display.Markdown("*m*"), display.JSON(map[string]int{"a": 1})} {
		fmt.Printf("%q | %s\n", x.String(), mimes(x))
	}

	pool := executor.NewThreadPool(2)
	defer pool.Close()
	res, err := pool.Map(average, []Report{r, {"Rome", []Temp{18, 22}}})
	fmt.Println(res, err)
	for _, v := range res {
		avg := v.(Temp)
		ab := display.BundleOf(avg)
		fmt.Println(ab, mimes(ab))
	}
}
