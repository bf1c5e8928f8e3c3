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

// TestPathologicalInputs runs long repetitions of the shapes that make
// naive grammars quadratic (runs of capitals, heads, lists, dates without
// sentence breaks). It asserts no timing; a regression shows as a test that
// takes minutes instead of a second.
func TestPathologicalInputs(t *testing.T) {
	p := pipeline(t)
	for _, unit := range []string{
		"Army ", "Minister of Defence and ", "agreement on x ", "in Qx, ", "al-", "U.N. ", "( ",
		"Officials met on December 18 and agreed. ", "Minister John Smith met Smith in Paris. ",
		"The Army Army Navy Ministry of Defence. ",
	} {
		text := strings.Repeat(unit, 20000)
		doc, err := p.Process("long", text, "")
		if err != nil {
			t.Fatalf("%q: %v", unit, err)
		}
		for k := 1; k < len(doc.Entities); k++ {
			if doc.Entities[k].Start < doc.Entities[k-1].End {
				t.Fatalf("%q: overlapping entities", unit)
			}
		}
	}
}
