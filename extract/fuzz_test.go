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
// not overlap the one before it, and every relation points at entities.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"date 2023-12-19 Paris (VNA) - Deputy Minister of Defence Sen. Lieut. Gen. Hoang Xuan Chien met Alice Rufo.",
		"\uFEFFThe Foreign Secretary met Russian Foreign Minister Sergei Lavrov earlier today.\r\n\r\nMr Lavrov",
		"U.N.-led (ADMM+) E.U. ( ) ' ’s al- - Vietnam-France 2018 – 2028",
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
		prevEnd := 0
		for _, e := range doc.Entities {
			if e.Start < prevEnd || e.Start >= e.End || e.End > len(text) {
				t.Fatalf("bad span %+v (previous end %d) in %q", e, prevEnd, text)
			}
			first, _ := utf8.DecodeRuneInString(text[e.Start:])
			last, _ := utf8.DecodeLastRuneInString(text[:e.End])
			if unicode.IsSpace(first) || unicode.IsSpace(last) {
				t.Fatalf("span %q starts or ends on white space", doc.SpanText(e))
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
