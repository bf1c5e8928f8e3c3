// Package browsertest finds and configures the headless Chromium that the
// browser tests of the project's pages run.
package browsertest

import (
	"image"
	"os/exec"
	"testing"
)

// Require returns the path of a Chromium binary, and skips the test when
// there is none or when -short is set.
func Require(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a browser")
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	t.Skip("no chromium, chromium-browser or google-chrome in PATH; install one (apt-get install chromium) to run this test")
	return ""
}

// Flags returns the flags that run Chromium headless and offline, as root
// too, with the fresh profile folder profile. Without the background
// networking flags, Chromium tries hosts that a closed network refuses.
func Flags(profile string) []string {
	return []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + profile,
	}
}

// OneColour reports whether every pixel of img has the same colour: a
// screenshot of a page that did not draw.
func OneColour(img image.Image) bool {
	r := img.Bounds()
	r0, g0, b0, a0 := img.At(r.Min.X, r.Min.Y).RGBA()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if r1, g1, b1, a1 := img.At(x, y).RGBA(); r1 != r0 || g1 != g0 || b1 != b0 || a1 != a0 {
				return false
			}
		}
	}
	return true
}
