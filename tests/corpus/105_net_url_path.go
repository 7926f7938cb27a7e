//go:build ignore

// net/url and path: parsing URLs, query strings and slash-separated paths.
package main

import (
	"fmt"
	"net/url"
	"path"
)

//cell

func main() {
	u, err := url.Parse("postgres://user:pass@host.com:5432/path/to?k=v&k=w&x=1#frag")
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Scheme, u.User.Username())
	p, _ := u.User.Password()
	fmt.Println(p, u.Host, u.Hostname(), u.Port(), u.Path, u.Fragment, u.RawQuery)
	q := u.Query()
	fmt.Println(q["k"], q.Get("x"), q.Get("missing") == "")
	v := url.Values{}
	v.Set("name", "Ava Smith")
	v.Add("friend", "Jess")
	v.Add("friend", "Sarah & Zoe")
	fmt.Println(v.Encode())
	fmt.Println(url.QueryEscape("a b/c?"), url.PathEscape("a b/c?"))
	rel, _ := url.Parse("../other?z=1")
	fmt.Println(u.ResolveReference(rel))
	_, err = url.Parse("http://[::1")
	fmt.Println(err)
	fmt.Println(path.Join("a", "b/../c", "/d"), path.Base("/x/y.txt"), path.Ext("f.tar.gz"), path.Dir("/a/b"), path.IsAbs("/a"))
}
