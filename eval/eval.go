// Package eval scores predicted annotations against gold ones as
// ANNOTATION.md ("Scoring") defines it: entities under the four SemEval-2013
// schemes with nervaluate's counts, per label and averaged; the accuracy of
// the normalised DATE and RANK values; and relations per type.
//
// Gold and predicted spans of a document are paired one to one: first spans
// with the same offsets and label, then spans with the same offsets, then
// overlapping spans, largest overlap first. Each pair, each gold span left
// alone and each predicted span left alone is then counted under every
// scheme:
//
//	                          strict  exact  partial  type
//	same span, same label     COR     COR    COR      COR
//	same span, other label    INC     COR    COR      INC
//	overlap, same label       INC     INC    PAR      COR
//	overlap, other label      INC     INC    PAR      INC
//	gold left alone           MIS     MIS    MIS      MIS
//	prediction left alone     SPU     SPU    SPU      SPU
//
// A label's own scores pair only the gold and predicted spans of that label.
// Predicted spans whose label the schema does not have are dropped before
// anything is counted, and so are predicted relations of other types.
package eval

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/newsextract/newsextract/brat"
	"github.com/newsextract/newsextract/extract"
)

// Scheme is one of the four SemEval-2013 ways of matching spans.
type Scheme int

// The schemes, in report order.
const (
	Strict  Scheme = iota // same span and same label
	Exact                 // same span, any label
	Partial               // overlap counts half, any label
	Type                  // overlap and same label
	numSchemes
)

// Schemes lists every scheme in report order.
var Schemes = []Scheme{Strict, Exact, Partial, Type}

var schemeNames = [numSchemes]string{"strict", "exact", "partial", "type"}

// String returns the scheme's name as reports show it: "strict", "exact",
// "partial" or "type".
func (s Scheme) String() string { return schemeNames[s] }

// Counts are nervaluate's counts under one scheme.
type Counts struct {
	Correct, Incorrect, Partial, Missed, Spurious int
}

// Possible is the number of gold spans: COR+INC+PAR+MIS.
func (c Counts) Possible() int { return c.Correct + c.Incorrect + c.Partial + c.Missed }

// Actual is the number of predicted spans: COR+INC+PAR+SPU.
func (c Counts) Actual() int { return c.Correct + c.Incorrect + c.Partial + c.Spurious }

// PRF is a precision, a recall and their harmonic mean.
type PRF struct {
	P, R, F1 float64
}

// newPRF computes precision and recall from a number of hits (which may
// include halves) and the sizes of the predicted and gold sets. An empty set
// gives 0.
func newPRF(hits float64, predicted, gold int) PRF {
	var s PRF
	if predicted > 0 {
		s.P = hits / float64(predicted)
	}
	if gold > 0 {
		s.R = hits / float64(gold)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// Score is the counts under one scheme with the precision, recall and F1
// computed from them: P = COR/ACT and R = COR/POS for strict and exact,
// P = (COR + PAR/2)/ACT and R = (COR + PAR/2)/POS for partial and type.
type Score struct {
	Counts
	PRF
}

func newScore(s Scheme, c Counts) Score {
	hits := float64(c.Correct)
	if s == Partial || s == Type {
		hits += 0.5 * float64(c.Partial)
	}
	return Score{Counts: c, PRF: newPRF(hits, c.Actual(), c.Possible())}
}

// SchemeScores holds one Score per scheme, indexed by Scheme.
type SchemeScores [numSchemes]Score

// Averages holds one macro average per scheme, indexed by Scheme.
type Averages [numSchemes]PRF

// ValueScore is the accuracy of normalised values: of the Matched entities
// (matched strictly), Correct have the gold value.
type ValueScore struct {
	Matched, Correct int
	Accuracy         float64
}

// RelationScore scores the relations of one type: Correct of the Pred
// predicted relations are among the Gold ones.
type RelationScore struct {
	Gold, Pred, Correct int
	PRF
}

// Error is a strict false positive (a predicted span that does not match a
// gold span in both offsets and label) or a strict false negative (a gold
// span that no prediction matches so). Start and End are code points.
type Error struct {
	Doc  string
	Kind string // "FP" or "FN"
	Span
	// Context is the text around the span, with the span in brackets.
	Context string
	// Paired is the span of the other side that this one was paired
	// with (wrong label or boundaries), or nil.
	Paired *Span
}

// Span is an entity of the gold or the predictions: its label, its text
// and its offsets in code points.
type Span struct {
	Label      string
	Text       string
	Start, End int
}

// String describes the span in one line: PERSON 5-22 “Sébastien Lecornu”.
func (s *Span) String() string {
	return fmt.Sprintf("%s %d-%d “%s”", s.Label, s.Start, s.End, strings.Join(strings.Fields(s.Text), " "))
}

// DocScore is the score of one document under every scheme.
type DocScore struct {
	Name   string
	Scores SchemeScores
}

// Result is the score of a set of documents.
type Result struct {
	// Micro counts every span of every label together.
	Micro SchemeScores
	// Macro is the mean of the per-label P, R and F1 over the labels in
	// Labels.
	Macro Averages
	// Labels has the scores of each label present in the gold or the
	// predictions.
	Labels map[extract.Label]SchemeScores
	// Values has the value accuracy of DATE and RANK.
	Values map[extract.Label]ValueScore
	// Relations has the scores of every relation type.
	Relations map[extract.RelationType]RelationScore
	// Docs has the score of each document, in the order they were added.
	Docs []DocScore
	// Errors lists the strict errors, document by document in the order
	// they were added, in text order within a document.
	Errors []Error
	// Lists has, for each label with name lists, the strict recall of
	// gold names that the lists hold and of those they do not; empty
	// unless the Evaluator measured lists (MeasureLists).
	Lists map[extract.Label]ListRecall
	// ListsTotal sums Lists over the labels.
	ListsTotal *ListRecall
	// Documents is the number of documents scored.
	Documents int
}

// valueLabels are the labels whose normalised values are scored.
var valueLabels = []extract.Label{extract.Date, extract.Rank}

// contextSize is the number of code points of context on each side of an
// Error's span.
const contextSize = 30

// Evaluator accumulates the scores of documents. The zero value is not
// ready for use; call New.
type Evaluator struct {
	docs      []DocScore
	micro     [numSchemes]Counts
	labels    map[extract.Label]*[numSchemes]Counts
	values    map[extract.Label]*ValueScore
	relations map[extract.RelationType]*RelationScore
	errors    []Error
	lister    Lister
	lists     map[extract.Label]*ListRecall
}

// MeasureLists makes the Evaluator split the recall of gold names by
// whether l's name lists hold them (Result.Lists).
func (e *Evaluator) MeasureLists(l Lister) {
	e.lister = l
	e.lists = map[extract.Label]*ListRecall{}
}

// New returns an Evaluator with no documents.
func New() *Evaluator {
	e := &Evaluator{
		labels:    map[extract.Label]*[numSchemes]Counts{},
		values:    map[extract.Label]*ValueScore{},
		relations: map[extract.RelationType]*RelationScore{},
	}
	for _, l := range valueLabels {
		e.values[l] = &ValueScore{}
	}
	for _, t := range extract.RelationTypes {
		e.relations[t] = &RelationScore{}
	}
	return e
}

// Add scores the predictions pred of the document name, whose text is text,
// against its gold annotations and adds the counts to the totals. Offsets
// are code points into text, as brat.Parse and brat.FromDoc give them.
func (e *Evaluator) Add(name, text string, gold, pred *brat.Document) {
	predEnts := slices.DeleteFunc(slices.Clone(pred.Entities), func(p brat.Entity) bool {
		_, ok := extract.ParseLabel(p.Label)
		return !ok
	})

	counts, pairs := count(gold.Entities, predEnts)
	addCounts(&e.micro, counts)
	e.docs = append(e.docs, DocScore{Name: name, Scores: schemeScores(&counts)})
	for _, l := range extract.Labels {
		g := byLabel(gold.Entities, l)
		p := byLabel(predEnts, l)
		if len(g) == 0 && len(p) == 0 {
			continue
		}
		if e.labels[l] == nil {
			e.labels[l] = &[numSchemes]Counts{}
		}
		c, _ := count(g, p)
		addCounts(e.labels[l], c)
	}

	strictGold := map[string]string{} // predicted entity id → gold entity id
	for _, pr := range pairs {
		if pr.gold == nil || pr.pred == nil || !pr.strict() {
			continue
		}
		strictGold[pr.pred.ID] = pr.gold.ID
		if v := e.values[labelOf(pr.gold.Label)]; v != nil {
			v.Matched++
			if pr.pred.Value == pr.gold.Value {
				v.Correct++
			}
		}
	}
	e.addRelations(gold.Relations, pred.Relations, strictGold)
	e.addErrors(name, []rune(text), pairs)
	if e.lister != nil {
		e.addLists(pairs)
	}
}

// addRelations counts the relations of one document. A predicted relation
// is correct when a gold relation of its type links the gold entities its
// arguments match strictly; each gold relation is matched once at most.
func (e *Evaluator) addRelations(gold, pred []brat.Relation, strictGold map[string]string) {
	type key struct{ typ, arg1, arg2 string }
	remaining := map[key]int{}
	for _, r := range gold {
		remaining[key{r.Type, r.Arg1, r.Arg2}]++
		e.relations[extract.RelationType(r.Type)].Gold++
	}
	for _, r := range pred {
		s := e.relations[extract.RelationType(r.Type)]
		if s == nil {
			continue // not a type of the schema
		}
		s.Pred++
		g1, ok1 := strictGold[r.Arg1]
		g2, ok2 := strictGold[r.Arg2]
		if k := (key{r.Type, g1, g2}); ok1 && ok2 && remaining[k] > 0 {
			remaining[k]--
			s.Correct++
		}
	}
}

// addErrors records the strict errors of one document, in text order.
func (e *Evaluator) addErrors(name string, text []rune, pairs []pair) {
	var errs []Error
	add := func(kind string, ent, other *brat.Entity) {
		err := Error{
			Doc:     name,
			Kind:    kind,
			Span:    spanOf(ent),
			Context: context(text, ent.Start, ent.End),
		}
		if other != nil {
			p := spanOf(other)
			err.Paired = &p
		}
		errs = append(errs, err)
	}
	for _, pr := range pairs {
		if pr.strict() {
			continue
		}
		if pr.gold != nil {
			add("FN", pr.gold, pr.pred)
		}
		if pr.pred != nil {
			add("FP", pr.pred, pr.gold)
		}
	}
	slices.SortStableFunc(errs, func(a, b Error) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), strings.Compare(a.Kind, b.Kind))
	})
	e.errors = append(e.errors, errs...)
}

// spanOf returns the Span of a brat entity.
func spanOf(e *brat.Entity) Span {
	return Span{Label: e.Label, Text: e.Text, Start: e.Start, End: e.End}
}

// context returns up to contextSize code points of text on each side of
// the span start-end, with the span in brackets and line breaks as spaces.
func context(text []rune, start, end int) string {
	clamp := func(i int) int { return max(0, min(i, len(text))) }
	start, end = clamp(start), clamp(end)
	from, to := clamp(start-contextSize), clamp(end+contextSize)
	s := string(text[from:start]) + "[" + string(text[start:end]) + "]" + string(text[end:to])
	return strings.Join(strings.Fields(s), " ")
}

// Result returns the scores of the documents added so far.
func (e *Evaluator) Result() *Result {
	r := &Result{
		Documents: len(e.docs),
		Docs:      slices.Clone(e.docs),
		Micro:     schemeScores(&e.micro),
		Labels:    map[extract.Label]SchemeScores{},
		Values:    map[extract.Label]ValueScore{},
		Relations: map[extract.RelationType]RelationScore{},
		Errors:    slices.Clone(e.errors),
	}
	for l, c := range e.labels {
		r.Labels[l] = schemeScores(c)
	}
	if n := float64(len(r.Labels)); n > 0 {
		// Sum in a fixed order, so that the result does not depend on
		// map iteration in its last bits.
		for _, l := range extract.Labels {
			ls, ok := r.Labels[l]
			if !ok {
				continue
			}
			for s := range numSchemes {
				r.Macro[s].P += ls[s].P / n
				r.Macro[s].R += ls[s].R / n
				r.Macro[s].F1 += ls[s].F1 / n
			}
		}
	}
	for l, v := range e.values {
		vs := *v
		if vs.Matched > 0 {
			vs.Accuracy = float64(vs.Correct) / float64(vs.Matched)
		}
		r.Values[l] = vs
	}
	for t, s := range e.relations {
		rs := *s
		rs.PRF = newPRF(float64(rs.Correct), rs.Pred, rs.Gold)
		r.Relations[t] = rs
	}
	if e.lister != nil {
		r.Lists = map[extract.Label]ListRecall{}
		var total ListRecall
		for _, l := range extract.Labels {
			if lr := e.lists[l]; lr != nil {
				r.Lists[l] = lr.withRecalls()
				total = total.plus(*lr)
			}
		}
		r.ListsTotal = &total
	}
	return r
}

func schemeScores(c *[numSchemes]Counts) SchemeScores {
	var ss SchemeScores
	for s := range numSchemes {
		ss[s] = newScore(s, c[s])
	}
	return ss
}

func addCounts(dst *[numSchemes]Counts, src [numSchemes]Counts) {
	for s := range numSchemes {
		dst[s].Correct += src[s].Correct
		dst[s].Incorrect += src[s].Incorrect
		dst[s].Partial += src[s].Partial
		dst[s].Missed += src[s].Missed
		dst[s].Spurious += src[s].Spurious
	}
}

// labelOf returns the label a brat file names, or no label.
func labelOf(name string) extract.Label {
	l, _ := extract.ParseLabel(name)
	return l
}

func byLabel(ents []brat.Entity, l extract.Label) []brat.Entity {
	var out []brat.Entity
	for _, e := range ents {
		if labelOf(e.Label) == l {
			out = append(out, e)
		}
	}
	return out
}
