package mono

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/importer"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/gofutures/gofutures/internal/toolchain"
)

// ErrCgo is wrapped by the error for a specialisation that would need
// cgo (package C), which the interpreter does not have.
var ErrCgo = errors.New("needs cgo")

// modPackage is what `go list` in the module says of one package.
type modPackage struct {
	ImportPath string
	Dir        string
	GoFiles    []string
	CgoFiles   []string
	Export     string
	Error      *struct{ Err string }
}

// modPackage returns what go list says of the third-party package path
// in the module, listing it with its dependencies (and their export
// data, which the type-check of its source imports) on first use. It
// must be called with s.mu held.
func (s *Specializer) modPackage(path string) (*modPackage, error) {
	if mp, ok := s.modPkgs[path]; ok && mp.Dir != "" {
		return mp, nil
	}
	if err := s.listModule(path); err != nil {
		return nil, err
	}
	mp, ok := s.modPkgs[path]
	switch {
	case !ok:
		return nil, fmt.Errorf("package %s is not in the module %s", path, s.module)
	case mp.Error != nil:
		return nil, fmt.Errorf("package %s: %s", path, mp.Error.Err)
	case mp.Dir == "":
		return nil, fmt.Errorf("package %s has no source directory", path)
	}
	return mp, nil
}

// listModule runs go list for path and its dependencies in the module.
func (s *Specializer) listModule(path string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, toolchain.GoCommand(), "list", "-e", "-export", "-deps",
		"-json=ImportPath,Dir,GoFiles,CgoFiles,Export,Error", "--", path)
	cmd.Dir = s.module
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GO111MODULE=on")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("go list %s in %s: %w: %s", path, s.module, err, strings.TrimSpace(stderr.String()))
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var mp modPackage
		if err := dec.Decode(&mp); err == io.EOF {
			break
		} else if err != nil {
			return fmt.Errorf("go list %s: %w", path, err)
		}
		s.modPkgs[mp.ImportPath] = &mp
	}
	if s.modImp == nil {
		s.modImp = importer.ForCompiler(s.fset, "gc", s.modExport)
	}
	return nil
}

// modExport opens the export data of a package the module's packages
// import (s.mu is held: the importer runs within load).
func (s *Specializer) modExport(path string) (io.ReadCloser, error) {
	mp, ok := s.modPkgs[path]
	if !ok || mp.Export == "" {
		if err := s.listModule(path); err != nil {
			return nil, err
		}
		if mp, ok = s.modPkgs[path]; !ok || mp.Export == "" {
			return nil, fmt.Errorf("no export data for %s in the module %s", path, s.module)
		}
	}
	return os.Open(mp.Export)
}
