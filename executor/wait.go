package executor

// dedupe returns fs without nil and repeated futures, in first-seen order
// (Python uses sets).
func dedupe(fs []*Future) []*Future {
	seen := make(map[*Future]struct{}, len(fs))
	out := make([]*Future, 0, len(fs))
	for _, f := range fs {
		if f == nil {
			continue
		}
		if _, ok := seen[f]; !ok {
			seen[f] = struct{}{}
			out = append(out, f)
		}
	}
	return out
}

// A CompletedIterator yields futures as they finish; see AsCompleted.
// It is for one goroutine.
type CompletedIterator struct {
	ready   []*Future // done, not yet yielded
	pending []*Future // registered with ch
	ch      chan *Future
	left    int // pending futures not yet received
	total   int
	opts    options
	cancel  func()
	started bool
	cur     *Future
	err     error
	done    bool
}

// AsCompleted returns an iterator over fs that yields each future once, as
// it becomes done (finished or cancelled): those already done first, then
// in completion order. fs may come from several executors; nil and
// duplicate entries are skipped. Timeout and Context bound the whole
// iteration (counted from this call): then Next returns false and Err a
// *TimeoutError naming how many futures were unfinished (Python's
// as_completed TimeoutError). Use it like bufio.Scanner:
//
//	it := executor.AsCompleted(fs, executor.Timeout(time.Second))
//	for it.Next() {
//		v, err := it.Future().Result()
//		...
//	}
//	if err := it.Err(); err != nil { ... }
func AsCompleted(fs []*Future, opts ...Option) *CompletedIterator {
	fs = dedupe(fs)
	it := &CompletedIterator{total: len(fs), opts: collect(opts)}
	ctx, cancel := it.opts.waitContext()
	it.opts.ctx, it.cancel = ctx, cancel
	var pending []*Future
	for _, f := range fs {
		if f.IsDone() {
			it.ready = append(it.ready, f)
		} else {
			pending = append(pending, f)
		}
	}
	if len(pending) > 0 {
		it.ch = make(chan *Future, len(pending))
		for _, f := range pending {
			if f.addWaiter(it.ch) {
				it.pending = append(it.pending, f)
			} else {
				it.ready = append(it.ready, f)
			}
		}
		it.left = len(it.pending)
	}
	return it
}

// Next waits for the next done future and reports whether there is one.
func (it *CompletedIterator) Next() bool {
	if it.done {
		return false
	}
	if len(it.ready) > 0 {
		it.cur, it.ready = it.ready[0], it.ready[1:]
		return true
	}
	if it.left == 0 {
		it.Close()
		return false
	}
	ctx := it.opts.ctx
	if ctx == nil {
		it.cur = <-it.ch
	} else {
		select {
		case it.cur = <-it.ch:
		case <-ctx.Done():
			select { // a future that made it wins over the deadline
			case it.cur = <-it.ch:
			default:
				it.err = waitError(ctx, it.left, it.total)
				it.Close()
				return false
			}
		}
	}
	it.left--
	return true
}

// Future returns the future Next just moved to.
func (it *CompletedIterator) Future() *Future { return it.cur }

// Err returns the *TimeoutError (or context error) that ended the
// iteration early, or nil.
func (it *CompletedIterator) Err() error { return it.err }

// Close stops the iteration and unregisters from the futures. It is safe
// to call more than once; iterating to the end calls it.
func (it *CompletedIterator) Close() {
	if it.done {
		return
	}
	it.done = true
	it.cur = nil
	for _, f := range it.pending {
		f.removeWaiter(it.ch)
	}
	it.cancel()
}

// ReturnWhen says when Wait returns.
type ReturnWhen uint8

const (
	// AllCompleted: when every future is done (Python's ALL_COMPLETED).
	AllCompleted ReturnWhen = iota
	// FirstCompleted: when any future is done (FIRST_COMPLETED).
	FirstCompleted
	// FirstException: when any future finishes with an error, else when
	// all are done (FIRST_EXCEPTION). Cancelled futures are not errors
	// here, as in Python.
	FirstException
)

func (r ReturnWhen) String() string {
	switch r {
	case AllCompleted:
		return "AllCompleted"
	case FirstCompleted:
		return "FirstCompleted"
	case FirstException:
		return "FirstException"
	}
	return "ReturnWhen(?)"
}

func failed(f *Future) bool {
	return f.State() == Finished && f.err != nil
}

// Wait waits until the condition returnWhen holds for fs, or until the
// Timeout or Context option ends the wait, and returns the futures done
// and not done at that point, each in input order (nil and duplicate
// entries dropped). Like Python's wait, running out of time is not an
// error: check len(notDone).
func Wait(fs []*Future, returnWhen ReturnWhen, opts ...Option) (done, notDone []*Future) {
	fs = dedupe(fs)
	cond := func(nDone int, justFailed bool) bool {
		switch returnWhen {
		case FirstCompleted:
			return nDone > 0
		case FirstException:
			return justFailed || nDone == len(fs)
		}
		return nDone == len(fs)
	}
	nDone, anyFailed := 0, false
	it := AsCompleted(fs, opts...)
	for !cond(nDone, anyFailed) && it.Next() {
		nDone++
		anyFailed = anyFailed || failed(it.Future())
	}
	it.Close()
	for _, f := range fs {
		if f.IsDone() {
			done = append(done, f)
		} else {
			notDone = append(notDone, f)
		}
	}
	return done, notDone
}
