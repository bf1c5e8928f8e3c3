package render

import (
	"bytes"
	"math"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/golden"
)

// datesDoc returns a document with dates, agreements and events, markup
// characters in its text and no people.
func datesDoc() *extract.Doc {
	const text = "On March 5 the R&D <b>talks</b> recalled the Paris Agreement of June 2014 and 2015.\n\n" +
		"The Shangri-La Dialogue is next year, under the Paris Agreement."
	doc := &extract.Doc{ID: "dates <2>", Text: text}
	at := 0
	add := func(sub string, l extract.Label, value string) {
		start := at + strings.Index(text[at:], sub)
		at = start + len(sub)
		e := extract.Span{Start: uint32(start), End: uint32(at), Label: l}
		doc.SetValue(&e, value)
		doc.Entities = append(doc.Entities, e)
	}
	add("March 5", extract.Date, "XXXX-03-05")
	add("Paris Agreement", extract.Agreement, "")
	add("June 2014", extract.Date, "2014-06")
	add("2015", extract.Date, "2015")
	add("Shangri-La Dialogue", extract.Event, "")
	add("next year", extract.Date, "")
	add("Paris Agreement", extract.Agreement, "")
	return doc
}

// encodeHTML returns the html format's page for docs.
func encodeHTML(t *testing.T, docs ...*extract.Doc) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := newHTMLEncoder(&buf)
	for _, doc := range docs {
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestHTMLGolden(t *testing.T) {
	tests := []struct {
		file string
		docs []*extract.Doc
	}{
		{"doc1.html", []*extract.Doc{testDoc()}},
		{"stream.html", []*extract.Doc{testDoc(), datesDoc(), emptyDoc()}},
		{"none.html", nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			golden.Check(t, filepath.Join("testdata", tt.file), encodeHTML(t, tt.docs...))
		})
	}
}

// externalURL matches an attribute that loads or links a resource by
// absolute or protocol-relative URL.
var externalURL = regexp.MustCompile(`(?i)\b(?:src|href)\s*=\s*["']?(?:https?:)?//`)

// markTag matches the start tag of a mark element.
var markTag = regexp.MustCompile(`<mark[\s>]`)

// checkPage checks that page is self-contained and has one mark per entity.
func checkPage(t *testing.T, page []byte, entities int) {
	t.Helper()
	if n := len(markTag.FindAll(page, -1)); n != entities {
		t.Errorf("%d <mark> elements, want one per entity: %d", n, entities)
	}
	if loc := externalURL.FindIndex(page); loc != nil {
		t.Errorf("external URL: %s", page[loc[0]:])
	}
	if bytes.Contains(page, []byte("url(")) || bytes.Contains(page, []byte("@import")) {
		t.Error("the style sheet loads a resource")
	}
}

func TestHTMLPage(t *testing.T) {
	docs := []*extract.Doc{testDoc(), datesDoc(), emptyDoc()}
	page := string(encodeHTML(t, docs...))
	checkPage(t, []byte(page), len(docs[0].Entities)+len(docs[1].Entities))
	for _, want := range []string{
		"<title>Extracted documents</title>",
		`<section id="doc-3">`,
		`title="RANK · General · code points 0–4"`, // code points, not bytes
		`<mark id="entity-4" class="l-person" title="PERSON · code points 37–42" data-label="PERSON" tabindex="0"><a href="#person-1">Chien</a></mark>`, // short mention
		`<mark id="entity-2" class="l-person first" title="PERSON · code points 5–22" data-label="PERSON" tabindex="0">`,                                // first PERSON of its paragraph
		`<mark id="entity-11" class="l-agreement first"`,                                                     // first again in a new paragraph
		`<td class="rank"><a href="#entity-1">Gen.</a></td>`,                                                 // HAS_RANK
		`<td class="mentions"><a href="#entity-2">Sébastien Lecornu</a>; <a href="#entity-4">Chien</a></td>`, // ALIAS
		`<nav class="toc" aria-label="Documents">`,
		`<li><a href="#doc-2">dates &lt;2&gt;</a> <span class="meta">7 entities, 0 people</span></li>`,
		`<tr id="person-1">`,
		"R&amp;D &lt;b&gt;talks&lt;/b&gt;", // escaped text
		"</mark>.\n\nThe ",                 // line breaks kept
		"Paris Agreement</a> ×2",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if n := strings.Count(page, "<mark"); n != 11 {
		t.Errorf("%d <mark in the page, want 11: nothing but entities uses <mark>", n)
	}
}

func TestHTMLTimeline(t *testing.T) {
	v := newDocView(datesDoc(), htmlCounts{})
	var got []string
	for _, d := range v.Dates {
		got = append(got, d.Value)
	}
	if want := []string{"2014-06", "2015", "XXXX-03-05", ""}; !slices.Equal(got, want) {
		t.Errorf("timeline %q, want %q", got, want)
	}
}

func TestHTMLIndex(t *testing.T) {
	var x HTMLIndex
	x.Add("doc1.html", testDoc())
	x.Add("sub/a:b.html", emptyDoc())
	var buf bytes.Buffer
	if err := x.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got := buf.Bytes()
	checkPage(t, got, 0)
	golden.Check(t, filepath.Join("testdata", "index.html"), got)
}

// TestLabelColours checks the label colours of the style sheet: text on
// each background has a contrast of at least 4.5:1 (WCAG AA), and the
// labels most alike in hue (ORG and EVENT, RANK and DATE) stay apart.
func TestLabelColours(t *testing.T) {
	rule := regexp.MustCompile(`\.l-([a-z]+) \{ background: #([0-9a-f]{6}); border-color: #([0-9a-f]{6}); \}`)
	bg := map[string][3]float64{}
	for _, m := range rule.FindAllStringSubmatch(HTMLStyle, -1) {
		bg[m[1]] = rgb(m[2])
	}
	if len(bg) != len(extract.Labels) {
		t.Fatalf("%d label colours in the style sheet, want %d", len(bg), len(extract.Labels))
	}
	text := rgb("1f2328")
	for label, c := range bg {
		if r := contrast(text, c); r < 4.5 {
			t.Errorf("%s: text contrast %.2f:1, want at least 4.5:1", label, r)
		}
	}
	for _, pair := range [][2]string{{"org", "event"}, {"rank", "date"}, {"person", "agreement"}, {"gpe", "loc"}} {
		a, b := bg[pair[0]], bg[pair[1]]
		d := math.Sqrt((a[0]-b[0])*(a[0]-b[0])+(a[1]-b[1])*(a[1]-b[1])+(a[2]-b[2])*(a[2]-b[2])) * 255
		if d < 30 {
			t.Errorf("%s and %s backgrounds are %.0f apart in RGB, want 30 or more", pair[0], pair[1], d)
		}
	}
}

// rgb returns the colour of a hex triplet, each channel from 0 to 1.
func rgb(hex string) [3]float64 {
	var c [3]float64
	for i := range c {
		v, _ := strconv.ParseUint(hex[2*i:2*i+2], 16, 8)
		c[i] = float64(v) / 255
	}
	return c
}

// contrast returns the WCAG contrast ratio of two colours.
func contrast(a, b [3]float64) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// luminance returns the WCAG relative luminance of c.
func luminance(c [3]float64) float64 {
	var l [3]float64
	for i, v := range c {
		if v <= 0.03928 {
			l[i] = v / 12.92
		} else {
			l[i] = math.Pow((v+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
}
