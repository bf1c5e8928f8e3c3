package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzProcess checks the extractor's entry point on any input: it never
// panics, it rejects invalid text with an error, and on valid text every
// entity lies inside the text, does not start or end on white space, does
// not overlap the one before it, crosses no blank line and no line break
// unless it is the title of an agreement or an event, and every relation
// points at entities.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"date 2023-12-19 Paris (VNA) - Deputy Minister of Defence Sen. Lieut. Gen. Hoang Xuan Chien met Alice Rufo.",
		"\uFEFFThe Foreign Secretary met Russian Foreign Minister Sergei Lavrov earlier today.\r\n\r\nMr Lavrov",
		"U.N.-led (ADMM+) E.U. ( ) ' ’s al- - Vietnam-France 2018 – 2028",
		"He spoke at the “Kessa Treaty” High-", // a quoted title's head read past the text's end
		"bad \xff",
		"",
	} {
		f.Add(s)
	}
	p := pipeline(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := p.Process("fuzz", text, "")
		if !utf8.ValidString(text) || strings.IndexByte(text, 0) >= 0 {
			if err == nil {
				t.Fatalf("no error for invalid text %q", text)
			}
			return
		}
		if err != nil {
			t.Fatalf("error for valid text %q: %v", text, err)
		}
		prevEnd := uint32(0)
		for _, e := range doc.Entities {
			if e.Start < prevEnd || e.Start >= e.End || int(e.End) > len(text) {
				t.Fatalf("bad span %+v (previous end %d) in %q", e, prevEnd, text)
			}
			first, _ := utf8.DecodeRuneInString(text[e.Start:])
			last, _ := utf8.DecodeLastRuneInString(text[:e.End])
			if unicode.IsSpace(first) || unicode.IsSpace(last) {
				t.Fatalf("span %q starts or ends on white space", doc.SpanText(e))
			}
			if crossesLineText(e.Label, doc.SpanText(e)) {
				t.Fatalf("%s span %q crosses a line break", e.Label, doc.SpanText(e))
			}
			prevEnd = e.End
		}
		for _, r := range doc.Relations {
			if r.Arg1 < 0 || r.Arg1 >= len(doc.Entities) || r.Arg2 < 0 || r.Arg2 >= len(doc.Entities) {
				t.Fatalf("relation %+v out of range", r)
			}
		}
	})
}

// crossesLineText reports whether an entity of label with text s crosses
// a line break it may not: a blank line, or for labels other than
// AGREEMENT and EVENT any line break.
func crossesLineText(label Label, s string) bool {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	if label != Agreement && label != Event {
		return len(lines) > 1
	}
	for _, l := range lines[1:] {
		if strings.TrimSpace(l) == "" {
			return true
		}
	}
	return false
}

// TestLineBreaks checks that entities stop at line breaks: a headline's
// last word and the next line's first name are not one name, and the name
// on either side is still found.
func TestLineBreaks(t *testing.T) {
	p := pipeline(t)
	for _, c := range []struct{ text, person string }{
		{"Defence Secretary Meets Ben Wallace\nJohn Healey said the talks went well.", "John Healey"},
		{"Minister for Defence Procurement James Cartlidge\nHeadline words here. James Cartlidge spoke.", "James Cartlidge"},
		{"By Sgt. Ray Dalton\nDefense Media Activity said it.", "Ray Dalton"},
		{"Photo: Lt. Col. Mark Smith\nArmy officers spoke to Mark Smith.", "Mark Smith"},
		{"He met Mark\r\nSmith yesterday in London.", ""},
		{"The Ministry of\nDefence said it.", ""},
		{"They signed the Agreement on Defence\n\nCooperation today.", ""},
	} {
		doc, err := p.Process("t", c.text, "")
		if err != nil {
			t.Fatal(err)
		}
		found := c.person == ""
		for _, e := range doc.Entities {
			if crossesLineText(e.Label, doc.SpanText(e)) {
				t.Errorf("%q: %s %q crosses a line break", c.text, e.Label, doc.SpanText(e))
			}
			found = found || e.Label == Person && doc.SpanText(e) == c.person
		}
		if !found {
			t.Errorf("%q: no PERSON %q", c.text, c.person)
		}
	}
}
