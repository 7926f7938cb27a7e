package session

import (
	"fmt"
	"io"
	"log"
	"reflect"

	"github.com/traefik/yaegi/interp"
)

// Logger is what cells get from log.New: a *log.Logger whose Fatal
// methods end the cell as os.Exit does there (yaegi's own wrapper, which
// makes them panic, lacks SetPrefix).
type Logger struct {
	l    *log.Logger
	exit func(code int)
}

// Fatal is Print followed by os.Exit(1).
func (l *Logger) Fatal(v ...any) { _ = l.l.Output(2, fmt.Sprint(v...)); l.exit(1) }

// Fatalf is Printf followed by os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	_ = l.l.Output(2, fmt.Sprintf(format, v...))
	l.exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func (l *Logger) Fatalln(v ...any) { _ = l.l.Output(2, fmt.Sprintln(v...)); l.exit(1) }

// Flags returns the output flags.
func (l *Logger) Flags() int { return l.l.Flags() }

// Output writes the output for a logging event.
func (l *Logger) Output(calldepth int, s string) error { return l.l.Output(calldepth+1, s) }

// Panic is Print followed by a panic.
func (l *Logger) Panic(v ...any) { l.l.Panic(v...) }

// Panicf is Printf followed by a panic.
func (l *Logger) Panicf(format string, v ...any) { l.l.Panicf(format, v...) }

// Panicln is Println followed by a panic.
func (l *Logger) Panicln(v ...any) { l.l.Panicln(v...) }

// Prefix returns the output prefix.
func (l *Logger) Prefix() string { return l.l.Prefix() }

// Print prints to the logger as fmt.Print does.
func (l *Logger) Print(v ...any) { _ = l.l.Output(2, fmt.Sprint(v...)) }

// Printf prints to the logger as fmt.Printf does.
func (l *Logger) Printf(format string, v ...any) { _ = l.l.Output(2, fmt.Sprintf(format, v...)) }

// Println prints to the logger as fmt.Println does.
func (l *Logger) Println(v ...any) { _ = l.l.Output(2, fmt.Sprintln(v...)) }

// SetFlags sets the output flags.
func (l *Logger) SetFlags(flag int) { l.l.SetFlags(flag) }

// SetOutput sets the output destination.
func (l *Logger) SetOutput(w io.Writer) { l.l.SetOutput(w) }

// SetPrefix sets the output prefix.
func (l *Logger) SetPrefix(prefix string) { l.l.SetPrefix(prefix) }

// Writer returns the output destination.
func (l *Logger) Writer() io.Writer { return l.l.Writer() }

// logSymbols are the log package for cells, with exit as os.Exit: log.New
// and log.Logger (Logger above), and the package's functions on the
// process's real default logger, which writes where the cell's stderr
// goes (setDefaultLogger). yaegi's own functions used a logger of their
// own, which the real log.Default and log/slog's default handler did not
// see: log.SetOutput(os.Stdout) in a cell left slog.Info on stderr, and
// slog.SetDefault never reached log.Print.
func logSymbols(exit func(code int)) interp.Exports {
	return interp.Exports{"log/log": {
		"New": reflect.ValueOf(func(out io.Writer, prefix string, flag int) *Logger {
			return &Logger{l: log.New(out, prefix, flag), exit: exit}
		}),
		"Logger":    reflect.ValueOf((*Logger)(nil)),
		"Print":     reflect.ValueOf(func(v ...any) { _ = log.Output(2, fmt.Sprint(v...)) }),
		"Printf":    reflect.ValueOf(func(format string, v ...any) { _ = log.Output(2, fmt.Sprintf(format, v...)) }),
		"Println":   reflect.ValueOf(func(v ...any) { _ = log.Output(2, fmt.Sprintln(v...)) }),
		"Fatal":     reflect.ValueOf(func(v ...any) { _ = log.Output(2, fmt.Sprint(v...)); exit(1) }),
		"Fatalf":    reflect.ValueOf(func(format string, v ...any) { _ = log.Output(2, fmt.Sprintf(format, v...)); exit(1) }),
		"Fatalln":   reflect.ValueOf(func(v ...any) { _ = log.Output(2, fmt.Sprintln(v...)); exit(1) }),
		"Panic":     reflect.ValueOf(log.Panic),
		"Panicf":    reflect.ValueOf(log.Panicf),
		"Panicln":   reflect.ValueOf(log.Panicln),
		"Flags":     reflect.ValueOf(log.Flags),
		"Output":    reflect.ValueOf(func(calldepth int, s string) error { return log.Output(calldepth+1, s) }),
		"Prefix":    reflect.ValueOf(log.Prefix),
		"SetFlags":  reflect.ValueOf(log.SetFlags),
		"SetOutput": reflect.ValueOf(log.SetOutput),
		"SetPrefix": reflect.ValueOf(log.SetPrefix),
		"Writer":    reflect.ValueOf(log.Writer),
		"Default":   reflect.ValueOf(log.Default),
	}}
}

// setDefaultLogger makes the process's default logger what a program's
// is at its start, writing to w (the cell's stderr).
func setDefaultLogger(w io.Writer) {
	log.SetOutput(w)
	log.SetFlags(log.LstdFlags)
	log.SetPrefix("")
}
