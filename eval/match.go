package eval

import (
	"cmp"
	"slices"

	"github.com/newsextract/newsextract/brat"
)

// pair is a gold span and the predicted span paired with it. Either is nil
// for a span left alone.
type pair struct {
	gold, pred *brat.Entity
}

func (p pair) sameSpan() bool {
	return p.gold != nil && p.pred != nil && p.gold.Start == p.pred.Start && p.gold.End == p.pred.End
}

func (p pair) sameLabel() bool {
	return p.gold != nil && p.pred != nil && p.gold.Label == p.pred.Label
}

// strict reports whether the pair is a strict match.
func (p pair) strict() bool { return p.sameSpan() && p.sameLabel() }

// count pairs gold and pred and counts the pairs under every scheme, as the
// table in the package documentation shows. It is the only place where
// spans are counted.
func count(gold, pred []brat.Entity) ([numSchemes]Counts, []pair) {
	var c [numSchemes]Counts
	pairs := align(gold, pred)
	for _, p := range pairs {
		for s := range numSchemes {
			switch span, label := p.sameSpan(), p.sameLabel(); {
			case p.pred == nil:
				c[s].Missed++
			case p.gold == nil:
				c[s].Spurious++
			case s == Strict && span && label, s == Exact && span, s == Partial && span, s == Type && label:
				c[s].Correct++
			case s == Partial:
				c[s].Partial++
			default:
				c[s].Incorrect++
			}
		}
	}
	return c, pairs
}

// align pairs gold and predicted spans one to one: spans with the same
// offsets and label first, then spans with the same offsets, then
// overlapping spans, the largest overlap first (a tie goes to the same
// label, then to the earlier spans). The spans left alone come last, gold
// before predicted, each in input order.
func align(gold, pred []brat.Entity) []pair {
	goldUsed := make([]bool, len(gold))
	predUsed := make([]bool, len(pred))
	var pairs []pair
	link := func(g, p int) {
		goldUsed[g], predUsed[p] = true, true
		pairs = append(pairs, pair{gold: &gold[g], pred: &pred[p]})
	}

	for _, needLabel := range []bool{true, false} {
		for p := range pred {
			for g := range gold {
				if predUsed[p] || goldUsed[g] {
					continue
				}
				if gold[g].Start == pred[p].Start && gold[g].End == pred[p].End &&
					(!needLabel || gold[g].Label == pred[p].Label) {
					link(g, p)
				}
			}
		}
	}

	type candidate struct {
		g, p, overlap int
		sameLabel     bool
	}
	var cands []candidate
	for p := range pred {
		for g := range gold {
			if predUsed[p] || goldUsed[g] {
				continue
			}
			if ov := min(gold[g].End, pred[p].End) - max(gold[g].Start, pred[p].Start); ov > 0 {
				cands = append(cands, candidate{g, p, ov, gold[g].Label == pred[p].Label})
			}
		}
	}
	slices.SortFunc(cands, func(a, b candidate) int {
		return cmp.Or(
			cmp.Compare(b.overlap, a.overlap),
			cmp.Compare(boolRank(b.sameLabel), boolRank(a.sameLabel)),
			cmp.Compare(a.g, b.g),
			cmp.Compare(a.p, b.p))
	})
	for _, c := range cands {
		if !goldUsed[c.g] && !predUsed[c.p] {
			link(c.g, c.p)
		}
	}

	for g := range gold {
		if !goldUsed[g] {
			pairs = append(pairs, pair{gold: &gold[g]})
		}
	}
	for p := range pred {
		if !predUsed[p] {
			pairs = append(pairs, pair{pred: &pred[p]})
		}
	}
	return pairs
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}
