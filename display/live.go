package display

import (
	"sync"
	"time"
)

// DefaultInterval is the shortest time between two updates of a live view
// (TaskTable, Progress): about four updates a second, whatever the number
// of events.
const DefaultInterval = 250 * time.Millisecond

// live redraws one displayed output at most once per interval while its
// state changes, and once more when it comes to rest, so that the last
// update shows the final state. Outside a kernel it prints the text form
// only when the view is at rest, not at every step.
type live struct {
	handle   *Handle
	interval func() time.Duration
	render   func() Bundle
	atRest   func() bool

	mu       sync.Mutex
	dirty    bool
	looping  bool
	shown    bool
	lastRest time.Time // last immediate redraw at rest

	flushMu  sync.Mutex
	lastText string
}

func newLive(interval func() time.Duration, render func() Bundle, atRest func() bool) *live {
	return &live{handle: NewHandle(), interval: interval, render: render, atRest: atRest}
}

// show displays the view for the first time, inside a kernel.
func (lv *live) show() {
	if currentPublisher() == nil {
		return
	}
	lv.flushMu.Lock()
	defer lv.flushMu.Unlock()
	lv.mu.Lock()
	lv.shown = true
	lv.mu.Unlock()
	_ = lv.handle.send(KindDisplay, lv.render())
}

// atRestGap is the shortest time between two immediate redraws at rest.
const atRestGap = 50 * time.Millisecond

// touch notes a change and makes sure a redraw follows. When the view comes
// to rest (every task finished) it redraws at once, so that a cell that
// ends right after its last task shows the final state (a front end stops
// listening when the cell ends); at most every atRestGap, else the
// throttled loop takes over.
func (lv *live) touch() {
	lv.mu.Lock()
	if lv.atRest() && time.Since(lv.lastRest) >= atRestGap {
		lv.lastRest = time.Now()
		lv.dirty = false
		lv.mu.Unlock()
		lv.flush(false)
		return
	}
	lv.dirty = true
	start := !lv.looping
	lv.looping = true
	lv.mu.Unlock()
	if start {
		go lv.loop()
	}
}

func (lv *live) loop() {
	for {
		d := lv.interval()
		if d <= 0 {
			d = DefaultInterval
		}
		time.Sleep(d)
		lv.mu.Lock()
		if !lv.dirty {
			lv.looping = false
			lv.mu.Unlock()
			return
		}
		lv.dirty = false
		lv.mu.Unlock()
		lv.flush(false)
	}
}

// flush redraws now; force prints the text form outside a kernel even if
// the view is not at rest.
func (lv *live) flush(force bool) {
	lv.flushMu.Lock()
	defer lv.flushMu.Unlock()
	if currentPublisher() == nil {
		if !force && !lv.atRest() {
			return
		}
		b := lv.render()
		if b.String() == lv.lastText {
			return
		}
		lv.lastText = b.String()
		_ = printText(stdout(), Message{Kind: KindDisplay, Data: b.Data})
		return
	}
	lv.mu.Lock()
	kind := KindUpdate
	if !lv.shown {
		kind = KindDisplay
		lv.shown = true
	}
	lv.mu.Unlock()
	_ = lv.handle.send(kind, lv.render())
}

// wait blocks until no redraw is pending, then draws the final state.
func (lv *live) close() {
	lv.mu.Lock()
	lv.dirty = false
	lv.mu.Unlock()
	lv.flush(true)
}
