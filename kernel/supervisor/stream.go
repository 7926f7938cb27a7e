package supervisor

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gofutures/gofutures/internal/subproc"
	"github.com/gofutures/gofutures/kernel"
	"github.com/gofutures/gofutures/kernel/ipc"
)

// Output flow control. A reader goroutine queues what the interpreter
// writes; a publisher goroutine sends it as stream messages, coalescing
// everything queued into one message at most every streamInterval (the
// first output after a quiet spell goes out at once, so printing stays
// live). When maxQueued bytes wait, the reader stops reading: the pipe
// fills and the cell's writes block, so a flood costs bounded memory.
const (
	streamInterval = 20 * time.Millisecond
	maxQueued      = 1 << 20
	maxMessage     = 64 << 10 // larger texts are split into several messages
	tailSize       = 8 << 10
	// syncTimeout bounds every wait for a marker: a cell may have closed
	// its own stdout, or the interpreter may be dying.
	syncTimeout = 2 * time.Second
	// crashGrace is how long held-back output waits for the process to die
	// once the crash dump stopped growing.
	crashGrace = time.Second
	// dumpGrace is crashGrace for held-back output that holds the
	// runtime's stacks ("runtime stack:", "goroutine 1 gp=... [running]:"):
	// a runtime that wrote them is dying, however long a loaded machine
	// pauses it before its next lines.
	dumpGrace = 30 * time.Second
)

// syncPoint is a counter goroutines wait on: the last sync marker whose
// event has been handled (published), so that output written after a
// display is published after it.
type syncPoint struct {
	mu     sync.Mutex
	cond   *sync.Cond
	n      uint64
	closed bool // no more events will come
}

func newSyncPoint() *syncPoint {
	p := &syncPoint{}
	p.cond = sync.NewCond(&p.mu)
	return p
}

func (p *syncPoint) advance(n uint64) {
	p.mu.Lock()
	if n > p.n {
		p.n = n
	}
	p.cond.Broadcast()
	p.mu.Unlock()
}

func (p *syncPoint) close() {
	p.mu.Lock()
	p.closed = true
	p.cond.Broadcast()
	p.mu.Unlock()
}

// wait waits until n is reached, the point is closed, or timeout.
func (p *syncPoint) wait(n uint64, timeout time.Duration) {
	waitCond(&p.mu, p.cond, func() bool { return p.n >= n || p.closed }, timeout)
}

// waitCond waits on cond (whose lock is mu) until done() or timeout.
func waitCond(mu *sync.Mutex, cond *sync.Cond, done func() bool, timeout time.Duration) {
	deadline := time.Now().Add(timeout)
	timer := time.AfterFunc(timeout, func() {
		mu.Lock()
		cond.Broadcast()
		mu.Unlock()
	})
	defer timer.Stop()
	mu.Lock()
	defer mu.Unlock()
	for !done() && time.Now().Before(deadline) {
		cond.Wait()
	}
}

// streamReader forwards one output pipe of the interpreter: it strips the
// sync markers, records how far they have been published (synced), and
// after each marker waits until the event that carries it was handled
// (released), so that output and rich output keep the order of writing.
type streamReader struct {
	name     string
	out      func() kernel.Output
	released *syncPoint

	mu     sync.Mutex
	cond   *sync.Cond
	synced uint64 // last marker published
	eof    bool   // all output published
	tail   []byte // last bytes, for crash reports
	queue  []streamItem
	queued int    // bytes of text in queue
	moved  uint64 // counts items queued and taken to publish (waitEOF)

	// A Go runtime crash dump (fatal error, stack overflow) is thousands
	// of lines of interpreter internals. From its first line on, output is
	// held back; if the process dies it is dropped (the cell's error names
	// the cause); if the process goes on (it writes a sync marker, or
	// nothing more is written for crashGrace) it was ordinary output after
	// all and is published. A dying runtime writes its dump without pause,
	// however long the dump (a deep stack) or slow the machine.
	crash    []byte
	crashing bool
	stacks   bool      // crash holds the runtime's stacks (crashWait)
	crashAt  time.Time // when the held-back output last grew
	// A line "panic: " starts a dump only when the runtime's goroutine
	// header follows it (a goroutine's panic that nothing recovered): till
	// then it is held tentatively, and published once more than
	// maxTentative bytes came without the header.
	tentative bool
	tentAt    time.Time // when the tentative "panic: " line came
}

// maxTentative bounds output held back after a "panic: " line that no
// goroutine header has confirmed as the runtime's report, and
// maxTentativeWait how long it is held while more comes (a cell logging
// steadily after a line of its own): the runtime writes the header
// within milliseconds of the line (the panic's value was made a string
// before).
const (
	maxTentative     = 64 << 10
	maxTentativeWait = 500 * time.Millisecond
)

// streamItem is queued output: text, or a sync marker, or the end.
type streamItem struct {
	text []byte
	sync uint64
	eof  bool
}

func newStreamReader(name string, r io.ReadCloser, out func() kernel.Output, released *syncPoint) *streamReader {
	st := &streamReader{name: name, out: out, released: released}
	st.cond = sync.NewCond(&st.mu)
	go st.run(r)
	go st.publish()
	return st
}

func (st *streamReader) run(r io.ReadCloser) {
	defer r.Close()
	buf := make([]byte, 64<<10)
	var pending []byte // bytes held back: a possible partial marker or rune
	for {
		n, err := r.Read(buf)
		if n > 0 {
			pending = append(pending, buf[:n]...)
			pending = st.consume(pending)
		}
		if err != nil {
			st.enqueue(streamItem{text: pending})
			st.enqueue(streamItem{eof: true})
			return
		}
	}
}

// consume queues data up to any incomplete marker or UTF-8 sequence at its
// end, queues complete markers, and returns what it held back.
func (st *streamReader) consume(data []byte) []byte {
	for {
		i := bytes.Index(data, []byte(ipc.MarkerPrefix))
		if i < 0 {
			break
		}
		end := bytes.Index(data[i+len(ipc.MarkerPrefix):], []byte(ipc.MarkerEnd))
		if end < 0 {
			st.enqueue(streamItem{text: append([]byte(nil), data[:i]...)})
			return append([]byte(nil), data[i:]...)
		}
		st.enqueue(streamItem{text: append([]byte(nil), data[:i]...)})
		num := data[i+len(ipc.MarkerPrefix) : i+len(ipc.MarkerPrefix)+end]
		if n, err := strconv.ParseUint(string(num), 10, 64); err == nil {
			st.enqueue(streamItem{sync: n})
		}
		data = data[i+len(ipc.MarkerPrefix)+end+len(ipc.MarkerEnd):]
	}
	// Hold back a trailing prefix of a marker, and an incomplete rune.
	keep := 0
	if j := bytes.LastIndexByte(data, 0); j >= 0 && bytes.HasPrefix([]byte(ipc.MarkerPrefix), data[j:]) {
		keep = len(data) - j
	} else {
		keep = incompleteRune(data)
	}
	st.enqueue(streamItem{text: append([]byte(nil), data[:len(data)-keep]...)})
	return append([]byte(nil), data[len(data)-keep:]...)
}

// enqueue queues an item, waiting while too much output is queued.
func (st *streamReader) enqueue(it streamItem) {
	if len(it.text) == 0 && it.sync == 0 && !it.eof {
		return
	}
	st.mu.Lock()
	for st.queued > maxQueued {
		st.cond.Wait()
	}
	st.queue = append(st.queue, it)
	st.queued += len(it.text)
	st.moved++
	st.cond.Broadcast()
	st.mu.Unlock()
}

// publish sends queued output in order; see streamInterval. It is the only
// goroutine that publishes this stream.
func (st *streamReader) publish() {
	var last time.Time
	for {
		st.mu.Lock()
		for len(st.queue) == 0 && !st.crashOverdue() {
			st.cond.Wait()
		}
		if st.crashOverdue() {
			st.mu.Unlock()
			st.releaseCrash()
			continue
		}
		urgent := false
		for _, it := range st.queue {
			urgent = urgent || it.sync > 0 || it.eof
		}
		if wait := streamInterval - time.Since(last); !urgent && wait > 0 {
			st.mu.Unlock()
			time.Sleep(wait) // let more output gather into this message
			st.mu.Lock()
		}
		items := st.queue
		st.queue, st.queued = nil, 0
		st.moved++
		st.cond.Broadcast()
		st.mu.Unlock()

		var text []byte
		for _, it := range items {
			text = append(text, it.text...)
			if it.sync == 0 && !it.eof {
				continue
			}
			st.emitAll(text)
			text = nil
			if it.sync > 0 {
				st.releaseCrash() // the process writes markers: it is not dying
			}
			st.mu.Lock()
			if it.sync > st.synced {
				st.synced = it.sync
			}
			if it.eof {
				st.eof = true
			}
			st.cond.Broadcast()
			st.mu.Unlock()
			if it.eof {
				return
			}
			// What follows the marker was written after the event that
			// carries it: wait until that event has been published.
			st.released.wait(it.sync, syncTimeout)
		}
		st.emitAll(text)
		last = time.Now()
	}
}

// emitAll publishes text in messages of at most maxMessage bytes, cut at
// rune boundaries where there is one.
func (st *streamReader) emitAll(text []byte) {
	for len(text) > maxMessage {
		cut := maxMessage
		for back := 0; back < utf8.UTFMax-1 && !utf8.RuneStart(text[cut]); back++ {
			cut--
		}
		if !utf8.RuneStart(text[cut]) {
			cut = maxMessage // not UTF-8 anyway
		}
		st.emit(text[:cut])
		text = text[cut:]
	}
	st.emit(text)
}

// incompleteRune returns how many bytes at the end of p start a UTF-8
// sequence that is not complete yet.
func incompleteRune(p []byte) int {
	for k := 1; k <= 3 && k <= len(p); k++ {
		c := p[len(p)-k]
		if c < 0x80 {
			return 0
		}
		if c >= 0xC0 { // a leading byte
			need := 2
			if c >= 0xE0 {
				need = 3
			}
			if c >= 0xF0 {
				need = 4
			}
			if need > k {
				return k
			}
			return 0
		}
	}
	return 0
}

// crashStart reports where a runtime crash dump starts in p, or -1.
func crashStart(p []byte) int {
	first := -1
	for _, m := range subproc.DumpMarkers {
		if i := lineStart(p, m); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	return first
}

// emit publishes p, or holds it back while a crash dump may be running.
func (st *streamReader) emit(p []byte) {
	if len(p) == 0 {
		return
	}
	st.mu.Lock()
	st.tail = append(st.tail, p...)
	if len(st.tail) > tailSize {
		st.tail = append([]byte(nil), st.tail[len(st.tail)-tailSize:]...)
	}
	if st.crashing {
		if len(st.crash) < 1<<20 {
			st.crash = append(st.crash, p...)
		}
		st.crashAt = time.Now()
		p = nil
	} else if st.name == "stderr" {
		i := crashStart(p)
		j := lineStart(p, panicMarker)
		if j >= 0 && (i < 0 || j < i) {
			i = j
			st.tentative, st.tentAt = true, time.Now()
		}
		if i >= 0 {
			st.crashing, st.crashAt, st.stacks = true, time.Now(), false
			st.crash = append(st.crash[:0], p[i:]...)
			p = p[:i]
			st.wakeWhenCrashOverdue(crashGrace)
		}
	}
	if st.tentative {
		if goroutineHeader(st.crash) {
			st.tentative = false // the runtime's report of a panic
		} else if len(st.crash) > maxTentative || time.Since(st.tentAt) > maxTentativeWait {
			p = append(p, st.crash...) // a cell's own output after all
			st.crash, st.crashing, st.tentative, st.stacks = nil, false, false, false
		}
	}
	st.mu.Unlock()
	if out := st.out(); out != nil && len(p) > 0 {
		out.Stream(st.name, string(p))
	}
}

// panicMarker starts the runtime's report of a panic that no goroutine
// recovered: "panic: boom [recovered, repanicked]" (yaegi's goroutines
// recover to note their frame and panic again), then a blank line and
// "goroutine 7 [running]:".
const panicMarker = "panic: "

// lineStart returns where a line starting with m begins in p, or -1.
func lineStart(p []byte, m string) int {
	for off := 0; ; {
		i := bytes.Index(p[off:], []byte(m))
		if i < 0 {
			return -1
		}
		if off+i == 0 || p[off+i-1] == '\n' {
			return off + i
		}
		off += i + 1
	}
}

// goroutineHeader reports whether p holds a line like "goroutine 7
// [running]:", with which the runtime's stacks begin.
func goroutineHeader(p []byte) bool {
	for off := 0; ; {
		i := lineStart(p[off:], "goroutine ")
		if i < 0 {
			return false
		}
		rest := p[off+i+len("goroutine "):]
		n := 0
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n > 0 && bytes.HasPrefix(rest[n:], []byte(" [")) {
			return true
		}
		off += i + 1
	}
}

// wakeWhenCrashOverdue wakes the publisher once held-back output has not
// grown for crashGrace, checking again after d.
func (st *streamReader) wakeWhenCrashOverdue(d time.Duration) {
	time.AfterFunc(d, func() {
		st.mu.Lock()
		defer st.mu.Unlock()
		if st.crashing && !st.eof {
			if rest := st.crashWait() - time.Since(st.crashAt); rest > 0 {
				st.wakeWhenCrashOverdue(rest)
				return
			}
		}
		st.cond.Broadcast()
	})
}

// crashOverdue reports (with st.mu held) whether held-back output has
// stopped growing crashGrace ago, without the death it announced.
func (st *streamReader) crashOverdue() bool {
	return st.crashing && !st.eof && time.Since(st.crashAt) >= st.crashWait()
}

// crashWait returns (with st.mu held) how long held-back output waits,
// once it stopped growing, for the process to die: dumpGrace when it
// holds the runtime's stacks, else crashGrace.
func (st *streamReader) crashWait() time.Duration {
	if !st.stacks {
		st.stacks = lineStart(st.crash, "runtime stack:") >= 0 || lineStart(st.crash, "goroutine ") >= 0
	}
	if st.stacks {
		return dumpGrace
	}
	return crashGrace
}

// releaseCrash publishes held-back output: the process did not die.
func (st *streamReader) releaseCrash() {
	st.mu.Lock()
	if !st.crashing {
		st.mu.Unlock()
		return
	}
	held := st.crash
	st.crash, st.crashing, st.tentative, st.stacks = nil, false, false, false
	st.mu.Unlock()
	if out := st.out(); out != nil && len(held) > 0 {
		out.Stream(st.name, string(held))
	}
}

// crashLine returns the first line of a runtime crash dump, if one began.
func (st *streamReader) crashLine() string {
	st.mu.Lock()
	defer st.mu.Unlock()
	if !st.crashing {
		return ""
	}
	head, _, _ := strings.Cut(string(st.crash), "\n")
	return head
}

// waitSync waits until marker n has been published (or EOF, or timeout).
func (st *streamReader) waitSync(n uint64, timeout time.Duration) {
	waitCond(&st.mu, st.cond, func() bool { return st.synced >= n || st.eof }, timeout)
}

// maxEOFWait bounds waitEOF's wait however long the output keeps coming.
const maxEOFWait = time.Minute

// waitEOF waits until all output has been published, or until none has
// moved for timeout (a grandchild may hold the pipe open without writing),
// at most maxEOFWait: a loaded machine may read a crash dump slowly, and
// its first lines say why the process died.
func (st *streamReader) waitEOF(timeout time.Duration) {
	end := time.Now().Add(maxEOFWait)
	for {
		st.mu.Lock()
		before := st.moved
		st.mu.Unlock()
		waitCond(&st.mu, st.cond, func() bool { return st.eof || st.moved != before }, timeout)
		st.mu.Lock()
		eof, moved := st.eof, st.moved
		st.mu.Unlock()
		if eof || moved == before || time.Now().After(end) {
			return
		}
	}
}

func (st *streamReader) tailText() string {
	st.mu.Lock()
	defer st.mu.Unlock()
	return string(st.tail)
}
