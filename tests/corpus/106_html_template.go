//go:build ignore

// html/template: contextual escaping of untrusted data.
package main

import (
	"html/template"
	"os"
)

type Page struct {
	Title string
	Items []string
	Link  string
}

const page = `<h1>{{.Title}}</h1>
<ul>{{range .Items}}<li>{{.}}</li>{{end}}</ul>
<a href="/search?q={{.Link}}">link</a>
<script>var t = {{.Title}};</script>
`

//cell

func main() {
	t := template.Must(template.New("page").Parse(page))
	err := t.Execute(os.Stdout, Page{
		Title: `Tom & Jerry's <script>`,
		Items: []string{"<b>bold</b>", "plain"},
		Link:  "a b&c",
	})
	if err != nil {
		panic(err)
	}
	os.Stdout.WriteString(template.HTMLEscapeString("<x>") + "\n")
}
