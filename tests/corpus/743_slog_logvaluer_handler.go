//go:build ignore

// log/slog with notebook types: a LogValuer that hides a secret and
// groups fields, a LogValuer returning another LogValuer, a Stringer
// and an error as attribute values, text and JSON handlers writing to
// stdout without the time, ReplaceAttr renaming and redacting, With and
// WithGroup loggers, a level variable, and a notebook Handler.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"
)

type User struct {
	ID       int
	Name     string
	Password string
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(
		slog.Int("id", u.ID),
		slog.String("name", u.Name),
	)
}

type Token string

func (t Token) LogValue() slog.Value {
	if len(t) > 4 {
		return slog.StringValue(string(t[:4]) + "…")
	}
	return slog.StringValue(string(t))
}

type Lazy struct{ n int }

func (l Lazy) LogValue() slog.Value { return slog.AnyValue(Token(strings.Repeat("z", l.n))) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type OpError struct{ Op string }

func (e *OpError) Error() string { return "op " + e.Op + " failed" }

//cell

func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	if a.Key == "password" {
		return slog.String("password", "***")
	}
	if a.Key == slog.LevelKey && len(groups) == 0 {
		a.Key = "lvl"
	}
	return a
}

type lineHandler struct {
	prefix string
	attrs  []slog.Attr
	min    slog.Leveler
}

func (h *lineHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.min.Level() }

func (h *lineHandler) Handle(_ context.Context, r slog.Record) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s%-5s %s", h.prefix, r.Level, r.Message)
	for _, a := range h.attrs {
		fmt.Fprintf(&sb, " %s=%v", a.Key, a.Value.Resolve())
	}
	r.Attrs(func(a slog.Attr) bool {
		fmt.Fprintf(&sb, " %s=%v", a.Key, a.Value.Resolve())
		return true
	})
	fmt.Println(sb.String(), r.NumAttrs())
	return nil
}

func (h *lineHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &lineHandler{h.prefix, append(append([]slog.Attr{}, h.attrs...), as...), h.min}
}

func (h *lineHandler) WithGroup(name string) slog.Handler {
	return &lineHandler{h.prefix + name + ".", h.attrs, h.min}
}

//cell

func main() {
	u := User{7, "ada", "hunter2"}
	lvl := new(slog.LevelVar)
	text := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: lvl, ReplaceAttr: noTime}))
	text.Info("login", "user", u, "token", Token("abcdefgh"), "temp", Temp(21.55))
	text.Debug("hidden at info")
	lvl.Set(slog.LevelDebug)
	text.Debug("now visible", "lazy", Lazy{6}, "n", 3)
	text.Warn("failed", "err", &OpError{"read"}, slog.Group("req", "path", "/x", "bytes", 512), "password", "pw")
	reqLog := text.With("req_id", 42).WithGroup("db")
	reqLog.Error("query", "user", u, "rows", 0)

	js := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime, AddSource: false}))
	js.Info("login", "user", u, "token", Token("xy"), "temp", Temp(-3))
	js.With(slog.Int("shard", 3)).WithGroup("g").Warn("slow", slog.Duration("took", 1500000000), "ok", true, "err", &OpError{"w"})
	js.LogAttrs(context.Background(), slog.LevelError+2, "custom level", slog.Any("u", u), slog.Float64("f", 0.5))

	h := &lineHandler{min: slog.LevelInfo}
	lg := slog.New(h)
	lg.Info("hello", "user", u, "lazy", Lazy{2})
	lg.Debug("dropped")
	lg.With("a", 1).WithGroup("grp").Warn("grouped", "b", Temp(1))
	fmt.Println(lg.Enabled(context.Background(), slog.LevelDebug), slog.LevelWarn, slog.Level(-2), slog.LevelError+1)
	v := slog.AnyValue(u)
	fmt.Println(v.Kind(), v.Resolve().Kind(), slog.AnyValue(Temp(2)).Kind(), slog.AnyValue(3).Kind())
	fmt.Println(slog.Group("g", "k", 1), slog.Int("n", 1).Equal(slog.Int("n", 1)))
}
