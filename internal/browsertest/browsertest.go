// Package browsertest finds and runs the headless Chromium that the
// browser tests of the project's pages use.
package browsertest

import (
	"bytes"
	"context"
	"errors"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
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

// crashAttempts is how many times Run starts a browser that a signal
// kills before it gives up.
const crashAttempts = 3

// Run runs browser with Flags, a fresh profile and args, and returns its
// standard output. A browser that a signal kills (Chromium segfaults now
// and then on a loaded machine) is started again; when it crashes every
// time the test is skipped, as that is the browser's failure, not the
// page's. Any other failure fails the test.
func Run(t *testing.T, browser string, args ...string) []byte {
	t.Helper()
	var crash error
	for range crashAttempts {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		cmd := exec.CommandContext(ctx, browser, append(Flags(t.TempDir()), args...)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		timedOut := ctx.Err() != nil // read before cancel, which sets it
		cancel()
		if err == nil {
			return out
		}
		if !killedBySignal(err) || timedOut {
			t.Fatalf("%s: %v\n%s", cmd, err, stderr.Bytes())
		}
		crash = err
	}
	t.Skipf("%s crashed %d times (last: %v): the browser, not the page", browser, crashAttempts, crash)
	return nil
}

// killedBySignal reports whether err is the exit of a process that a
// signal killed.
func killedBySignal(err error) bool {
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		return false
	}
	status, ok := exit.Sys().(syscall.WaitStatus)
	return ok && status.Signaled()
}

// DumpDOM writes page to a file and returns the DOM the browser builds
// from it.
func DumpDOM(t *testing.T, browser string, page []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, page, 0o644); err != nil {
		t.Fatal(err)
	}
	return string(Run(t, browser, "--dump-dom", "file://"+filepath.ToSlash(path)))
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
