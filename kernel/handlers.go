package kernel

import (
	"fmt"
	"runtime"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/complete"
	"github.com/gofutures/gofutures/kernel/magic"
	"github.com/gofutures/gofutures/kernel/wire"
)

func (k *Kernel) kernelInfo(ch Channel, m *wire.Message) {
	goVersion := strings.TrimPrefix(runtime.Version(), "go")
	k.reply(ch, m, kernelInfoReply{
		Status:                "ok",
		ProtocolVersion:       wire.ProtocolVersion,
		Implementation:        "gofutures",
		ImplementationVersion: Version,
		LanguageInfo: languageInfo{
			Name:           "go",
			Version:        goVersion,
			MimeType:       "text/x-go",
			FileExtension:  ".go",
			PygmentsLexer:  "go",
			CodemirrorMode: "go",
		},
		Banner: fmt.Sprintf("gofutures %s — Go %s interpreted by yaegi; cells run in a supervised subprocess",
			Version, goVersion),
		HelpLinks: []helpLink{
			{Text: "Go documentation", URL: "https://go.dev/doc/"},
			{Text: "Go standard library", URL: "https://pkg.go.dev/std"},
			{Text: "yaegi", URL: "https://github.com/traefik/yaegi"},
		},
	})
}

func (k *Kernel) interruptRequest(ch Channel, m *wire.Message) {
	k.Interrupt()
	k.reply(ch, m, statusReply{Status: "ok"})
}

func (k *Kernel) shutdownRequest(ch Channel, m *wire.Message) {
	var c shutdownRequest
	_ = m.DecodeContent(&c)
	if c.Restart {
		k.Interrupt()
		if err := k.interp.Restart(); err != nil {
			k.logf("kernel: restart: %v", err)
		}
		k.mu.Lock()
		k.count = 0
		k.mu.Unlock()
		k.reply(ch, m, shutdownReply{Status: "ok", Restart: true})
		return
	}
	k.reply(ch, m, shutdownReply{Status: "ok", Restart: false})
	k.shutOnce.Do(func() { close(k.shutdown) })
}

func (k *Kernel) isComplete(ch Channel, m *wire.Message) {
	var c isCompleteRequest
	_ = m.DecodeContent(&c)
	status, indent, ok := magic.Completeness(c.Code)
	if !ok {
		status, indent = cell.Completeness(c.Code)
	}
	r := isCompleteReply{Status: status}
	if status == "incomplete" {
		r.Indent = &indent
	}
	k.reply(ch, m, r)
}

func (k *Kernel) complete(ch Channel, m *wire.Message) {
	var c codeAtCursor
	_ = m.DecodeContent(&c)
	r := complete.Complete(k.interp.Namespace(), c.Code, c.CursorPos)
	k.reply(ch, m, completeReply{Status: "ok", Matches: r.Matches,
		CursorStart: r.CursorStart, CursorEnd: r.CursorEnd, Metadata: completeMetadata{Types: r.Types}})
}

func (k *Kernel) inspect(ch Channel, m *wire.Message) {
	var c codeAtCursor
	_ = m.DecodeContent(&c)
	text := complete.Inspect(k.interp.Namespace(), c.Code, c.CursorPos)
	r := inspectReply{Status: "ok", Found: text != "", Data: map[string]any{}, Metadata: map[string]any{}}
	if text != "" {
		r.Data = map[string]any{"text/plain": text, "text/markdown": "```go\n" + text + "\n```"}
	}
	k.reply(ch, m, r)
}

func (k *Kernel) commInfo(ch Channel, m *wire.Message) {
	k.reply(ch, m, commInfoReply{Status: "ok", Comms: map[string]any{}})
}

// commOpen closes every comm a client opens: the kernel has no comm targets.
func (k *Kernel) commOpen(ch Channel, m *wire.Message) {
	var c commOpen
	_ = m.DecodeContent(&c)
	k.publish(m, MsgCommClose, commClose{CommID: c.CommID, Data: map[string]any{}})
}
