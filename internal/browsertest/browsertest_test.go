package browsertest

import (
	"image"
	"image/color"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

func TestOneColour(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 4, 3))
	for i := range img.Pix {
		img.Pix[i] = 200
	}
	if !OneColour(img) {
		t.Error("a plain image is not one colour")
	}
	img.Set(3, 2, color.Black)
	if OneColour(img) {
		t.Error("an image with a black pixel is one colour")
	}
}

func TestFlags(t *testing.T) {
	f := Flags("/tmp/p")
	if !slices.Contains(f, "--headless") || !slices.Contains(f, "--disable-background-networking") || !strings.HasSuffix(f[len(f)-1], "=/tmp/p") {
		t.Errorf("Flags = %q", f)
	}
}

func TestKilledBySignal(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("needs a POSIX shell and signals")
	}
	for _, tt := range []struct {
		script string
		want   bool
	}{
		{"kill -SEGV $$", true},
		{"exit 3", false},
	} {
		err := exec.Command("sh", "-c", tt.script).Run()
		if got := killedBySignal(err); got != tt.want {
			t.Errorf("%q: killedBySignal(%v) = %v, want %v", tt.script, err, got, tt.want)
		}
	}
	if killedBySignal(nil) {
		t.Error("killedBySignal(nil) = true")
	}
}

// fakeBrowser writes a shell script that stands for Chromium: it counts
// its starts in a file beside it and runs script with $n, the start's
// number.
func fakeBrowser(t *testing.T, script string) string {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "browser")
	body := "#!/bin/sh\nf=" + filepath.Join(dir, "starts") + "\necho x >> $f\nn=$(wc -l < $f)\n" + script + "\n"
	if err := os.WriteFile(path, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestRun checks that Run returns the output of a browser that works and
// of one that crashes once and then works, and skips the test when the
// browser crashes every time.
func TestRun(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("needs a POSIX shell and signals")
	}
	for _, tt := range []struct {
		name, script string
		skip         bool
		out          string
	}{
		{name: "works", script: "echo page", out: "page\n"},
		{name: "crashes once", script: "[ $n -eq 1 ] && kill -SEGV $$; echo page", out: "page\n"},
		{name: "crashes always", script: "kill -SEGV $$", skip: true},
	} {
		var sub *testing.T
		var out []byte
		t.Run(tt.name, func(t *testing.T) {
			sub = t
			out = Run(t, fakeBrowser(t, tt.script))
		})
		if sub.Skipped() != tt.skip {
			t.Errorf("%s: skipped %v, want %v", tt.name, sub.Skipped(), tt.skip)
		}
		if string(out) != tt.out {
			t.Errorf("%s: output %q, want %q", tt.name, out, tt.out)
		}
	}
}
