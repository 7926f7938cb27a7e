//go:build ignore

// Structured logging with log/slog as a service notebook writes it: a
// TextHandler on stdout whose ReplaceAttr drops the time, loggers with
// attributes and groups, a LogValuer that hides a secret, Stringers and
// errors of the notebook's types as values, levels, and a JSON handler.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"
)

type User struct {
	ID       int
	Name     string
	Password string
}

// LogValue keeps the password out of logs.
func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

type Token string

func (t Token) LogValue() slog.Value { return slog.StringValue("REDACTED") }

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

type QuotaError struct {
	Used, Limit int
}

func (e *QuotaError) Error() string { return fmt.Sprintf("quota %d/%d exceeded", e.Used, e.Limit) }

type Point struct{ X, Y int }

//cell

func newLogger(level slog.Leveler) *slog.Logger {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: level,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	})
	return slog.New(h)
}

const LevelTrace = slog.Level(-8)

//cell

func main() {
	log := newLogger(slog.LevelInfo)
	log.Info("server starting", "port", 8080, "tls", false, "timeout", 3*time.Second)
	log.Debug("not shown")
	log.Warn("disk almost full", slog.Float64("used", 0.93), slog.String("mount", "/data"))

	u := User{ID: 7, Name: "ann", Password: "hunter2"}
	log.Info("login", "user", u, "token", Token("abc"))
	log.Info("versions", "current", Version{1, 22}, "next", &Version{1, 23})
	err := fmt.Errorf("upload: %w", &QuotaError{Used: 11, Limit: 10})
	log.Error("request failed", "err", err, "code", 507)
	var qe *QuotaError
	if errors.As(err, &qe) {
		log.Error("quota", "err", qe)
	}
	log.Info("point", "p", Point{1, 2}, "pp", &Point{3, 4}, "list", []Point{{5, 6}})

	reqLog := log.With("request_id", "r-42", slog.Group("client", "ip", "10.0.0.1", "agent", "curl"))
	reqLog.Info("handling", "path", "/items")
	reqLog.WithGroup("db").Info("query", "rows", 3, "table", "items")

	var lv slog.LevelVar
	lv.Set(slog.LevelWarn)
	dyn := newLogger(&lv)
	dyn.Info("hidden at warn")
	lv.Set(LevelTrace)
	dyn.Log(context.Background(), LevelTrace, "trace shown", "level_value", int(LevelTrace))
	fmt.Println(log.Enabled(context.Background(), slog.LevelDebug), dyn.Enabled(context.Background(), slog.LevelDebug))
	fmt.Println(slog.LevelWarn, LevelTrace, slog.LevelError+2)

	jh := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	})
	jl := slog.New(jh)
	jl.Info("json", "user", u, "version", Version{2, 0}, "point", Point{7, 8})
	jl.LogAttrs(context.Background(), slog.LevelWarn, "attrs", slog.Any("err", err), slog.Bool("retry", true))

	slog.SetDefault(log)
	slog.Info("via default", "n", 1)
}
