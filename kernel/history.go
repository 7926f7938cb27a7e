package kernel

import (
	"path"

	"github.com/gofutures/gofutures/kernel/wire"
)

type histEntry struct {
	session int
	line    int
	input   string
	output  string
}

func (k *Kernel) addHistory(count int, input string, data map[string]any) {
	out := ""
	if data != nil {
		if s, ok := data["text/plain"].(string); ok {
			out = s
		}
	}
	k.mu.Lock()
	k.history = append(k.history, histEntry{session: 1, line: count, input: input, output: out})
	k.mu.Unlock()
}

func (k *Kernel) historyRequest(ch Channel, m *wire.Message) {
	var c historyRequest
	_ = m.DecodeContent(&c)
	k.mu.Lock()
	hist := append([]histEntry(nil), k.history...)
	k.mu.Unlock()
	var sel []histEntry
	switch c.HistAccessType {
	case "tail":
		sel = hist
		if c.N > 0 && len(sel) > c.N {
			sel = sel[len(sel)-c.N:]
		}
	case "range":
		for _, h := range hist {
			if h.line >= c.Start && (c.Stop <= 0 || h.line < c.Stop) {
				sel = append(sel, h)
			}
		}
	case "search":
		pattern := c.Pattern
		if pattern == "" {
			pattern = "*"
		}
		seen := map[string]bool{}
		for _, h := range hist {
			if ok, _ := path.Match(pattern, h.input); ok || globMatch(pattern, h.input) {
				if c.Unique && seen[h.input] {
					continue
				}
				seen[h.input] = true
				sel = append(sel, h)
			}
		}
		if c.N > 0 && len(sel) > c.N {
			sel = sel[len(sel)-c.N:]
		}
	}
	items := make([]any, 0, len(sel))
	for _, h := range sel {
		if c.Output {
			items = append(items, []any{h.session, h.line, []any{h.input, h.output}})
		} else {
			items = append(items, []any{h.session, h.line, h.input})
		}
	}
	k.reply(ch, m, historyReply{Status: "ok", History: items})
}

// globMatch matches like Python's fnmatch: * and ? also match "/" and newlines.
func globMatch(pattern, s string) bool {
	if pattern == "" {
		return s == ""
	}
	switch pattern[0] {
	case '*':
		for i := 0; i <= len(s); i++ {
			if globMatch(pattern[1:], s[i:]) {
				return true
			}
		}
		return false
	case '?':
		return s != "" && globMatch(pattern[1:], s[1:])
	}
	return s != "" && s[0] == pattern[0] && globMatch(pattern[1:], s[1:])
}
