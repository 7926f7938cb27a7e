package rt

import (
	"math"
	"sync/atomic"
	"time"
)

// timersUntil is the latest time (Unix nanoseconds) at which a timer a
// cell made may still fire: math.MaxInt64 once a ticker was made.
var timersUntil atomic.Int64

// Timer returns d, the duration of a timer a cell makes (time.After,
// time.NewTimer, time.AfterFunc, Timer.Reset, context.WithTimeout):
// the lowering passes the duration through it, so that the session knows
// until when a timer may be pending. Go's runtime reports no deadlock
// while a timer is pending (a goroutine waiting on time.After is not
// stuck); the session's deadlock check asks TimersPending.
func Timer(d time.Duration) time.Duration {
	noteUntil(time.Now().Add(d).UnixNano())
	return d
}

// Ticker returns d, the period of a ticker a cell makes (time.Tick,
// time.NewTicker, Ticker.Reset): a ticker stays pending until it is
// stopped, which is not followed, so from then on timers are always
// pending.
func Ticker(d time.Duration) time.Duration {
	timersUntil.Store(math.MaxInt64)
	return d
}

// Deadline returns t, the deadline of a context a cell makes
// (context.WithDeadline), as Timer does a duration.
func Deadline(t time.Time) time.Time {
	noteUntil(t.UnixNano())
	return t
}

// noteUntil raises timersUntil to until.
func noteUntil(until int64) {
	for {
		old := timersUntil.Load()
		if until <= old || timersUntil.CompareAndSwap(old, until) {
			return
		}
	}
}

// TimersPending reports whether a timer a cell made may still fire
// after now (or fired within slack before it: its goroutine may not have
// run yet). A stopped timer counts until its deadline: the check errs on
// the side of no deadlock.
func TimersPending(now time.Time, slack time.Duration) bool {
	u := timersUntil.Load()
	return u == math.MaxInt64 || now.Add(-slack).UnixNano() < u
}
