package eval

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/browsertest"
	"github.com/newsextract/newsextract/internal/golden"
)

func TestReportHTML(t *testing.T) {
	r := sampleResult()
	var buf bytes.Buffer
	if err := r.Report(&buf, ReportOptions{Format: FormatHTML}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()

	if n := strings.Count(page, `<tr class="FN">`) + strings.Count(page, `<tr class="FP">`); n != len(r.Errors) {
		t.Errorf("%d error rows, want one per error: %d", n, len(r.Errors))
	}
	for _, want := range []string{
		"<h2>Relations</h2>",
		`<td class="num">0.500</td>`,
		`<h2>empty|pred<span class="meta">1 FN, 0 FP</span></h2>`,
		`<td class="err"><span class="tag l-person">PERSON</span> Sébastien Lecornu <span class="offsets">5–22</span></td><td>PERSON 5-14 “Sébastien”</td>`,
		`<td class="num">n/a</td>`,
		"<h2>Entities by document (strict)</h2>",
		"<dt>SPU</dt>",
		"<strong>[Sébastien Lecornu]</strong>",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if regexp.MustCompile(`(?i)\b(?:src|href)\s*=\s*["']?(?:https?:)?//`).MatchString(page) || strings.Contains(page, "url(") {
		t.Error("the page loads an external resource")
	}

	golden.Check(t, filepath.Join("testdata", "report.html"), buf.Bytes())
}

// TestReportHTMLInBrowser checks the report page as headless Chromium
// builds it: the counts explained, n/a where nothing defines a ratio, and
// the scores of each document.
func TestReportHTMLInBrowser(t *testing.T) {
	browser := browsertest.Require(t)
	var buf bytes.Buffer
	if err := sampleResult().Report(&buf, ReportOptions{Format: FormatHTML}); err != nil {
		t.Fatal(err)
	}
	dom := browsertest.DumpDOM(t, browser, buf.Bytes())
	for _, want := range []string{
		`<dl class="legend">`, "<dt>COR</dt>", "<dt>SPU</dt>", "<dt>n/a</dt>",
		`<td class="num">n/a</td>`,
		"<h2>Entities by document (strict)</h2>",
		"<td>empty|pred</td>",
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("the browser's DOM lacks %q", want)
		}
	}
}
