package display

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

// TaskState is the state of a task as the live views show it.
type TaskState int

// Task states.
const (
	TaskPending   TaskState = iota // submitted, not started
	TaskRunning                    // a worker is running it
	TaskDone                       // finished without error
	TaskFailed                     // finished with an error or a panic
	TaskCancelled                  // cancelled before it ran
)

var taskStateNames = [...]string{"pending", "running", "done", "failed", "cancelled"}

// String returns the state's name, e.g. "running".
func (s TaskState) String() string {
	if s >= 0 && int(s) < len(taskStateNames) {
		return taskStateNames[s]
	}
	return fmt.Sprintf("TaskState(%d)", int(s))
}

// Finished reports whether the state is final.
func (s TaskState) Finished() bool { return s >= TaskDone }

// TaskEventKind says what happened to a task. The values match the
// executor package's EventKind.
type TaskEventKind int

// Task event kinds.
const (
	TaskSubmitted TaskEventKind = iota + 1 // queued
	TaskStarted                            // a worker began running it
	TaskFinished                           // it returned or panicked; Err says which
	TaskDropped                            // it was cancelled and will never run
)

// TaskEvent is one step in a task's life, as an executor reports it.
// Tasks are identified by Pool and ID together.
type TaskEvent struct {
	Kind   TaskEventKind
	Pool   string
	Worker string // the worker that runs it; "" for TaskSubmitted
	ID     uint64
	Func   string // function name
	Args   string // short summary of the arguments, may be empty
	Time   time.Time
	Err    error // for TaskFinished: the task's error, nil on success
}

// Task is what is known about one task.
type Task struct {
	Pool      string
	ID        uint64
	Func      string
	Args      string
	State     TaskState
	Worker    string
	Submitted time.Time
	Started   time.Time // zero until it starts
	Finished  time.Time // zero until it is finished or cancelled
	Err       error
}

// Duration is how long the task ran: until now while it runs, zero if it
// never started.
func (t Task) Duration(now time.Time) time.Duration {
	switch {
	case t.Started.IsZero():
		return 0
	case t.Finished.IsZero():
		return now.Sub(t.Started)
	default:
		return t.Finished.Sub(t.Started)
	}
}

type taskKey struct {
	pool string
	id   uint64
}

// keepRecent is how many recently finished and failed tasks a TaskLog
// keeps in order for the live table.
const keepRecent = 64

// TaskLog collects task events into per-task records. It is safe for
// concurrent use; Record costs O(1), so it can observe a Map over
// hundreds of thousands of tasks. TaskTable, Progress and Timeline are
// built on it.
type TaskLog struct {
	mu      sync.Mutex
	tasks   map[taskKey]*Task
	order   []taskKey // in order of first sight
	counts  [len(taskStateNames)]int
	running map[taskKey]struct{}
	recent  []taskKey // last finished tasks, oldest first, at most keepRecent
	failed  []taskKey // last failed tasks, oldest first, at most keepRecent
	first   time.Time
	last    time.Time
	version uint64
}

// NewTaskLog returns an empty log.
func NewTaskLog() *TaskLog {
	return &TaskLog{tasks: map[taskKey]*Task{}, running: map[taskKey]struct{}{}}
}

// Record adds one event. Events of one task may arrive out of order (e.g.
// a started event before its submitted event from another goroutine);
// each field keeps the information of the event that carries it.
func (l *TaskLog) Record(ev TaskEvent) {
	if ev.Time.IsZero() {
		ev.Time = time.Now()
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.version++
	if l.first.IsZero() || ev.Time.Before(l.first) {
		l.first = ev.Time
	}
	if ev.Time.After(l.last) {
		l.last = ev.Time
	}
	k := taskKey{ev.Pool, ev.ID}
	t := l.tasks[k]
	if t == nil {
		t = &Task{Pool: ev.Pool, ID: ev.ID, State: TaskPending}
		l.tasks[k] = t
		l.order = append(l.order, k)
		l.counts[TaskPending]++
	}
	if ev.Func != "" {
		t.Func = ev.Func
	}
	if ev.Args != "" {
		t.Args = ev.Args
	}
	if ev.Worker != "" {
		t.Worker = ev.Worker
	}
	next := t.State
	switch ev.Kind {
	case TaskSubmitted:
		t.Submitted = ev.Time
	case TaskStarted:
		t.Started = ev.Time
		if !t.State.Finished() {
			next = TaskRunning
		}
	case TaskFinished:
		t.Finished = ev.Time
		t.Err = ev.Err
		next = TaskDone
		if ev.Err != nil {
			next = TaskFailed
		}
	case TaskDropped:
		t.Finished = ev.Time
		next = TaskCancelled
	}
	if next == t.State {
		return
	}
	l.counts[t.State]--
	l.counts[next]++
	delete(l.running, k)
	t.State = next
	switch next {
	case TaskRunning:
		l.running[k] = struct{}{}
	case TaskDone, TaskCancelled:
		l.recent = pushRecent(l.recent, k)
	case TaskFailed:
		l.recent = pushRecent(l.recent, k)
		l.failed = pushRecent(l.failed, k)
	}
}

func pushRecent(s []taskKey, k taskKey) []taskKey {
	if len(s) >= keepRecent {
		copy(s, s[1:])
		s = s[:len(s)-1]
	}
	return append(s, k)
}

// Tasks returns a copy of every task, in the order they were first seen.
func (l *TaskLog) Tasks() []Task {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]Task, len(l.order))
	for i, k := range l.order {
		out[i] = *l.tasks[k]
	}
	return out
}

// Counts returns how many tasks are in each state, indexed by TaskState.
func (l *TaskLog) Counts() map[TaskState]int {
	l.mu.Lock()
	defer l.mu.Unlock()
	m := make(map[TaskState]int, len(l.counts))
	for s, n := range l.counts {
		m[TaskState(s)] = n
	}
	return m
}

// Active reports how many tasks are pending or running.
func (l *TaskLog) Active() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.counts[TaskPending] + l.counts[TaskRunning]
}

// summary is a consistent snapshot for rendering, in O(rows) time.
type summary struct {
	total   int
	counts  [len(taskStateNames)]int
	rows    []Task // running first (oldest start first), then failed, then recent
	hidden  int    // tasks not in rows
	first   time.Time
	last    time.Time
	version uint64
}

// snapshot returns counts and at most maxRows interesting tasks.
func (l *TaskLog) snapshot(maxRows int) summary {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := summary{total: len(l.order), counts: l.counts, first: l.first, last: l.last, version: l.version}
	seen := map[taskKey]bool{}
	add := func(k taskKey) {
		if len(s.rows) < maxRows && !seen[k] {
			seen[k] = true
			s.rows = append(s.rows, *l.tasks[k])
		}
	}
	running := make([]taskKey, 0, len(l.running))
	for k := range l.running {
		running = append(running, k)
	}
	sort.Slice(running, func(i, j int) bool {
		a, b := l.tasks[running[i]], l.tasks[running[j]]
		if !a.Started.Equal(b.Started) {
			return a.Started.Before(b.Started)
		}
		return a.ID < b.ID
	})
	for _, k := range running {
		add(k)
	}
	for i := len(l.failed) - 1; i >= 0 && i >= len(l.failed)-5; i-- {
		add(l.failed[i])
	}
	for i := len(l.recent) - 1; i >= 0; i-- {
		add(l.recent[i])
	}
	if len(l.order) <= maxRows { // small runs: show everything, in order
		s.rows = s.rows[:0]
		for _, k := range l.order {
			s.rows = append(s.rows, *l.tasks[k])
		}
	}
	s.hidden = s.total - len(s.rows)
	return s
}
