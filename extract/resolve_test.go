package extract

import (
	"cmp"
	"math/rand/v2"
	"testing"
)

// TestRankKeyOrdersLikeBetter checks that the packed sort keys of the
// resolver order candidates exactly as better does, on spans that differ
// in every field better reads and on ties.
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
	for range 20000 {
		a, b := span(), span()
		ka, okA := rankKey(doc, &a)
		kb, okB := rankKey(doc, &b)
		if !okA || !okB {
			t.Fatalf("rankKey(%+v), rankKey(%+v): not packed", a, b)
		}
		if got, want := cmp.Compare(ka, kb), compareCandidates(doc, &a, &b); got != want {
			t.Fatalf("keys of %+v and %+v compare %d, better says %d", a, b, got, want)
		}
	}
}

// TestRankKeyUnpacked names the candidates whose keys cannot be packed, so
// that the resolver compares them span by span.
func TestRankKeyUnpacked(t *testing.T) {
	doc := &Doc{}
	more := Span{TokEnd: 1}
	doc.SetRule(&more, "no-such-rule")
	for _, c := range []struct {
		name string
		span Span
	}{
		{"long", Span{TokStart: 0, TokEnd: 1 << 15}},
		{"negative", Span{TokStart: 2, TokEnd: 1}},
		{"unlisted rule", more},
	} {
		if _, ok := rankKey(doc, &c.span); ok {
			t.Errorf("%s: rankKey packed %+v", c.name, c.span)
		}
	}
}
