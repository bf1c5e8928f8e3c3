package render

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/browsertest"
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
	browser := browsertest.Require(t)
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
	if browsertest.OneColour(img) {
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

// runBrowser runs browser headless and offline with args and a fresh
// profile, and returns its standard output.
func runBrowser(t *testing.T, browser string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, append(browsertest.Flags(t.TempDir()), args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", cmd, err, stderr.Bytes())
	}
	return out
}
