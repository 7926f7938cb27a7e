//go:build ignore

// log and log/slog writing to stdout without timestamps.
package main

import (
	"log"
	"log/slog"
	"os"
)

//cell

func main() {
	l := log.New(os.Stdout, "app: ", 0)
	l.Println("starting")
	l.Printf("value=%d", 42)
	l.SetPrefix("[x] ")
	l.SetFlags(log.Lmsgprefix)
	l.Print("with msgprefix")
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	})
	logger := slog.New(h)
	logger.Info("hello", "user", "ann", "n", 3)
	logger.Debug("hidden")
	logger.With("req", 7).Warn("slow", slog.Duration("took", 1500000000))
	jl := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	jl.Error("failed", "err", os.ErrNotExist, slog.Group("g", "a", 1))
}
