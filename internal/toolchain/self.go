package toolchain

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
)

// SelfModule is the module path of gofutures.
const SelfModule = "github.com/gofutures/gofutures"

// Self says where the gofutures a generated program links comes from.
// Exactly one of Dir and Version is set.
type Self struct {
	// Dir is a source tree of SelfModule, linked with a replace directive.
	Dir string
	// Version is a version of SelfModule the go command can download.
	Version string
}

// LocateSelf finds the gofutures the running program was built from: the
// directory in $GOFUTURES_SRC, else the source tree this package was
// compiled from when it is still there, else the module version recorded
// in the program's build information.
func LocateSelf() (Self, error) {
	if dir := os.Getenv("GOFUTURES_SRC"); dir != "" {
		if err := checkSelfDir(dir); err != nil {
			return Self{}, err
		}
		return Self{Dir: dir}, nil
	}
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		dir := filepath.Dir(filepath.Dir(filepath.Dir(file))) // internal/toolchain/self.go
		if checkSelfDir(dir) == nil {
			return Self{Dir: dir}, nil
		}
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		v := bi.Main.Version
		if bi.Main.Path == SelfModule && v != "" && v != "(devel)" && !strings.HasSuffix(v, "+dirty") {
			return Self{Version: v}, nil
		}
		for _, d := range bi.Deps {
			if d.Path == SelfModule && d.Replace == nil && d.Version != "(devel)" {
				return Self{Version: d.Version}, nil
			}
		}
	}
	return Self{}, &Error{Kind: ErrNoSource,
		Detail: "this gofutures binary was built from a source tree that is gone, and has no module version",
		Hint:   "Set GOFUTURES_SRC to a checkout of " + SelfModule + ", or install with `go install " + SelfModule + "/cmd/gofutures@VERSION`."}
}

// checkSelfDir reports whether dir holds the go.mod of SelfModule.
func checkSelfDir(dir string) error {
	f, err := os.Open(filepath.Join(dir, "go.mod"))
	if err != nil {
		return &Error{Kind: ErrNoSource, Path: dir, Detail: err.Error()}
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if fields := strings.Fields(sc.Text()); len(fields) == 2 && fields[0] == "module" {
			if strings.Trim(fields[1], `"`) == SelfModule {
				return nil
			}
			break
		}
	}
	return &Error{Kind: ErrNoSource, Path: dir, Detail: "not the module " + SelfModule}
}

// id is what identifies this gofutures in a cache key: the version, or a
// hash of the source tree's Go files, go.mod and go.sum.
func (s Self) id() (string, error) {
	if s.Dir == "" {
		return "version " + s.Version, nil
	}
	h := sha256.New()
	var files []string
	err := filepath.WalkDir(s.Dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != s.Dir && (strings.HasPrefix(name, ".") || name == "testdata" || name == "tests" ||
				name == "notebooks" || name == "out" || fileExists(filepath.Join(path, "go.mod"))) {
				return filepath.SkipDir
			}
			return nil
		}
		if (strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go")) || path == filepath.Join(s.Dir, "go.mod") || path == filepath.Join(s.Dir, "go.sum") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("toolchain: hashing %s: %w", s.Dir, err)
	}
	sort.Strings(files)
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return "", fmt.Errorf("toolchain: hashing %s: %w", s.Dir, err)
		}
		rel, _ := filepath.Rel(s.Dir, path)
		fmt.Fprintf(h, "%s\x00", rel)
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", fmt.Errorf("toolchain: hashing %s: %w", path, err)
		}
	}
	return "source " + hex.EncodeToString(h.Sum(nil)), nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
