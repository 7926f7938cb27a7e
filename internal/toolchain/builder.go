package toolchain

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/sys/unix"
)

// Builder builds the gofutures programs of one notebook. Its methods may be
// called from several goroutines; builds of one notebook module (also by
// other processes) are serialized by a lock file.
type Builder struct {
	// Dir is the notebook module's directory (see NotebookDir); it is
	// created when missing.
	Dir string
	// CacheDir holds built programs, shared by notebooks (see CacheDir).
	CacheDir string
	// Self is the gofutures the programs link (see LocateSelf).
	Self Self
	// Entry is the import path of the package whose Main(interp.Exports)
	// the program runs; DefaultEntry when empty.
	Entry string
	// Go is the go command; GoCommand() when empty.
	Go string
	// Env is added to the go command's environment, after the process's.
	Env []string
	// Progress, when set, hears what a Build or Get is doing, at least
	// once a second while a step runs.
	Progress func(Progress)

	mu   sync.Mutex
	info *toolchainInfo
	self string // Self.id(), computed once
}

// Spec is what a program must contain.
type Spec struct {
	// Imports are the import paths cells use; the standard library's and
	// gofutures' own are ignored.
	Imports []string
	// Compiled are the notebook's %%compile cells, in order.
	Compiled []Cell
	// Interpreted are the names the notebook's interpreted cells declare,
	// to explain a compiled cell's use of one.
	Interpreted []string
	// Instances are instantiations of third-party generics cells use.
	Instances []Instance
}

// Result is a built (or cached) program.
type Result struct {
	Path     string        // the program
	Key      string        // its content hash
	Cached   bool          // it was built before
	Elapsed  time.Duration // how long Build took
	Packages []Package     // the third-party packages it links
	Compiled []string      // names the compiled cells export, sorted
}

// Package is a third-party package linked into a program.
type Package struct {
	Path string
	Name string // its package name
	// GenericFuncs and GenericTypes are the package's exported generic
	// functions and types, which are not in its export table (yaegi's
	// extract skips them): a cell uses them through instantiations
	// compiled in (Spec.Instances).
	GenericFuncs []string `json:",omitempty"`
	GenericTypes []string `json:",omitempty"`
}

// Generics returns the package's generic functions and types, sorted.
func (p Package) Generics() []string {
	return slices.Sorted(slices.Values(append(slices.Clone(p.GenericFuncs), p.GenericTypes...)))
}

// NotebookDir returns the directory of the module of the notebook with
// the given key (for example its path), under the cache directory.
func NotebookDir(key string) (string, error) {
	base, err := cacheBase()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(key))
	return filepath.Join(base, "notebooks", hex.EncodeToString(sum[:8])), nil
}

// CacheDir returns the directory built programs are kept in, under the
// cache directory.
func CacheDir() (string, error) {
	base, err := cacheBase()
	if err != nil {
		return "", err
	}
	return filepath.Join(base, "programs"), nil
}

// cacheBase is $GOFUTURES_CACHE, else gofutures under the user's cache
// directory (for example ~/.cache/gofutures).
func cacheBase() (string, error) {
	if dir := os.Getenv("GOFUTURES_CACHE"); dir != "" {
		return dir, nil
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("toolchain: %w", err)
	}
	return filepath.Join(base, "gofutures"), nil
}

func (b *Builder) runner() *goRunner {
	gobin := b.Go
	if gobin == "" {
		gobin = GoCommand()
	}
	return &goRunner{gobin: gobin, dir: b.Dir, env: goEnvironment(b.Env), start: time.Now(), progress: b.Progress}
}

// prepare returns the toolchain's facts and gofutures' identity, computed
// once per Builder.
func (b *Builder) prepare(ctx context.Context, r *goRunner) (toolchainInfo, string, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.info == nil {
		if err := os.MkdirAll(b.Dir, 0o755); err != nil {
			return toolchainInfo{}, "", fmt.Errorf("toolchain: %w", err)
		}
		info, err := r.toolchain(ctx)
		if err != nil {
			return toolchainInfo{}, "", err
		}
		id, err := b.Self.id()
		if err != nil {
			return toolchainInfo{}, "", err
		}
		b.info, b.self = &info, id
	}
	return *b.info, b.self, nil
}

// begin starts a build: the toolchain's facts and gofutures' identity,
// the notebook module's lock (unlock releases it) and its go.mod.
func (b *Builder) begin(ctx context.Context, r *goRunner) (info toolchainInfo, self string, unlock func(), err error) {
	if info, self, err = b.prepare(ctx, r); err != nil {
		return info, self, nil, err
	}
	if unlock, err = b.lock(); err != nil {
		return info, self, nil, err
	}
	if err = b.ensureModule(info); err != nil {
		unlock()
		return info, self, nil, err
	}
	return info, self, unlock, nil
}

// lock takes the notebook module's lock file; the returned func releases it.
func (b *Builder) lock() (func(), error) {
	if err := os.MkdirAll(b.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("toolchain: %w", err)
	}
	f, err := os.OpenFile(filepath.Join(b.Dir, ".lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("toolchain: %w", err)
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("toolchain: locking %s: %w", b.Dir, err)
	}
	return func() { _ = unix.Flock(int(f.Fd()), unix.LOCK_UN); f.Close() }, nil
}

// ensureModule writes the notebook module's go.mod when it is missing or
// links another gofutures than b.Self.
func (b *Builder) ensureModule(info toolchainInfo) error {
	gomod := filepath.Join(b.Dir, "go.mod")
	want := goModFile(info.Version, b.Self)
	if old, err := os.ReadFile(gomod); err == nil && selfLine(old) == selfLine(want) &&
		strings.Contains(string(old), "\nmodule "+NotebookModule+"\n") {
		return nil
	}
	// A new module, an older layout, or gofutures moved: start over from gofutures' own
	// requirements (the third-party ones are found again from the imports).
	if err := os.WriteFile(gomod, want, 0o644); err != nil {
		return fmt.Errorf("toolchain: %w", err)
	}
	var sum []byte
	if b.Self.Dir != "" {
		sum, _ = os.ReadFile(filepath.Join(b.Self.Dir, "go.sum"))
	}
	if err := os.WriteFile(filepath.Join(b.Dir, "go.sum"), sum, 0o644); err != nil {
		return fmt.Errorf("toolchain: %w", err)
	}
	return nil
}

// selfLine returns what go.mod says about gofutures (its requirement and
// replacement), in the same form whether the go command wrote them in
// blocks or not.
func selfLine(gomod []byte) string {
	var keep []string
	for _, line := range strings.Split(string(gomod), "\n") {
		line = strings.TrimSpace(line)
		line = strings.TrimPrefix(strings.TrimPrefix(line, "require "), "replace ")
		if strings.HasPrefix(line, SelfModule+" ") {
			keep = append(keep, strings.Join(strings.Fields(line), " "))
		}
	}
	sort.Strings(keep)
	return strings.Join(keep, "\n")
}

// thirdParty returns the sorted, deduplicated import paths of spec that
// come from modules other than gofutures, each checked.
func thirdParty(spec Spec, infos []*cellInfo) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	add := func(p string) error {
		if err := CheckImportPath(p); err != nil {
			return err
		}
		if IsStandard(p) || p == SelfModule || strings.HasPrefix(p, SelfModule+"/") || seen[p] {
			return nil
		}
		seen[p] = true
		out = append(out, p)
		return nil
	}
	for _, p := range spec.Imports {
		if err := add(p); err != nil {
			return nil, err
		}
	}
	for _, ci := range infos {
		for _, p := range ci.imports {
			if err := add(p); err != nil {
				return nil, err
			}
		}
	}
	for _, in := range spec.Instances {
		if err := checkInstance(in); err != nil {
			return nil, err
		}
		if err := add(in.Path); err != nil {
			return nil, err
		}
		for _, p := range in.Imports {
			if p != CompiledPackage {
				if err := add(p); err != nil {
					return nil, err
				}
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

// key is the content hash of a program: everything that goes into it.
func (b *Builder) key(info toolchainInfo, self string, paths []string, cells []Cell, ins []Instance) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "gofutures toolchain 1\x00%s\x00%+v\x00%s\x00", self, info, b.entry())
	for _, p := range paths {
		fmt.Fprintf(h, "import %s\x00", p)
	}
	// A cell's name and line only label positions (its execution count
	// differs in a kernel started again): they are not part of the key.
	for _, c := range cells {
		fmt.Fprintf(h, "cell %d\x00%s\x00", len(c.Source), c.Source)
	}
	for _, in := range ins {
		fmt.Fprintf(h, "instance %s %s %v %t %v\x00", in.Path, in.Name, in.TypeArgs, in.Type, sortedImports(in.Imports))
	}
	for _, name := range []string{"go.mod", "go.sum"} {
		data, err := os.ReadFile(filepath.Join(b.Dir, name))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return "", fmt.Errorf("toolchain: %w", err)
		}
		fmt.Fprintf(h, "%s %d\x00", name, len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:32], nil
}

func (b *Builder) entry() string {
	if b.Entry != "" {
		return b.Entry
	}
	return DefaultEntry
}

// manifest is kept beside a built program.
type manifest struct {
	Packages []Package
	Compiled []string
}

const programName = "gofutures"

// cached returns the program built under key, if any.
func (b *Builder) cached(key string) (*Result, bool) { return cachedIn(b.CacheDir, key) }

// cachedIn returns the program built under key in the cache directory
// cache, if any.
func cachedIn(cache, key string) (*Result, bool) {
	dir := filepath.Join(cache, key)
	path := filepath.Join(dir, programName)
	if _, err := os.Stat(path); err != nil {
		return nil, false
	}
	var m manifest
	data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil || json.Unmarshal(data, &m) != nil {
		return nil, false
	}
	touch(dir)
	return &Result{Path: path, Key: key, Cached: true, Packages: m.Packages, Compiled: m.Compiled}, true
}

// writeFile writes data to path unless it already holds exactly that
// (keeping the go command's caches warm).
func writeFile(path string, data []byte) error {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("toolchain: %w", err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("toolchain: %w", err)
	}
	return nil
}

func sortedImports(m map[string]string) []string {
	var out []string
	for k, v := range m {
		out = append(out, k+"="+v)
	}
	sort.Strings(out)
	return out
}
