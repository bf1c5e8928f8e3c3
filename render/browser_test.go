package render

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/golden"
)

// seedPath is the seed document the browser test renders.
const seedPath = "../seeds/000_f2962e5216b1e2df.txt"

// screenshotPath is where -update saves the browser test's screenshot.
const screenshotPath = "../docs/screenshot.png"

// TestHTMLInBrowser renders a seed document's page in headless Chromium and
// checks that it draws something and that the browser's DOM has one mark
// per entity. With -update it saves the screenshot to docs/screenshot.png.
func TestHTMLInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	browser := findBrowser()
	if browser == "" {
		t.Skip("no chromium, chromium-browser or google-chrome in PATH; install one (apt-get install chromium) to run this test")
	}
	text, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	p, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := p.Process("000_f2962e5216b1e2df", string(text), "")
	if err != nil {
		t.Fatal(err)
	}
	html := encodeHTML(t, doc)
	checkPage(t, html, len(doc.Entities))
	dir := t.TempDir()
	page := filepath.Join(dir, "seed.html")
	if err := os.WriteFile(page, html, 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.ToSlash(page)

	shot := filepath.Join(dir, "seed.png")
	runBrowser(t, browser, "--screenshot="+shot, "--window-size=1400,1000", url)
	b, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if r := img.Bounds(); r.Dx() < 800 || r.Dy() < 600 {
		t.Errorf("screenshot is %dx%d, want the window's 1400x1000", r.Dx(), r.Dy())
	}
	if oneColour(img) {
		t.Error("screenshot is a single colour")
	}
	if golden.Update() {
		if err := os.WriteFile(screenshotPath, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	dom := runBrowser(t, browser, "--dump-dom", url)
	if n := len(markTag.FindAll(dom, -1)); n != len(doc.Entities) || n == 0 {
		t.Errorf("the browser's DOM has %d <mark> elements, want one per entity: %d", n, len(doc.Entities))
	}
}

// findBrowser returns the path of a Chromium binary, or "" if there is none.
func findBrowser() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	return ""
}

// runBrowser runs browser headless and offline with args and a fresh
// profile, and returns its standard output.
func runBrowser(t *testing.T, browser string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(),
	}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", cmd, err, stderr.Bytes())
	}
	return out
}

// oneColour reports whether every pixel of img has the same colour.
func oneColour(img image.Image) bool {
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
