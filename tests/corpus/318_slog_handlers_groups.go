//go:build ignore

// Structured logging for a job runner with log/slog: a TextHandler and a
// JSONHandler on stdout whose ReplaceAttr fixes the time, levels (a
// LevelVar changed at run time), With and WithGroup, attribute groups,
// a LogValuer that hides a secret, and a small Handler of our own that
// wraps another.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"
)

var fixed = time.Date(2026, 3, 14, 15, 9, 26, 0, time.UTC)

func fixTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Time(slog.TimeKey, fixed)
	}
	if a.Key == "password" {
		return slog.String("password", "***")
	}
	return a
}

type Token string

func (t Token) LogValue() slog.Value {
	if len(t) <= 4 {
		return slog.StringValue("****")
	}
	return slog.StringValue(string(t[:2]) + "…" + string(t[len(t)-2:]))
}

type Job struct {
	ID    int
	Queue string
}

func (j Job) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", j.ID), slog.String("queue", j.Queue))
}

//cell

// prefixHandler adds a prefix to each message and counts the records.
type prefixHandler struct {
	prefix string
	next   slog.Handler
	count  *int
}

func (h prefixHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.next.Enabled(ctx, l)
}

func (h prefixHandler) Handle(ctx context.Context, r slog.Record) error {
	*h.count++
	r2 := slog.NewRecord(r.Time, r.Level, h.prefix+r.Message, r.PC)
	r.Attrs(func(a slog.Attr) bool {
		r2.AddAttrs(a)
		return true
	})
	r2.AddAttrs(slog.Int("seq", *h.count))
	return h.next.Handle(ctx, r2)
}

func (h prefixHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return prefixHandler{h.prefix, h.next.WithAttrs(as), h.count}
}

func (h prefixHandler) WithGroup(name string) slog.Handler {
	return prefixHandler{h.prefix, h.next.WithGroup(name), h.count}
}

//cell

var level = new(slog.LevelVar)

func newText() *slog.Logger {
	return slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: level, ReplaceAttr: fixTime}))
}

func newJSON() *slog.Logger {
	return slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: fixTime}))
}

//cell

func main() {
	log := newText()
	log.Info("starting", "version", "1.4.2", "workers", 3)
	log.Debug("hidden at info level")
	level.Set(slog.LevelDebug)
	log.Debug("now visible", "level", level.Level())

	jobLog := log.With("component", "runner").WithGroup("job")
	j := Job{ID: 17, Queue: "emails"}
	jobLog.Info("picked", "job", j, "attempt", 1)
	jobLog.Warn("slow", slog.Duration("took", 1500*time.Millisecond), slog.Group("limits", "soft", "1s", "hard", 2*time.Second))
	log.Error("failed", "err", fmt.Errorf("smtp: %w", os.ErrDeadlineExceeded), "token", Token("abcdef123"), "password", "hunter2")

	js := newJSON()
	js.Info("json start", "ok", true, "ratio", 0.75, "tags", []string{"a", "b"})
	js.WithGroup("req").With("method", "GET").Info("served", "path", "/items", slog.Group("resp", "status", 200, "bytes", 512))
	js.Debug("token", "short", Token("abc"), "long", Token("xyz-987"))
	js.LogAttrs(context.Background(), slog.LevelWarn, "attrs", slog.Int64("n", 1<<40), slog.Uint64("u", 7), slog.Float64("f", 1e-3), slog.Bool("b", false), slog.Any("nil", nil))
	js.Info("time", "at", fixed.Add(90*time.Minute), "job", j)

	// custom levels and the level names
	const Notice = slog.Level(2)
	log.Log(context.Background(), Notice, "custom level")
	log.Log(context.Background(), slog.LevelError+4, "beyond error")
	fmt.Println(slog.LevelWarn, slog.LevelDebug-1, Notice, slog.Level(12).String())

	// our own handler in front of the text handler
	n := 0
	wrapped := slog.New(prefixHandler{"[batch] ", slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: fixTime}), &n})
	wrapped.Info("first", "k", 1)
	wrapped.With("run", 2).WithGroup("g").Info("second", "k", 2)
	fmt.Println("records handled:", n)

	// records to a string builder, without time
	var sb strings.Builder
	plain := slog.New(slog.NewTextHandler(&sb, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	plain.Info("quoted value", "msg2", "has spaces", "eq", "a=b", "empty", "")
	fmt.Print(sb.String())

	// the default logger goes through slog.SetDefault
	slog.SetDefault(newText())
	slog.Info("via default", "pid", "fixed")
	level.Set(slog.LevelWarn)
	slog.Info("dropped")
	slog.Warn("kept")
}
