//go:build ignore

// A log/slog handler of the notebook's own that keeps records in memory,
// fanned out with Go 1.26's slog.NewMultiHandler beside a TextHandler on
// stdout without the time: With and WithGroup on the pair, a level the
// handler turns down, a named type's String in the values; then
// bytes.Buffer.Peek (1.26), reflect.TypeAssert (1.25), atomic And/Or
// (1.23) and sync.Map.Clear (1.23).
package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// memHandler keeps records in memory, as a test helper would.
type memHandler struct {
	mu    *sync.Mutex
	lines *[]string
	attrs []slog.Attr
	group string
}

func newMem() *memHandler { return &memHandler{mu: &sync.Mutex{}, lines: new([]string)} }

func (h *memHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelInfo }

func (h *memHandler) Handle(_ context.Context, r slog.Record) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s %s", r.Level, r.Message)
	for _, a := range h.attrs {
		fmt.Fprintf(&sb, " %s=%v", a.Key, a.Value)
	}
	r.Attrs(func(a slog.Attr) bool {
		k := a.Key
		if h.group != "" {
			k = h.group + "." + k
		}
		fmt.Fprintf(&sb, " %s=%v", k, a.Value)
		return true
	})
	h.mu.Lock()
	*h.lines = append(*h.lines, sb.String())
	h.mu.Unlock()
	return nil
}

func (h *memHandler) WithAttrs(as []slog.Attr) slog.Handler {
	c := *h
	c.attrs = append(slices.Clip(h.attrs), as...)
	return &c
}

func (h *memHandler) WithGroup(g string) slog.Handler {
	c := *h
	c.group = g
	return &c
}

//cell

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

func step1() {
	mem := newMem()
	noTime := func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		return a
	}
	multi := slog.NewMultiHandler(mem, slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime}))
	lg := slog.New(multi).With("app", "demo")
	lg.Info("hello", "n", 1, "lvl", Level(2))
	lg.Debug("hidden")
	lg.WithGroup("req").Warn("slow", "ms", 30)
	for _, l := range *mem.lines {
		fmt.Println("mem:", l)
	}
	lg2 := slog.New(mem)
	lg2.Error("bad", "err", fmt.Errorf("wrapped: %w", os.ErrNotExist))
	fmt.Println(len(*mem.lines), (*mem.lines)[len(*mem.lines)-1])
}

//cell

func step2() {
	var b bytes.Buffer
	b.WriteString("header:body")
	p, err := b.Peek(6)
	fmt.Println(string(p), err, b.Len())
	v := reflect.ValueOf(Level(1))
	if l, ok := reflect.TypeAssert[Level](v); ok {
		fmt.Println("level", l)
	}
	_, ok := reflect.TypeAssert[int](v)
	fmt.Println(ok)
	var n atomic.Int64
	n.Store(0b1100)
	old := n.And(0b0110)
	fmt.Println(old, n.Load(), n.Or(1), n.Load())
	var sm sync.Map
	sm.Store("a", 1)
	sm.Clear()
	_, found := sm.Load("a")
	fmt.Println(found)
}

//cell

func main() {
	step1()
	step2()
}
