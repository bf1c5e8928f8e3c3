package browsertest

import (
	"image"
	"image/color"
	"os/exec"
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
