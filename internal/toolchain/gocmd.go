package toolchain

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Progress is what a build is doing, reported while it runs.
type Progress struct {
	Stage   string        // "resolve", "fetch", "extract", "compile", "build" or "done"
	Target  string        // the package, module or program concerned
	Elapsed time.Duration // since the start of the whole Build or Get
	Done    bool          // the last report of a Build or Get
}

// String reads as a status line: "fetch github.com/x/y (3 s)".
func (p Progress) String() string {
	s := p.Stage
	if p.Target != "" {
		s += " " + p.Target
	}
	return fmt.Sprintf("%s (%.0f s)", s, p.Elapsed.Seconds())
}

// GoEnv is the environment variable that names the go command gofutures
// runs (builds, and the checker's export data); "go" in $PATH when unset.
const GoEnv = "GOFUTURES_GO"

// GoCommand returns the go command gofutures runs: $GOFUTURES_GO, else
// "go" (looked up in $PATH when run).
func GoCommand() string {
	if g := os.Getenv(GoEnv); g != "" {
		return g
	}
	return "go"
}

// progressEvery is how often a running step reports again.
const progressEvery = time.Second

// goRunner runs the go command in a module directory.
type goRunner struct {
	gobin    string   // the go command
	dir      string   // working directory
	env      []string // the whole environment
	start    time.Time
	progress func(Progress)
	nice     int // the go command runs with nice -n this (where nice(1) is found), 0: as is
}

func (r *goRunner) report(stage, target string, done bool) {
	if r.progress != nil {
		r.progress(Progress{Stage: stage, Target: target, Elapsed: time.Since(r.start), Done: done})
	}
}

// run runs the go command with args and returns its combined output;
// while it runs, it reports stage and target every progressEvery.
func (r *goRunner) run(ctx context.Context, stage, target string, args ...string) (string, error) {
	name := r.gobin
	if nice, err := exec.LookPath("nice"); r.nice > 0 && err == nil {
		// Every thread of the go command and every compiler and linker it
		// starts inherit the niceness nice(1) sets before it runs go.
		args = append([]string{"-n", strconv.Itoa(r.nice), r.gobin}, args...)
		name = nice
	}
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = r.dir
	cmd.Env = r.env
	out := &lineBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	cmd.WaitDelay = 5 * time.Second
	r.report(stage, target, false)
	if err := cmd.Start(); err != nil {
		return "", fmt.Errorf("toolchain: starting %s: %w", r.gobin, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	tick := time.NewTicker(progressEvery)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			if err != nil && ctx.Err() != nil {
				return out.String(), ctx.Err()
			}
			if err != nil {
				return out.String(), &runError{args: args, out: out.String(), err: err}
			}
			return out.String(), nil
		case <-tick.C:
			t := target
			if last := out.lastLine(); last != "" {
				t += ": " + last
			}
			r.report(stage, t, false)
		}
	}
}

// lineBuffer collects a command's output and remembers its last line
// (the package `go build -v` compiles, the module `go get` downloads).
type lineBuffer struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	last string
}

func (b *lineBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf.Write(p)
	data := bytes.TrimRight(b.buf.Bytes(), "\n")
	if i := bytes.LastIndexByte(data, '\n'); i >= 0 {
		data = data[i+1:]
	}
	b.last = strings.TrimPrefix(string(data), "go: ")
	return len(p), nil
}

func (b *lineBuffer) lastLine() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.last
}

func (b *lineBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// runError is a go command that ran and failed.
type runError struct {
	args []string
	out  string
	err  error
}

func (e *runError) Error() string {
	return fmt.Sprintf("go %s: %v\n%s", strings.Join(e.args, " "), e.err, e.out)
}

func (e *runError) Unwrap() error { return e.err }

// goEnvironment is the environment of the go commands a Builder runs: the
// process's own (GOPROXY, GOPRIVATE, GOFLAGS, GONOSUMDB, GOTOOLCHAIN... as
// the user set them) with module mode forced on and workspaces off (the
// notebook module stands alone), then extra.
func goEnvironment(extra []string) []string {
	env := os.Environ()
	kept := env[:0]
	for _, kv := range env {
		if strings.HasPrefix(kv, "GO111MODULE=") || strings.HasPrefix(kv, "GOWORK=") {
			continue
		}
		kept = append(kept, kv)
	}
	kept = append(kept, "GO111MODULE=on", "GOWORK=off")
	return append(kept, extra...)
}

// toolchainInfo is what the go command says about itself; it is part of
// every cache key.
type toolchainInfo struct {
	Version, GOOS, GOARCH, CGO, GOROOT, CC string
}

func (r *goRunner) toolchain(ctx context.Context) (toolchainInfo, error) {
	out, err := r.run(ctx, "resolve", "go env", "env", "GOVERSION", "GOOS", "GOARCH", "CGO_ENABLED", "GOROOT", "CC")
	if err != nil {
		return toolchainInfo{}, fmt.Errorf("toolchain: go env: %w", err)
	}
	f := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(f) < 6 {
		return toolchainInfo{}, fmt.Errorf("toolchain: go env printed %q", out)
	}
	return toolchainInfo{Version: f[0], GOOS: f[1], GOARCH: f[2], CGO: f[3], GOROOT: f[4], CC: f[5]}, nil
}
