package install

import (
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

func TestInstallPrefix(t *testing.T) {
	prefix := t.TempDir()
	dir, err := Install("/usr/local/bin/gofutures-test", Where{Prefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(prefix, "share", "jupyter", "kernels", "gofutures"); dir != want {
		t.Fatalf("dir %s, want %s", dir, want)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	var spec Spec
	if err := json.Unmarshal(raw, &spec); err != nil {
		t.Fatal(err)
	}
	if spec.Argv[0] != "/usr/local/bin/gofutures-test" || spec.Argv[3] != "{connection_file}" || spec.Language != "go" || spec.DisplayName != "Go (gofutures)" {
		t.Fatalf("spec %+v", spec)
	}
	for _, name := range []string{"logo-32x32.png", "logo-64x64.png"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil || (cfg.Width != 32 && cfg.Width != 64) {
			t.Fatalf("%s: %v %+v", name, err, cfg)
		}
	}
}
