package seed

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/gofutures/gofutures/executor"
	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
)

// CompiledWorkers builds the worker program of Notebook compiled, as the
// kernel does for a notebook's pools (check.Notebook.Program,
// toolchain.Builder.BuildWorkers), in a notebook module and program cache
// under dir: a fresh dir measures a cold build (the go command's own
// build cache stays warm), the same dir again a cached one. It returns
// the pool configuration that starts its workers and how long the build
// took.
func CompiledWorkers(ctx context.Context, dir string) (executor.ProcessConfig, time.Duration, error) {
	t0 := time.Now()
	c := check.New(check.NewImporter(), check.Config{})
	p, err := cell.Split(Notebook, 1)
	if err != nil {
		return executor.ProcessConfig{}, 0, err
	}
	r, err := c.Check(p)
	if err != nil {
		return executor.ProcessConfig{}, 0, err
	}
	r.Commit()
	prog, err := c.Notebook().Program()
	if err != nil {
		return executor.ProcessConfig{}, 0, err
	}
	self, err := toolchain.LocateSelf()
	if err != nil {
		return executor.ProcessConfig{}, 0, err
	}
	b := &toolchain.Builder{Dir: filepath.Join(dir, "notebook"), CacheDir: filepath.Join(dir, "programs"), Self: self}
	res, err := b.BuildWorkers(ctx, prog.Files, nil)
	if err != nil {
		return executor.ProcessConfig{}, 0, fmt.Errorf("building the compiled workers: %w", err)
	}
	return executor.ProcessConfig{
		Command: func() *exec.Cmd {
			cmd := exec.Command(res.Path)
			cmd.Env = append(os.Environ(), executor.WorkerEnv+"=1")
			return cmd
		},
	}, time.Since(t0), nil
}
