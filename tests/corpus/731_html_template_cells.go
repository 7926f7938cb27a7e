//go:build ignore

// html/template with notebook types: contextual escaping of fields in
// text, attributes, URLs and JavaScript, template.HTML from a notebook
// method, a FuncMap of notebook functions, range over structs with
// a method on a pointer element, and block/define overrides.
package main

import (
	"fmt"
	"html/template"
	"os"
	"strings"
)

type Post struct {
	ID     int
	Title  string
	Body   string
	Tags   []string
	Author *User
}

type User struct {
	Name string
	Site string
}

func (p *Post) Slug() string {
	s := strings.ToLower(p.Title)
	s = strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return '-'
	}, s)
	return strings.Trim(s, "-")
}

func (p *Post) Summary() template.HTML {
	b := p.Body
	if len(b) > 12 {
		b = b[:12] + "&hellip;"
	}
	return template.HTML("<em>" + b + "</em>")
}

//cell

func join(sep string, xs []string) string { return strings.Join(xs, sep) }

func initials(u *User) string {
	var sb strings.Builder
	for _, f := range strings.Fields(u.Name) {
		sb.WriteByte(f[0])
	}
	return sb.String()
}

const page = `{{define "base"}}<ul>{{range .}}
<li id="p{{.ID}}"><a href="/posts/{{.Slug}}?t={{.Title}}" title="{{.Title}}">{{.Title}}</a>
 {{.Summary}} by <a href="{{.Author.Site}}">{{initials .Author}}</a>
 <span onclick="show({{.Title}})">{{join ", " .Tags}}</span>{{block "extra" .}}{{end}}</li>{{end}}
</ul>
{{end}}`

//cell

func main() {
	fm := template.FuncMap{"join": join, "initials": initials}
	t := template.Must(template.New("p").Funcs(fm).Parse(page))
	posts := []*Post{
		{1, "Hello, <World> & Friends", "x < y && y > z for all", []string{"go", "<html>"}, &User{"Ada Lovelace", "https://ada.example/?q=1&r=2"}},
		{2, `Quotes "double" 'single'`, "short", nil, &User{"Bob", "javascript:alert(1)"}},
	}
	t2 := template.Must(template.Must(t.Clone()).Parse(`{{define "extra"}} [{{len .Tags}} tags]{{end}}`))
	if err := t.ExecuteTemplate(os.Stdout, "base", posts); err != nil {
		fmt.Println("error:", err)
	}
	if err := t2.ExecuteTemplate(os.Stdout, "base", posts[:1]); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(template.HTMLEscapeString(`<a href="x">&</a>`))
	fmt.Println(template.JSEscapeString(`it's "q" </script>`))
	fmt.Println(template.URLQueryEscaper("a b&c=d/é"))
}
