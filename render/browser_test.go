package render

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

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
	browsertest.Run(t, browser, "--screenshot="+shot, "--window-size=1400,1000", url)
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

	dom := browsertest.Run(t, browser, "--dump-dom", url)
	if n := len(markTag.FindAll(dom, -1)); n != len(doc.Entities) || n == 0 {
		t.Errorf("the browser's DOM has %d <mark> elements, want one per entity: %d", n, len(doc.Entities))
	}
	checkMarks(t, string(dom), doc)
	checkPeopleLinks(t, string(dom), doc)

	// A page of two documents has a table of contents (the style sheet
	// draws it first).
	two := browsertest.DumpDOM(t, browser, encodeHTML(t, doc, datesDoc()))
	for _, want := range []string{`<nav class="toc" aria-label="Documents">`, `<a href="#doc-1">000_f2962e5216b1e2df</a>`, `<a href="#doc-2">dates &lt;2&gt;</a>`} {
		if !strings.Contains(two, want) {
			t.Errorf("the browser's DOM of a page of two documents lacks %q", want)
		}
	}
}

// markAttrs matches a mark's start tag in the browser's DOM: its class,
// its label and whether it can take the focus.
var markAttrs = regexp.MustCompile(`<mark id="entity-\d+" class="l-([a-z]+)( first)?" title="([A-Z]+)[^"]*" data-label="([A-Z]+)" tabindex="0">`)

// checkMarks checks in the browser's DOM that every mark tells its label
// on hover (title) and focus (data-label, shown by the style sheet, and a
// tabindex), and that the first mark of each label in each paragraph, and
// only it, carries the visible tag.
func checkMarks(t *testing.T, dom string, doc *extract.Doc) {
	t.Helper()
	marks := markAttrs.FindAllStringSubmatch(dom, -1)
	if len(marks) != len(doc.Entities) {
		t.Fatalf("%d marks with a label for hover and focus, want %d", len(marks), len(doc.Entities))
	}
	seen := map[string]bool{}
	at := uint32(0)
	for i, m := range marks {
		e := doc.Entities[i]
		if strings.Contains(doc.Text[at:e.Start], "\n\n") {
			clear(seen)
		}
		at = e.End
		label := e.Label.String()
		if m[3] != label || m[4] != label || m[1] != strings.ToLower(label) {
			t.Errorf("mark %d: class %s, title %s, data-label %s; want %s", i, m[1], m[3], m[4], label)
		}
		if first := m[2] != ""; first == seen[label] {
			t.Errorf("mark %d (%s): tagged %v, want %v", i, label, first, !seen[label])
		}
		seen[label] = true
	}
}

// checkPeopleLinks checks in the browser's DOM that each person's row
// links to the marks of the person's mentions (one link a text), and to
// the rank and the offices the relations give.
func checkPeopleLinks(t *testing.T, dom string, doc *extract.Doc) {
	t.Helper()
	links := 0
	for _, r := range doc.Relations {
		if r.Type == extract.HasRank || r.Type == extract.HasRole {
			links++
		}
	}
	if links == 0 {
		t.Fatal("the seed has no HAS_RANK or HAS_ROLE relation")
	}
	cells := regexp.MustCompile(`<td class="(?:rank|roles)">(.*?)</td>`).FindAllStringSubmatch(dom, -1)
	hrefs := 0
	for _, c := range cells {
		hrefs += strings.Count(c[1], `<a href="#entity-`)
	}
	if hrefs == 0 {
		t.Error("no rank or office in the people table links to its mark")
	}
	for j, p := range doc.People {
		texts := map[string]bool{}
		for _, k := range p.Mentions {
			texts[doc.SpanText(doc.Entities[k])] = true
		}
		row := regexp.MustCompile(`<tr id="person-` + strconv.Itoa(j+1) + `">.*?<td class="mentions">(.*?)</td></tr>`).FindStringSubmatch(dom)
		if row == nil || strings.Count(row[1], `<a href="#entity-`) != len(texts) {
			t.Errorf("person %s: mentions cell %q, want a link for each of %d texts", p.Name, row, len(texts))
		}
	}
}
