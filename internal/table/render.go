package table

import (
	"fmt"
	"html"
	"strings"
	"unicode/utf8"
)

// MaxWidth is the most characters of a cell's text shown; a longer one
// ends in "…" (pandas' max_colwidth is 50 too).
const MaxWidth = 50

// clip shortens s to MaxWidth characters, on one line.
func clip(s string) string {
	s = strings.ReplaceAll(s, "\n", "\\n")
	if utf8.RuneCountInString(s) <= MaxWidth {
		return s
	}
	r := []rune(s)
	return string(r[:MaxWidth-1]) + "…"
}

// shape is the line under a cut table: "1000 rows × 3 columns".
func (g *Grid) shape() string {
	rows, cols := "rows", "columns"
	if g.Rows == 1 {
		rows = "row"
	}
	if len(g.Columns) == 1 {
		cols = "column"
	}
	return fmt.Sprintf("%d %s × %d %s", g.Rows, rows, len(g.Columns), cols)
}

// cut reports whether rows were left out, or there are none (the shape
// is then all there is to show).
func (g *Grid) cut() bool { return g.Rows > len(g.Cells) || g.Rows == 0 }

// HTML renders the grid as an HTML table: a header row, each row's label
// as a header cell, a row of "…" where rows were left out, and the
// table's shape under a cut one.
func (g *Grid) HTML() string {
	var b strings.Builder
	b.WriteString(`<table class="gofutures-table">` + "\n<thead>\n<tr style=\"text-align: right;\"><th></th>")
	for _, c := range g.Columns {
		b.WriteString("<th>" + html.EscapeString(clip(c)) + "</th>")
	}
	b.WriteString("</tr>\n</thead>\n<tbody>\n")
	for i, row := range g.Cells {
		if i == g.Cut && g.cut() {
			b.WriteString("<tr><th>…</th>" + strings.Repeat("<td>…</td>", len(g.Columns)) + "</tr>\n")
		}
		b.WriteString("<tr><th>" + html.EscapeString(clip(g.Labels[i])) + "</th>")
		for _, c := range row {
			b.WriteString("<td>" + html.EscapeString(clip(c)) + "</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody>\n</table>")
	if g.cut() {
		b.WriteString("\n<p>" + g.shape() + "</p>")
	}
	return b.String()
}

// Text renders the grid as text: labels aligned left and columns right, a line of "…"
// where rows were left out, and the shape under a cut table.
func (g *Grid) Text() string {
	lines := [][]string{append([]string{""}, g.Columns...)}
	for i, row := range g.Cells {
		if i == g.Cut && g.cut() {
			dots := make([]string, len(g.Columns)+1)
			for j := range dots {
				dots[j] = "…"
			}
			lines = append(lines, dots)
		}
		lines = append(lines, append([]string{g.Labels[i]}, row...))
	}
	width := make([]int, len(g.Columns)+1)
	for _, l := range lines {
		for j, c := range l {
			l[j] = clip(c)
			width[j] = max(width[j], utf8.RuneCountInString(l[j]))
		}
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		var line strings.Builder
		for j, c := range l {
			if j > 0 {
				line.WriteString("  ")
			}
			pad := strings.Repeat(" ", width[j]-utf8.RuneCountInString(c))
			if j == 0 {
				line.WriteString(c + pad) // labels to the left, as pandas'
			} else {
				line.WriteString(pad + c)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
	}
	if g.Rows == 0 {
		return g.shape()
	}
	if g.cut() {
		b.WriteString("\n\n" + g.shape())
	}
	return b.String()
}
