// Package install writes the gofutures kernelspec where Jupyter clients
// look for kernels: jupyter_client, nbconvert, jupyter console,
// jupyter_server/JupyterLab and VS Code all read
// <data dir>/kernels/<name>/kernel.json.
package install

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Name is the kernelspec name.
const Name = "gofutures"

//go:generate go run gen/logo.go

//go:embed logo-32x32.png
var logo32 []byte

//go:embed logo-64x64.png
var logo64 []byte

// Spec is the content of kernel.json.
type Spec struct {
	Argv          []string          `json:"argv"`
	DisplayName   string            `json:"display_name"`
	Language      string            `json:"language"`
	InterruptMode string            `json:"interrupt_mode"`
	Env           map[string]string `json:"env"`
	Metadata      map[string]any    `json:"metadata"`
}

// NewSpec returns the kernelspec for the binary at exe (an absolute path).
func NewSpec(exe string) Spec {
	return Spec{
		Argv:          []string{exe, "kernel", "--connection-file", "{connection_file}"},
		DisplayName:   "Go (gofutures)",
		Language:      "go",
		InterruptMode: "message",
		Env:           map[string]string{},
		Metadata:      map[string]any{"debugger": false},
	}
}

// Where selects the data directory to install into.
type Where struct {
	User      bool   // the user's data dir (~/.local/share/jupyter)
	SysPrefix bool   // the Python environment's prefix (sys.prefix/share/jupyter)
	Prefix    string // DIR/share/jupyter
}

// Dir returns the kernels directory for w.
func (w Where) Dir() (string, error) {
	switch {
	case w.Prefix != "":
		return filepath.Join(w.Prefix, "share", "jupyter", "kernels"), nil
	case w.SysPrefix:
		prefix, err := sysPrefix()
		if err != nil {
			return "", err
		}
		return filepath.Join(prefix, "share", "jupyter", "kernels"), nil
	default:
		if d := os.Getenv("JUPYTER_DATA_DIR"); d != "" {
			return filepath.Join(d, "kernels"), nil
		}
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("install: no home directory for --user: %w", err)
		}
		return filepath.Join(home, ".local", "share", "jupyter", "kernels"), nil
	}
}

// sysPrefix finds the prefix of the active Python environment, the way
// `jupyter kernelspec install --sys-prefix` does.
func sysPrefix() (string, error) {
	for _, env := range []string{"VIRTUAL_ENV", "CONDA_PREFIX"} {
		if p := os.Getenv(env); p != "" {
			return p, nil
		}
	}
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		out, err := exec.Command(py, "-c", "import sys; print(sys.prefix)").Output()
		if err == nil {
			return strings.TrimSpace(string(out)), nil
		}
	}
	return "", errors.New("install: --sys-prefix: no Python environment found (set VIRTUAL_ENV or use --prefix)")
}

// Install writes the kernelspec for exe and returns its directory.
func Install(exe string, w Where) (string, error) {
	abs, err := filepath.Abs(exe)
	if err != nil {
		return "", fmt.Errorf("install: %w", err)
	}
	if resolved, err := filepath.EvalSymlinks(abs); err == nil {
		abs = resolved
	}
	kernels, err := w.Dir()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(kernels, Name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("install: %w", err)
	}
	spec, err := json.MarshalIndent(NewSpec(abs), "", "  ")
	if err != nil {
		return "", fmt.Errorf("install: %w", err)
	}
	files := map[string][]byte{"kernel.json": append(spec, '\n'), "logo-32x32.png": logo32, "logo-64x64.png": logo64}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return "", fmt.Errorf("install: %w", err)
		}
	}
	return dir, nil
}
