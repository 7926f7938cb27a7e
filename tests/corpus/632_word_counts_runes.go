//go:build ignore

// Word counts of a text: a scanner split into words, runes lowered and
// stripped, the top words sorted stably by count, UTF-8 bytes against runes.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox — quick, quicker — runs. Ünïcödé words count too: café café CAFÉ.`

//cell

func normalize(w string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, w)
}

var counts map[string]int

func step2() {
	counts = map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		w := normalize(sc.Text())
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	fmt.Println("words:", total, "distinct:", len(counts))
}

//cell

func step3() {
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Strings(words)
	sort.SliceStable(words, func(i, j int) bool { return counts[words[i]] > counts[words[j]] })
	for i, w := range words[:6] {
		fmt.Printf("%d. %-8q %d (%d bytes, %d runes)\n", i+1, w, counts[w], len(w), len([]rune(w)))
	}
	fmt.Println(counts)
}

//cell

func step4() {
	for i, r := range "café" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	s := "Ünï"
	fmt.Println(len(s), []byte(s), []rune(s), strings.ToUpper(s), s[0:2], s[1])
}

//cell

func main() {
	step2()
	step3()
	step4()
}
