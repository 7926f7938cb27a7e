//go:build ignore

// Three string exercises from Rosetta-style lists: a trie with rune
// children (insert, prefix search, autocomplete in sorted order, delete
// that prunes empty branches), Roman numerals both ways with a table of
// value/symbol pairs and validation errors, and run-length encoding of
// text with digits as counts, decoded back and checked round-trip.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type trieNode struct {
	children map[rune]*trieNode
	terminal bool
	count    int
}

type Trie struct {
	root  *trieNode
	words int
}

func NewTrie() *Trie { return &Trie{root: &trieNode{children: map[rune]*trieNode{}}} }

func (t *Trie) Insert(word string) bool {
	n := t.root
	for _, r := range word {
		child, ok := n.children[r]
		if !ok {
			child = &trieNode{children: map[rune]*trieNode{}}
			n.children[r] = child
		}
		child.count++
		n = child
	}
	if n.terminal {
		return false
	}
	n.terminal = true
	t.words++
	return true
}

func (t *Trie) find(prefix string) *trieNode {
	n := t.root
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Complete(prefix string, limit int) []string {
	var out []string
	var walk func(n *trieNode, path []rune)
	walk = func(n *trieNode, path []rune) {
		if len(out) >= limit {
			return
		}
		if n.terminal {
			out = append(out, string(path))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(path, r))
		}
	}
	if n := t.find(prefix); n != nil {
		walk(n, []rune(prefix))
	}
	return out
}

func (t *Trie) Delete(word string) bool {
	n := t.find(word)
	if n == nil || !n.terminal {
		return false
	}
	n.terminal = false
	t.words--
	cur := t.root
	for _, r := range word {
		next := cur.children[r]
		next.count--
		if next.count == 0 {
			delete(cur.children, r)
			return true
		}
		cur = next
	}
	return true
}

//cell

var romanTable = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("out of range")

type RomanError struct {
	Input string
	Pos   int
}

func (e RomanError) Error() string {
	return fmt.Sprintf("bad numeral %q at %d", e.Input, e.Pos)
}

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("roman %d: %w", n, ErrRange)
	}
	var sb strings.Builder
	for _, p := range romanTable {
		for n >= p.value {
			sb.WriteString(p.symbol)
			n -= p.value
		}
	}
	return sb.String(), nil
}

func FromRoman(s string) (int, error) {
	total, i := 0, 0
	for _, p := range romanTable {
		for strings.HasPrefix(s[i:], p.symbol) {
			total += p.value
			i += len(p.symbol)
		}
	}
	if i != len(s) || s == "" {
		return 0, RomanError{s, i}
	}
	if back, _ := ToRoman(total); back != s {
		return 0, RomanError{s, 0}
	}
	return total, nil
}

//cell

func rleEncode(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		sb.WriteString(strconv.Itoa(j - i))
		sb.WriteRune(rs[i])
		i = j
	}
	return sb.String()
}

func rleDecode(s string) (string, error) {
	var sb strings.Builder
	n := 0
	for i, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		if n == 0 {
			return "", fmt.Errorf("rle: missing count before %q at byte %d", r, i)
		}
		sb.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	if n != 0 {
		return "", errors.New("rle: trailing count")
	}
	return sb.String(), nil
}

//cell

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("car cart carbon care cat dog dot do card car") {
		if !t.Insert(w) {
			fmt.Println("duplicate:", w)
		}
	}
	fmt.Println("words:", t.words)
	fmt.Println("car*:", t.Complete("car", 10))
	fmt.Println("ca* (3):", t.Complete("ca", 3))
	fmt.Println("do*:", t.Complete("do", 10), "x*:", t.Complete("x", 10))
	fmt.Println("delete carbon:", t.Delete("carbon"), "again:", t.Delete("carbon"), "ca:", t.Delete("ca"))
	fmt.Println("car* now:", t.Complete("car", 10), "words:", t.words)
	_, kept := t.root.children['c'].children['a'].children['r'].children['b']
	fmt.Println("branch b kept:", kept)

	for _, n := range []int{1994, 2024, 3999, 4, 0, 4000} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Println(err, errors.Is(err, ErrRange))
			continue
		}
		back, _ := FromRoman(r)
		fmt.Printf("%d = %s = %d\n", n, r, back)
	}
	for _, s := range []string{"MCMXCIV", "IIII", "IC", "XLII", "MMXZ"} {
		v, err := FromRoman(s)
		var re RomanError
		if errors.As(err, &re) {
			fmt.Printf("%s: %v (pos %d)\n", s, err, re.Pos)
			continue
		}
		fmt.Println(s, "=", v)
	}

	for _, s := range []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabccc", "ééé!"} {
		enc := rleEncode(s)
		dec, err := rleDecode(enc)
		fmt.Printf("%s -> ok=%v %v\n", enc, dec == s, err)
	}
	_, err := rleDecode("3ab")
	fmt.Println(err)
	_, err = rleDecode("2a5")
	fmt.Println(err)
}
