package build

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/gofutures/gofutures/internal/toolchain"
)

// showAfter is how long a build runs before its progress is shown: a
// cache hit shows only its result line.
const showAfter = 300 * time.Millisecond

// progress is the one display of a build, updated in place.
type progress struct {
	in    *Interpreter
	id    string
	what  string
	mu    sync.Mutex
	shown bool
}

func (in *Interpreter) newProgress(what string) *progress {
	in.mu.Lock()
	in.displayID++
	id := fmt.Sprintf("gofutures-build-%d-%d", os.Getpid(), in.displayID)
	p := &progress{in: in, id: id, what: what}
	in.current = p
	in.mu.Unlock()
	return p
}

// reportProgress is the builder's Progress callback: it updates the
// display of the build in progress.
func (in *Interpreter) reportProgress(pr toolchain.Progress) {
	in.mu.Lock()
	p := in.current
	in.mu.Unlock()
	if p != nil {
		p.update(pr)
	}
}

// update is the builder's Progress callback.
func (p *progress) update(pr toolchain.Progress) {
	if pr.Done {
		return // done or fail says how it ended
	}
	if pr.Elapsed < showAfter && pr.Stage == "resolve" {
		return
	}
	p.publish(fmt.Sprintf("%s: %s", p.what, pr), false)
}

// done shows how a build ended.
func (p *progress) done(res *toolchain.Result, lost []string) {
	p.in.mu.Lock()
	if p.in.announced == nil {
		p.in.announced = map[string]bool{}
	}
	text := summary(p.what, res, lost, p.in.announced)
	p.in.mu.Unlock()
	p.publish(text, true)
}

// shownGenerics is how many of a package's generic names a summary lists.
const shownGenerics = 8

// summary is the text of a build that ended: how, the generic functions
// and types of the packages it links that announced does not have yet
// (which it then has), what %%compile cells compiled, the values lost.
func summary(what string, res *toolchain.Result, lost []string, announced map[string]bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: ", what)
	if res.Cached {
		fmt.Fprintf(&b, "program from the cache (%s)", round(res.Elapsed))
	} else {
		fmt.Fprintf(&b, "built in %s", round(res.Elapsed))
	}
	for _, pkg := range res.Packages {
		if g := pkg.Generics(); len(g) > 0 && !announced[pkg.Path] {
			announced[pkg.Path] = true
			names := fmtNames(g)
			if len(g) > shownGenerics {
				names = fmt.Sprintf("%s, … (%d in all)", strings.Join(g[:shownGenerics], ", "), len(g))
			}
			fmt.Fprintf(&b, "\n%s: generic %s: compiled in for the type arguments cells use (a few seconds each, the first time)", pkg.Path, names)
		}
	}
	if len(res.Compiled) > 0 {
		fmt.Fprintf(&b, "\ncompiled: %s", fmtNames(res.Compiled))
	}
	if len(lost) > 0 {
		fmt.Fprintf(&b, "\nthe interpreter restarted on the new program; values that did not come back: %s", fmtNames(lost))
	}
	return b.String()
}

// finish shows a last line.
func (p *progress) finish(text string) { p.publish(text, true) }

// fail shows that the build failed (the cell's error says why).
func (p *progress) fail(err error) {
	p.mu.Lock()
	shown := p.shown
	p.mu.Unlock()
	if shown {
		p.publish(p.what+": failed (see the error below)", true)
	}
}

func round(d time.Duration) string {
	if d < time.Second {
		return d.Round(time.Millisecond).String()
	}
	return d.Round(100 * time.Millisecond).String()
}

// publish shows text: display_data the first time, then
// update_display_data of the same display_id.
func (p *progress) publish(text string, final bool) {
	out := p.in.output()
	if out == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	msgType := "display_data"
	if p.shown {
		msgType = "update_display_data"
	}
	p.shown = true
	style := "color:#555"
	if !final {
		style = "color:#a60"
	}
	content, _ := json.Marshal(map[string]any{
		"data": map[string]any{
			"text/plain": text,
			"text/html":  fmt.Sprintf(`<pre class="gofutures-build" style="%s;margin:0">%s</pre>`, style, html.EscapeString(text)),
		},
		"metadata":  map[string]any{},
		"transient": map[string]any{"display_id": p.id},
	})
	out.Display(msgType, content)
}
