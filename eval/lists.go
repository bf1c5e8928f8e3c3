package eval

import (
	"github.com/newsextract/newsextract/extract"
)

// Lister says whether a name is an entry of the name lists an extractor
// loaded, and whether the label has name lists at all.
// *extract.Pipeline is one.
type Lister interface {
	Listed(l extract.Label, text string) (listed, hasLists bool)
}

// ListRecall is the strict recall of gold names split by whether the
// extractor's name lists hold them: the generalisation meter. Recall on
// unlisted names is what the patterns achieve on names nobody listed.
type ListRecall struct {
	Listed        int
	ListedFound   int
	ListedRecall  float64
	Unlisted      int
	UnlistedFound int
	// UnlistedRecall is the share of unlisted gold names matched strictly.
	UnlistedRecall float64
}

// recalls returns the recall of listed and of unlisted names, each
// undefined when there is no such name.
func (r ListRecall) recalls() (listed, unlisted optional) {
	return optional{r.ListedRecall, r.Listed > 0}, optional{r.UnlistedRecall, r.Unlisted > 0}
}

// add counts one gold name.
func (r *ListRecall) add(listed, found bool) {
	switch {
	case listed && found:
		r.Listed++
		r.ListedFound++
	case listed:
		r.Listed++
	case found:
		r.Unlisted++
		r.UnlistedFound++
	default:
		r.Unlisted++
	}
}

// plus returns the sum of r and o with the recalls computed.
func (r ListRecall) plus(o ListRecall) ListRecall {
	s := ListRecall{
		Listed: r.Listed + o.Listed, ListedFound: r.ListedFound + o.ListedFound,
		Unlisted: r.Unlisted + o.Unlisted, UnlistedFound: r.UnlistedFound + o.UnlistedFound,
	}
	return s.withRecalls()
}

// withRecalls returns r with ListedRecall and UnlistedRecall computed.
func (r ListRecall) withRecalls() ListRecall {
	if r.Listed > 0 {
		r.ListedRecall = float64(r.ListedFound) / float64(r.Listed)
	}
	if r.Unlisted > 0 {
		r.UnlistedRecall = float64(r.UnlistedFound) / float64(r.Unlisted)
	}
	return r
}

// addLists counts the gold names of one document's pairs.
func (e *Evaluator) addLists(pairs []pair) {
	for _, p := range pairs {
		if p.gold == nil {
			continue
		}
		l := labelOf(p.gold.Label)
		listed, ok := e.lister.Listed(l, p.gold.Text)
		if !ok {
			continue
		}
		r := e.lists[l]
		if r == nil {
			r = &ListRecall{}
			e.lists[l] = r
		}
		r.add(listed, p.strict())
	}
}
