//go:build ignore

// Cleaning a list of names and log lines in a notebook: sort.Search
// and sort.SearchInts/SearchStrings for insertion points (and a
// lower-bound helper with an off-by-one fixed later), strings.Builder
// with Grow/Len, CutPrefix/CutSuffix, EqualFold, FieldsFunc,
// Title-casing by hand, strings.NewReplacer, regexp with named groups
// (SubexpNames, SubexpIndex, FindAllStringSubmatch), ReplaceAllString
// with ${name} templates, ReplaceAllStringFunc, and Split with limits.
package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

type Version struct{ Major, Minor, Patch int }

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

var releases = []Version{{1, 0, 0}, {1, 2, 0}, {1, 2, 5}, {1, 10, 1}, {2, 0, 0}, {2, 1, 3}}

var semver = regexp.MustCompile(`v(?P<major>\d+)\.(?P<minor>\d+)(?:\.(?P<patch>\d+))?(?P<pre>-[a-z0-9.]+)?`)

//cell

// first version: finds the first release strictly after v, not at or after
var lowerBound = func(v Version) int {
	return sort.Search(len(releases), func(i int) bool { return v.Less(releases[i]) })
}

func parse(s string) (Version, string, bool) {
	m := semver.FindStringSubmatch(s)
	if m == nil {
		return Version{}, "", false
	}
	var v Version
	fmt.Sscan(m[semver.SubexpIndex("major")], &v.Major)
	fmt.Sscan(m[semver.SubexpIndex("minor")], &v.Minor)
	if p := m[semver.SubexpIndex("patch")]; p != "" {
		fmt.Sscan(p, &v.Patch)
	}
	return v, m[semver.SubexpIndex("pre")], true
}

//cell

func titleCase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToTitle(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == ' ' || r == '-' || r == '\''
	}
	return b.String()
}

//cell

func main() {
	for _, q := range []string{"v1.2.5", "v1.3", "v0.9", "v3.0.0", "release v2.0.0-rc.1 today", "nothing"} {
		v, pre, ok := parse(q)
		fmt.Printf("%-26q %v %q %v at=%d\n", q, v, pre, ok, lowerBound(v))
	}
	lowerBound = func(v Version) int {
		return sort.Search(len(releases), func(i int) bool { return !releases[i].Less(v) })
	}
	for _, q := range []string{"v1.2.5", "v1.3", "v0.9", "v3.0.0"} {
		v, _, _ := parse(q)
		i := lowerBound(v)
		fmt.Print(v, "→", i, " ")
		if i < len(releases) && releases[i] == v {
			fmt.Print("(exact) ")
		}
	}
	fmt.Println()
	fmt.Println(semver.SubexpNames(), semver.NumSubexp(), semver.SubexpIndex("nope"))
	ints := []int{2, 3, 5, 7, 11, 13}
	fmt.Println(sort.SearchInts(ints, 7), sort.SearchInts(ints, 8), sort.SearchInts(ints, 100), sort.SearchStrings([]string{"ant", "bee", "cat"}, "bat"))
	i, found := sort.Find(len(ints), func(i int) int { return 11 - ints[i] })
	fmt.Println(i, found)

	names := "  o'brien, ANNE-marie;  van der berg|li  ,, "
	parts := strings.FieldsFunc(names, func(r rune) bool { return r == ',' || r == ';' || r == '|' })
	var clean []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			clean = append(clean, titleCase(p))
		}
	}
	fmt.Printf("%q\n", clean)
	for _, s := range []string{"Mr. Smith", "mr. jones", "Dr.Who", "Ms. Jane.txt"} {
		rest, hadMr := strings.CutPrefix(s, "Mr. ")
		base, hadTxt := strings.CutSuffix(s, ".txt")
		fmt.Println(rest, hadMr, base, hadTxt, strings.EqualFold(s[:3], "MR."), strings.HasPrefix(strings.ToLower(s), "mr"))
	}

	logs := `2025-01-02 user=ann action=login ip=10.0.0.1
2025-01-02 user=bo action=upload size=2048 ip=10.0.0.7
2025-01-03 user=ann action=logout`
	kv := regexp.MustCompile(`(?P<key>\w+)=(?P<val>[\w.]+)`)
	for _, m := range kv.FindAllStringSubmatch(strings.Split(logs, "\n")[1], -1) {
		fmt.Print(m[kv.SubexpIndex("key")], ":", m[2], " ")
	}
	fmt.Println()
	fmt.Println(kv.ReplaceAllString("a=1 b=x.y", "${val}<-$key"), kv.ReplaceAllString("a=1", "$key_x|${key}_x"))
	ip := regexp.MustCompile(`\b(\d+)\.(\d+)\.(\d+)\.(\d+)\b`)
	fmt.Println(ip.ReplaceAllStringFunc(logs, func(s string) string {
		return ip.ReplaceAllString(s, "$1.$2.x.x")
	}))
	fmt.Println(regexp.MustCompile(`(?i)USER=(\w+)`).ReplaceAllLiteralString("User=Ann user=bo", "user=$1"))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;; d", 3))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).Split("axxbxc", -1))
	fmt.Println(kv.FindAllStringSubmatchIndex("k=v z=w", -1), kv.MatchString("=="), regexp.QuoteMeta("a.b*c"))
	re := regexp.MustCompile(`(?m)^(\d{4})-(\d\d)-(\d\d)`)
	var out []byte
	for _, sm := range re.FindAllStringSubmatchIndex(logs, -1) {
		out = re.ExpandString(out, "$3/$2/$1 ", logs, sm)
	}
	prefix, complete := regexp.MustCompile(`ab+c`).LiteralPrefix()
	fmt.Println(string(out), re.String(), prefix, complete)
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a<b> & c"), strings.Count("cheese", "e"), strings.Count("five", ""), strings.LastIndexByte("abcabc", 'b'))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("go")
	fmt.Println(sb.String(), sb.Len(), strings.Title("x"), strings.ContainsAny("hello", "xyz"), strings.IndexFunc("abc1", unicode.IsDigit))
}
