package toolchain

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"golang.org/x/sys/unix"
)

// KeepPrograms is how many built programs the cache keeps beyond those in
// use: the most recently used. A program is about 40 MB.
const KeepPrograms = 12

// KeepWorkerPrograms is the same for compiled process-pool workers
// (BuildWorkers), which have a directory of their own in the cache, so
// that a notebook's redefinitions do not push out other notebooks'
// programs. A worker program is a few MB.
const KeepWorkerPrograms = 16

// inUseFile is locked (shared) by every process that runs a program, so
// that pruning never removes a program a kernel still starts processes of.
const inUseFile = ".inuse"

// Hold marks the program as in use until release is called (the kernel
// holds the program its interpreter runs, whose workers are started from
// it). A held program is never pruned.
func (r *Result) Hold() (release func(), err error) {
	f, err := os.OpenFile(filepath.Join(filepath.Dir(r.Path), inUseFile), os.O_CREATE|os.O_RDONLY, 0o644)
	if err != nil {
		return nil, fmt.Errorf("toolchain: %w", err)
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_SH); err != nil {
		f.Close()
		return nil, fmt.Errorf("toolchain: %w", err)
	}
	return func() { f.Close() }, nil
}

// touch records that the program in dir was used now.
func touch(dir string) {
	now := time.Now()
	_ = os.Chtimes(dir, now, now)
}

// prune removes the least recently used programs beyond KeepPrograms,
// except those held.
func (b *Builder) prune() error { return pruneDir(b.CacheDir, KeepPrograms) }

// pruneDir removes the least recently used programs in the cache
// directory cache beyond keep, except those held.
func pruneDir(cache string, keep int) error {
	entries, err := os.ReadDir(cache)
	if err != nil {
		return fmt.Errorf("toolchain: %w", err)
	}
	type prog struct {
		dir  string
		used time.Time
	}
	var progs []prog
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir := filepath.Join(cache, e.Name())
		if !fileExists(filepath.Join(dir, programName)) {
			continue // a build in progress (build-*) or not a program
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		progs = append(progs, prog{dir, info.ModTime()})
	}
	sort.Slice(progs, func(i, j int) bool { return progs[i].used.After(progs[j].used) })
	var errs []error
	for i := keep; i < len(progs); i++ {
		if err := removeUnheld(progs[i].dir); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// removeUnheld removes the program in dir unless a process holds it.
func removeUnheld(dir string) error {
	f, err := os.OpenFile(filepath.Join(dir, inUseFile), os.O_CREATE|os.O_RDONLY, 0o644)
	if err != nil {
		return fmt.Errorf("toolchain: %w", err)
	}
	defer f.Close()
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		return nil // held: in use
	}
	// Move it out of the way first, so that no Build finds half of it.
	tmp := dir + ".removing"
	if err := os.Rename(dir, tmp); err != nil {
		return fmt.Errorf("toolchain: %w", err)
	}
	return os.RemoveAll(tmp)
}
