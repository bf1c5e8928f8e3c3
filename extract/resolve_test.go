package extract

import (
	"cmp"
	"math/rand/v2"
	"testing"
)

// TestRankKeyOrdersLikeBetter checks that the packed sort keys of the
// resolver order candidates exactly as better does, ties by index, on
// spans that differ in every field better reads and on ties.
func TestRankKeyOrdersLikeBetter(t *testing.T) {
	doc := &Doc{}
	rng := rand.New(rand.NewPCG(1, 2))
	span := func() Span {
		start := rng.IntN(4)
		s := Span{
			TokStart: start,
			TokEnd:   start + rng.IntN(4),
			Start:    uint32(rng.IntN(3)),
			Priority: int8([]int{PriorityGuess - 1, PriorityGuess, PriorityList, PriorityTitle, 127, -128}[rng.IntN(6)]),
		}
		doc.SetRule(&s, ruleNames[rng.IntN(len(ruleNames))])
		return s
	}
	l := keyLayout{index: 1, start: 2}
	for range 20000 {
		a, b := span(), span()
		ka, okA := l.rankKey(doc, &a, 0)
		kb, okB := l.rankKey(doc, &b, 1)
		if !okA || !okB {
			t.Fatalf("rankKey(%+v), rankKey(%+v): not packed", a, b)
		}
		want := compareCandidates(doc, &a, &b)
		if want == 0 {
			want = -1 // the earlier candidate first
		}
		if got := cmp.Compare(ka, kb); got != want {
			t.Fatalf("keys of %+v and %+v compare %d, want %d", a, b, got, want)
		}
	}
}

// TestRankKeyUnpacked names the candidates whose keys cannot be packed, so
// that the resolver compares them span by span.
func TestRankKeyUnpacked(t *testing.T) {
	doc := &Doc{}
	more := Span{TokEnd: 1}
	doc.SetRule(&more, "no-such-rule")
	l := keyLayout{index: 10, start: 20}
	for _, c := range []struct {
		name string
		span Span
	}{
		{"long", Span{TokStart: 0, TokEnd: 1 << keyLengthBits}},
		{"negative", Span{TokStart: 2, TokEnd: 1}},
		{"unlisted rule", more},
	} {
		if _, ok := l.rankKey(doc, &c.span, 0); ok {
			t.Errorf("%s: rankKey packed %+v", c.name, c.span)
		}
	}
	if (keyLayout{index: 20, start: 21}).fits() {
		t.Error("a layout of 65 bits fits")
	}
}
