package toolchain

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// workersDir is the notebook module's package of compiled process-pool
// workers.
const workersDir = "workers"

// BuildWorkers returns a compiled process-pool worker program: the
// package main whose files are given (by name), built in the notebook
// module, so that it may import the notebook's third-party packages and
// its %%compile cells' package. Programs are cached like Build's (in a
// directory of their own, see KeepWorkerPrograms), by a
// hash of the files, the module's go.mod and go.sum, the compiled cells,
// the toolchain and gofutures. progress, when set, hears what the build
// does (else Builder.Progress). The go command runs at a lower priority
// (nice 10), so that a build in the background slows cells little.
// Errors are *Error values; build errors keep the positions the files
// give (//line directives).
func (b *Builder) BuildWorkers(ctx context.Context, files map[string][]byte, progress func(Progress)) (*Result, error) {
	r := b.runner()
	if progress != nil {
		r.progress = progress
	}
	// It may run while cells run: it gives them the CPU first.
	r.nice = 10
	info, self, unlock, err := b.begin(ctx, r)
	if err != nil {
		return nil, err
	}
	defer unlock()
	key, err := b.workersKey(info, self, files)
	if err != nil {
		return nil, err
	}
	cache := filepath.Join(b.CacheDir, workersDir)
	if res, ok := cachedIn(cache, key); ok {
		res.Elapsed = time.Since(r.start)
		r.report("done", "workers", true)
		return res, nil
	}
	dir := filepath.Join(b.Dir, workersDir)
	old, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	for _, f := range old {
		if _, keep := files[filepath.Base(f)]; !keep {
			if err := os.Remove(f); err != nil {
				return nil, fmt.Errorf("toolchain: %w", err)
			}
		}
	}
	for name, data := range files {
		if filepath.Base(name) != name || !strings.HasSuffix(name, ".go") {
			return nil, fmt.Errorf("toolchain: BuildWorkers: file name %q: want a .go file name without directories", name)
		}
		if err := writeFile(filepath.Join(dir, name), data); err != nil {
			return nil, err
		}
	}
	if err := os.MkdirAll(cache, 0o755); err != nil {
		return nil, fmt.Errorf("toolchain: %w", err)
	}
	tmp, err := os.MkdirTemp(cache, "build-")
	if err != nil {
		return nil, fmt.Errorf("toolchain: %w", err)
	}
	defer os.RemoveAll(tmp)
	exe := filepath.Join(tmp, programName)
	if _, err := r.run(ctx, "build", "workers", "build", "-mod=mod", "-o", exe, "./"+workersDir); err != nil {
		var re *runError
		if errors.As(err, &re) {
			return nil, classify("workers", re.out)
		}
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(tmp, "manifest.json"), []byte("{}"), 0o644); err != nil {
		return nil, fmt.Errorf("toolchain: %w", err)
	}
	// The go command may have completed go.mod and go.sum meanwhile.
	if key, err = b.workersKey(info, self, files); err != nil {
		return nil, err
	}
	final := filepath.Join(cache, key)
	if err := os.Rename(tmp, final); err != nil && !fileExists(filepath.Join(final, programName)) {
		return nil, fmt.Errorf("toolchain: %w", err)
	}
	touch(final)
	_ = pruneDir(cache, KeepWorkerPrograms) // best effort: a cache that cannot shrink still works
	r.report("done", "workers", true)
	return &Result{Path: filepath.Join(final, programName), Key: key, Elapsed: time.Since(r.start)}, nil
}

// workersKey is the content hash of a worker program.
func (b *Builder) workersKey(info toolchainInfo, self string, files map[string][]byte) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "gofutures workers 1\x00%s\x00%+v\x00", self, info)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		fmt.Fprintf(h, "file %s %d\x00", n, len(files[n]))
		h.Write(files[n])
	}
	// The module's requirements, and the %%compile cells the files may use.
	inputs := []string{"go.mod", "go.sum"}
	cells, _ := filepath.Glob(filepath.Join(b.Dir, cellsDir, "*.go"))
	for _, c := range cells {
		inputs = append(inputs, filepath.Join(cellsDir, filepath.Base(c)))
	}
	for _, name := range inputs {
		data, err := os.ReadFile(filepath.Join(b.Dir, name))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return "", fmt.Errorf("toolchain: %w", err)
		}
		fmt.Fprintf(h, "%s %d\x00", name, len(data))
		h.Write(data)
	}
	return "w" + hex.EncodeToString(h.Sum(nil))[:31], nil
}
