//go:build ignore

// A safe-call helper that classifies what recover returned with comma-ok
// assertions (r.(error), r.(runtime.Error), r.(fmt.Stringer)), also when
// nothing panicked and r is nil; assertions without comma-ok of nil and
// of values that lack the interface's method, whose runtime errors name
// the interface ("interface is nil, not error", "missing method Error");
// and make with sizes out of range (makechan, makeslice's cap).
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type Job struct {
	Name string
	Run  func() any
}

type Code int

type Failure struct {
	Job  string
	Kind string
	Msg  string
}

//cell

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func (f Failure) String() string {
	if f.Kind == "" {
		return f.Job + ": ok"
	}
	return fmt.Sprintf("%s: %s: %s", f.Job, f.Kind, f.Msg)
}

// classify runs j and says how it ended.
func classify(j Job) (f Failure) {
	f.Job = j.Name
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			f.Kind, f.Msg = "runtime", re.Error()
			return
		}
		if err, ok := r.(error); ok {
			f.Kind, f.Msg = "error", err.Error()
			return
		}
		if s, ok := r.(fmt.Stringer); ok {
			f.Kind, f.Msg = "stringer", s.String()
			return
		}
		if r != nil {
			f.Kind, f.Msg = "value", fmt.Sprint(r)
		}
	}()
	_ = j.Run()
	return f
}

//cell

var jobs = []Job{
	{"fine", func() any { return 1 }},
	{"error", func() any { panic(errors.New("disk full")) }},
	{"code", func() any { panic(Code(7)) }},
	{"text", func() any { panic("plain text") }},
	{"nil any to error", func() any { var v any; return v.(error) }},
	{"nil error to stringer", func() any { var err error; return err.(fmt.Stringer) }},
	{"int to error", func() any { return any(42).(error) }},
	{"code to error", func() any { return any(Code(3)).(error) }},
	{"string to stringer", func() any { return any("s").(fmt.Stringer) }},
	{"code to stringer", func() any { return any(Code(4)).(fmt.Stringer).String() }},
	{"negative chan size", func() any { n := -2; return make(chan int, n) }},
	{"cap below len", func() any { n := 1; return make([]int, 3, n) }},
	{"negative len", func() any { n := -1; return make([]string, n) }},
}

//cell

func main() {
	counts := map[string]int{}
	for _, j := range jobs {
		f := classify(j)
		fmt.Println(f)
		counts[f.Kind]++
	}
	var kinds []string
	for _, k := range []string{"", "runtime", "error", "stringer", "value"} {
		kinds = append(kinds, fmt.Sprintf("%q=%d", k, counts[k]))
	}
	fmt.Println(strings.Join(kinds, " "))

	var r any
	err, ok := r.(error)
	s, ok2 := r.(fmt.Stringer)
	fmt.Println(err, ok, s, ok2)
}
