package extract

import (
	"slices"
	"testing"
)

// TestNamesCutAtDates checks that a date at the tail of an organisation or
// person candidate survives the resolver.
func TestNamesCutAtDates(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // "LABEL span", the entities that must be there
	}{
		{"The minister briefed the Security Council on Monday about the plan.",
			[]string{"ORG Security Council", "DATE Monday"}},
		{"President Anna Berg Tuesday announced the cuts.",
			[]string{"PERSON Anna Berg", "DATE Tuesday"}},
		{"The House Armed Services Committee on Feb. 10 heard the chiefs.",
			[]string{"DATE Feb. 10"}},
	} {
		doc, err := pipeline(t).Process("t", c.text, "2024-02-14")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range doc.Entities {
			got = append(got, e.Label.String()+" "+doc.SpanText(e))
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: no %q in %q", c.text, w, got)
			}
		}
	}
}

func TestTrimNamesAtDates(t *testing.T) {
	tk, _ := newDateTestStages(t)
	doc := tk.tokenize("Cabinet on Sunday Expo 2024")
	cands := []Span{
		{Start: 0, End: 17, TokStart: 0, TokEnd: 3, Label: Org},
		{Start: 11, End: 17, TokStart: 2, TokEnd: 3, Label: Date, rule: doc.ruleID("date:weekday")},
		{Start: 18, End: 27, TokStart: 3, TokEnd: 5, Label: Org},
		{Start: 23, End: 27, TokStart: 4, TokEnd: 5, Label: Date, rule: doc.ruleID("date:year")},
	}
	trimNamesAtDates(doc, cands)
	if c := cands[0]; c.TokEnd != 1 || c.End != 7 {
		t.Errorf("Cabinet on Sunday: got tokens %d-%d, end %d; want 0-1, end 7", c.TokStart, c.TokEnd, c.End)
	}
	if c := cands[2]; c.TokEnd != 5 {
		t.Errorf("Expo 2024 was cut: tokens %d-%d", c.TokStart, c.TokEnd)
	}
}
