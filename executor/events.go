package executor

import (
	"fmt"
	"log"
	"strings"
	"time"
)

// EventKind says what happened to a task.
type EventKind uint8

const (
	// EventSubmitted: the task was queued (Worker is "").
	EventSubmitted EventKind = iota + 1
	// EventStarted: a worker began running the function.
	EventStarted
	// EventFinished: the function returned or panicked (Err is its error).
	// It is delivered just before the future completes, so that code
	// waiting for the future finds observers already up to date.
	EventFinished
	// EventDropped: a worker (or Shutdown with cancelFutures) found the task
	// cancelled and will never run it (the future is CancelledAndNotified).
	EventDropped
)

var kindNames = [...]string{"", "submitted", "started", "finished", "dropped"}

func (k EventKind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return "EventKind(?)"
}

// An Event is one step in a task's life, for live tables and timelines.
type Event struct {
	Kind   EventKind
	Pool   string // e.g. "ThreadPool-1"
	Worker string // e.g. "ThreadPool-1_0"; "" for Submitted
	TaskID uint64 // Future.ID
	Func   string // Future.Name
	Time   time.Time
	Err    error // for EventFinished: the task's error, if any
	// Args summarizes the task's arguments (at most about 40 characters)
	// in EventSubmitted events; empty otherwise and for tasks without
	// arguments.
	Args   string
	Future *Future
}

// An Observer receives the events of a pool (see WithObserver). OnEvent
// is called synchronously on the goroutine where the event happens (the
// submitter or a worker), possibly from several goroutines at once: it
// must be safe for concurrent use and quick, since a slow observer slows
// the pool down. A panic in OnEvent is logged and ignored.
type Observer interface {
	OnEvent(Event)
}

// ObserverFunc adapts a function to Observer, like http.HandlerFunc.
type ObserverFunc func(Event)

// OnEvent calls fn(e).
func (fn ObserverFunc) OnEvent(e Event) { fn(e) }

// observers delivers each event to several observers; a panic in one does
// not keep the event from the others.
type observers []Observer

func (all observers) OnEvent(e Event) {
	for _, o := range all {
		if o != nil {
			safeOnEvent(o, e)
		}
	}
}

func safeOnEvent(o Observer, e Event) {
	defer func() {
		if r := recover(); r != nil {
			log.Printf("executor: observer panicked on %v event: %v", e.Kind, r)
		}
	}()
	o.OnEvent(e)
}

// emit delivers e; callers check p.obs != nil first, so a pool nobody
// observes pays one nil check per event and never reads the clock.
func (p *ThreadPool) emit(kind EventKind, worker string, f *Future, err error) {
	p.emitArgs(kind, worker, f, err, "")
}

func (p *ThreadPool) emitArgs(kind EventKind, worker string, f *Future, err error, args string) {
	safeOnEvent(p.obs, Event{Kind: kind, Pool: p.name, Worker: worker, TaskID: f.id,
		Func: f.Name(), Time: time.Now(), Err: err, Future: f, Args: args})
}

// argsSummary summarizes the arguments of a call for events.
func (c *reflectCall) argsSummary() string {
	if c == nil {
		return ""
	}
	parts := make([]string, len(c.args))
	for i, a := range c.args {
		parts[i] = fmt.Sprint(a)
	}
	return summarize(parts)
}

// summarize joins argument texts into a summary of about 40 characters.
func summarize(parts []string) string {
	const max = 40
	s := strings.Join(parts, ", ")
	if r := []rune(s); len(r) > max {
		s = string(r[:max-1]) + "…"
	}
	return s
}
