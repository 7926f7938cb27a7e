package display

import "github.com/gofutures/gofutures/executor"

// TaskEventOf converts an event of the executor package.
func TaskEventOf(e executor.Event) TaskEvent {
	return TaskEvent{Kind: TaskEventKind(e.Kind), Pool: e.Pool, Worker: e.Worker,
		ID: e.TaskID, Func: e.Func, Args: e.Args, Time: e.Time, Err: e.Err}
}

// OnEvent records an executor event, which makes a *TaskLog an
// executor.Observer.
func (l *TaskLog) OnEvent(e executor.Event) { l.Record(TaskEventOf(e)) }

// OnEvent records an executor event, which makes a *TaskTable an
// executor.Observer:
//
//	tbl := display.NewTaskTable("gcd")
//	pool := executor.NewThreadPool(4, executor.WithObserver(tbl))
//
// or executor.WithProcessObserver(tbl) for a ProcessPool.
func (t *TaskTable) OnEvent(e executor.Event) { t.Record(TaskEventOf(e)) }

// OnEvent counts an executor event, which makes a *Progress an
// executor.Observer.
func (p *Progress) OnEvent(e executor.Event) { p.Record(TaskEventOf(e)) }

// Watch adds futures that were submitted without an observer: each shows
// as pending until it is done, then as done, failed or cancelled (the
// worker and start time are unknown this way).
func (t *TaskTable) Watch(futures ...*executor.Future) {
	for _, f := range futures {
		if f == nil {
			continue
		}
		t.Record(TaskEvent{Kind: TaskSubmitted, Pool: "futures", ID: f.ID(), Func: f.Name()})
		f.AddDoneCallback(func(f *executor.Future) {
			ev := TaskEvent{Kind: TaskFinished, Pool: "futures", ID: f.ID(), Func: f.Name()}
			if f.Cancelled() {
				ev.Kind = TaskDropped
			} else {
				ev.Err = f.Err()
			}
			t.Record(ev)
		})
	}
}

// Observers combines several executor observers into one, e.g. a table
// and a progress bar: executor.WithObserver(display.Observers(tbl, bar)).
func Observers(obs ...executor.Observer) executor.Observer {
	return executor.ObserverFunc(func(e executor.Event) {
		for _, o := range obs {
			o.OnEvent(e)
		}
	})
}
