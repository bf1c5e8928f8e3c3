package eval

import (
	"math"
	"reflect"
	"testing"

	"github.com/newsextract/newsextract/brat"
	"github.com/newsextract/newsextract/extract"
)

// text has multibyte characters before spans ("é" is two bytes, "’" three);
// offsets below are code points:
//
//	Gen. 0-4, Sébastien 5-14, Lecornu 15-22, met 23-26, Vietnam 27-34,
//	Chien 37-42, Paris 46-51, December 18 55-66; 67 code points in all.
const text = "Gen. Sébastien Lecornu met Vietnam’s Chien in Paris on December 18."

// ent makes an entity over text[start:end] (code points).
func ent(id, label string, start, end int, value ...string) brat.Entity {
	e := brat.Entity{ID: id, Label: label, Start: start, End: end, Text: string([]rune(text)[start:end])}
	if len(value) > 0 {
		e.Value = value[0]
	}
	return e
}

// c builds Counts in nervaluate's order: COR, INC, PAR, MIS, SPU.
func c(cor, inc, par, mis, spu int) Counts {
	return Counts{Correct: cor, Incorrect: inc, Partial: par, Missed: mis, Spurious: spu}
}

func approx(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func checkPRF(t *testing.T, what string, got, want PRF) {
	t.Helper()
	if !approx(got.P, want.P) || !approx(got.R, want.R) || !approx(got.F1, want.F1) {
		t.Errorf("%s: got %+v, want %+v", what, got, want)
	}
}

// Expected values are worked out by hand: POS = COR+INC+PAR+MIS,
// ACT = COR+INC+PAR+SPU; strict and exact P = COR/ACT, R = COR/POS;
// partial and type P = (COR+PAR/2)/ACT, R = (COR+PAR/2)/POS.
func TestEntities(t *testing.T) {
	type schemes = [numSchemes]Counts
	type prfs = [numSchemes]PRF
	one, zero := PRF{1, 1, 1}, PRF{}
	tests := []struct {
		name       string
		gold, pred []brat.Entity
		micro      schemes
		microPRF   prfs
		labels     map[extract.Label]schemes
	}{
		{
			name:     "exact match after multibyte characters",
			gold:     []brat.Entity{ent("T1", "PERSON", 37, 42)},
			pred:     []brat.Entity{ent("T1", "PERSON", 37, 42)},
			micro:    schemes{c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0)},
			microPRF: prfs{one, one, one, one},
			labels:   map[extract.Label]schemes{extract.Person: {c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0)}},
		},
		{
			// Same span, other label: only exact and partial accept it. Per
			// label, GPE missed one and ORG has one spurious.
			name:     "wrong label",
			gold:     []brat.Entity{ent("T1", "GPE", 27, 34)},
			pred:     []brat.Entity{ent("T1", "ORG", 27, 34)},
			micro:    schemes{c(0, 1, 0, 0, 0), c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0), c(0, 1, 0, 0, 0)},
			microPRF: prfs{zero, one, one, zero},
			labels: map[extract.Label]schemes{
				extract.GPE: {c(0, 0, 0, 1, 0), c(0, 0, 0, 1, 0), c(0, 0, 0, 1, 0), c(0, 0, 0, 1, 0)},
				extract.Org: {c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1)},
			},
		},
		{
			// "Lecornu" for "Sébastien Lecornu": partial gives half,
			// P = R = 0.5/1.
			name:     "partial overlap, same label",
			gold:     []brat.Entity{ent("T1", "PERSON", 5, 22)},
			pred:     []brat.Entity{ent("T1", "PERSON", 15, 22)},
			micro:    schemes{c(0, 1, 0, 0, 0), c(0, 1, 0, 0, 0), c(0, 0, 1, 0, 0), c(1, 0, 0, 0, 0)},
			microPRF: prfs{zero, zero, {0.5, 0.5, 0.5}, one},
			labels:   map[extract.Label]schemes{extract.Person: {c(0, 1, 0, 0, 0), c(0, 1, 0, 0, 0), c(0, 0, 1, 0, 0), c(1, 0, 0, 0, 0)}},
		},
		{
			name:     "partial overlap, other label",
			gold:     []brat.Entity{ent("T1", "DATE", 55, 66)},
			pred:     []brat.Entity{ent("T1", "EVENT", 46, 66)},
			micro:    schemes{c(0, 1, 0, 0, 0), c(0, 1, 0, 0, 0), c(0, 0, 1, 0, 0), c(0, 1, 0, 0, 0)},
			microPRF: prfs{zero, zero, {0.5, 0.5, 0.5}, zero},
			labels: map[extract.Label]schemes{
				extract.Date:  {c(0, 0, 0, 1, 0), c(0, 0, 0, 1, 0), c(0, 0, 0, 1, 0), c(0, 0, 0, 1, 0)},
				extract.Event: {c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1)},
			},
		},
		{
			name:     "missing",
			gold:     []brat.Entity{ent("T1", "GPE", 46, 51)},
			micro:    schemes{c(0, 0, 0, 1, 0), c(0, 0, 0, 1, 0), c(0, 0, 0, 1, 0), c(0, 0, 0, 1, 0)},
			microPRF: prfs{zero, zero, zero, zero},
			labels:   map[extract.Label]schemes{extract.GPE: {c(0, 0, 0, 1, 0), c(0, 0, 0, 1, 0), c(0, 0, 0, 1, 0), c(0, 0, 0, 1, 0)}},
		},
		{
			name:     "spurious",
			pred:     []brat.Entity{ent("T1", "LOC", 23, 26)},
			micro:    schemes{c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1)},
			microPRF: prfs{zero, zero, zero, zero},
			labels:   map[extract.Label]schemes{extract.Loc: {c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1)}},
		},
		{
			name:     "label outside the schema is not scored",
			gold:     []brat.Entity{ent("T1", "PERSON", 37, 42)},
			pred:     []brat.Entity{ent("T1", "NORP", 37, 42), ent("T2", "PERSON", 37, 42)},
			micro:    schemes{c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0)},
			microPRF: prfs{one, one, one, one},
			labels:   map[extract.Label]schemes{extract.Person: {c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0)}},
		},
		{
			// One to one: the exact-span prediction takes the gold span;
			// the wider one overlapping it is spurious, not a second
			// partial match.
			name:     "exact span wins over a larger overlap",
			gold:     []brat.Entity{ent("T1", "PERSON", 15, 22)},
			pred:     []brat.Entity{ent("T1", "PERSON", 5, 22), ent("T2", "PERSON", 15, 22)},
			micro:    schemes{c(1, 0, 0, 0, 1), c(1, 0, 0, 0, 1), c(1, 0, 0, 0, 1), c(1, 0, 0, 0, 1)},
			microPRF: prfs{{0.5, 1, 2.0 / 3}, {0.5, 1, 2.0 / 3}, {0.5, 1, 2.0 / 3}, {0.5, 1, 2.0 / 3}},
			labels:   map[extract.Label]schemes{extract.Person: {c(1, 0, 0, 0, 1), c(1, 0, 0, 0, 1), c(1, 0, 0, 0, 1), c(1, 0, 0, 0, 1)}},
		},
		{
			// "Sébastien Lecornu met Vietnam" overlaps "Sébastien Lecornu"
			// by 17 and "Vietnam" by 7: it pairs with the person; the GPE
			// is missed.
			name:     "largest overlap wins",
			gold:     []brat.Entity{ent("T1", "PERSON", 5, 22), ent("T2", "GPE", 27, 34)},
			pred:     []brat.Entity{ent("T1", "GPE", 5, 34)},
			micro:    schemes{c(0, 1, 0, 1, 0), c(0, 1, 0, 1, 0), c(0, 0, 1, 1, 0), c(0, 1, 0, 1, 0)},
			microPRF: prfs{zero, zero, {0.5, 0.25, 1.0 / 3}, zero},
			// Within GPE alone, the prediction pairs with "Vietnam".
			labels: map[extract.Label]schemes{
				extract.Person: {c(0, 0, 0, 1, 0), c(0, 0, 0, 1, 0), c(0, 0, 0, 1, 0), c(0, 0, 0, 1, 0)},
				extract.GPE:    {c(0, 1, 0, 0, 0), c(0, 1, 0, 0, 0), c(0, 0, 1, 0, 0), c(1, 0, 0, 0, 0)},
			},
		},
		{
			// RANK and "Chien" and DATE match; "Sébastien" overlaps the full
			// name; ORG for GPE "Vietnam"; "Paris" missed; LOC "met"
			// spurious. POS = ACT = 6.
			// strict  COR 3 INC 2 MIS 1 SPU 1: P = R = 3/6
			// exact   COR 4 INC 1 MIS 1 SPU 1: P = R = 4/6
			// partial COR 4 PAR 1 MIS 1 SPU 1: P = R = 4.5/6
			// type    COR 4 INC 1 MIS 1 SPU 1: P = R = 4/6
			name: "mixed",
			gold: []brat.Entity{
				ent("T1", "RANK", 0, 4), ent("T2", "PERSON", 5, 22), ent("T3", "GPE", 27, 34),
				ent("T4", "PERSON", 37, 42), ent("T5", "GPE", 46, 51), ent("T6", "DATE", 55, 66),
			},
			pred: []brat.Entity{
				ent("T1", "RANK", 0, 4), ent("T2", "PERSON", 5, 14), ent("T3", "LOC", 23, 26),
				ent("T4", "ORG", 27, 34), ent("T5", "PERSON", 37, 42), ent("T6", "DATE", 55, 66),
			},
			micro:    schemes{c(3, 2, 0, 1, 1), c(4, 1, 0, 1, 1), c(4, 0, 1, 1, 1), c(4, 1, 0, 1, 1)},
			microPRF: prfs{{0.5, 0.5, 0.5}, {4.0 / 6, 4.0 / 6, 4.0 / 6}, {0.75, 0.75, 0.75}, {4.0 / 6, 4.0 / 6, 4.0 / 6}},
			labels: map[extract.Label]schemes{
				extract.Rank:   {c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0)},
				extract.Person: {c(1, 1, 0, 0, 0), c(1, 1, 0, 0, 0), c(1, 0, 1, 0, 0), c(2, 0, 0, 0, 0)},
				extract.GPE:    {c(0, 0, 0, 2, 0), c(0, 0, 0, 2, 0), c(0, 0, 0, 2, 0), c(0, 0, 0, 2, 0)},
				extract.Org:    {c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1)},
				extract.Loc:    {c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1), c(0, 0, 0, 0, 1)},
				extract.Date:   {c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0), c(1, 0, 0, 0, 0)},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := New()
			e.Add("doc", text, &brat.Document{Entities: tt.gold}, &brat.Document{Entities: tt.pred})
			r := e.Result()
			for _, s := range Schemes {
				if got := r.Micro[s].Counts; got != tt.micro[s] {
					t.Errorf("micro %s counts: got %+v, want %+v", s, got, tt.micro[s])
				}
				checkPRF(t, "micro "+s.String(), r.Micro[s].PRF, tt.microPRF[s])
			}
			got := map[extract.Label]schemes{}
			for l, ss := range r.Labels {
				for _, s := range Schemes {
					x := got[l]
					x[s] = ss[s].Counts
					got[l] = x
				}
			}
			if !reflect.DeepEqual(got, tt.labels) {
				t.Errorf("labels:\n got %+v\nwant %+v", got, tt.labels)
			}
		})
	}
}

// TestMixed checks the macro averages, the value accuracy and the errors of
// the "mixed" document above.
func TestMixed(t *testing.T) {
	gold := &brat.Document{Entities: []brat.Entity{
		ent("T1", "RANK", 0, 4, "General"), ent("T2", "PERSON", 5, 22), ent("T3", "GPE", 27, 34),
		ent("T4", "PERSON", 37, 42), ent("T5", "GPE", 46, 51), ent("T6", "DATE", 55, 66, "XXXX-12-18"),
	}}
	pred := &brat.Document{Entities: []brat.Entity{
		ent("T1", "RANK", 0, 4, "General"), ent("T2", "PERSON", 5, 14), ent("T3", "LOC", 23, 26),
		ent("T4", "ORG", 27, 34), ent("T5", "PERSON", 37, 42), ent("T6", "DATE", 55, 66, "2023-12-18"),
	}}
	e := New()
	e.Add("mixed", text, gold, pred)
	r := e.Result()

	// Six labels present. Per-label strict P, R, F1: RANK 1, PERSON 0.5
	// (COR 1 of POS 2, ACT 2), DATE 1, GPE/ORG/LOC 0: mean 2.5/6.
	// Partial: PERSON (1+0.5)/2 = 0.75: mean 2.75/6. Type: PERSON 1:
	// mean 3/6.
	checkPRF(t, "macro strict", r.Macro[Strict], PRF{2.5 / 6, 2.5 / 6, 2.5 / 6})
	checkPRF(t, "macro exact", r.Macro[Exact], PRF{2.5 / 6, 2.5 / 6, 2.5 / 6})
	checkPRF(t, "macro partial", r.Macro[Partial], PRF{2.75 / 6, 2.75 / 6, 2.75 / 6})
	checkPRF(t, "macro type", r.Macro[Type], PRF{0.5, 0.5, 0.5})

	wantValues := map[extract.Label]ValueScore{
		extract.Rank: {Matched: 1, Correct: 1, Accuracy: 1},
		extract.Date: {Matched: 1, Correct: 0, Accuracy: 0},
	}
	if !reflect.DeepEqual(r.Values, wantValues) {
		t.Errorf("values: got %+v, want %+v", r.Values, wantValues)
	}

	wantErrors := []Error{
		{Doc: "mixed", Kind: "FP", Span: Span{"PERSON", "Sébastien", 5, 14},
			Context: "Gen. [Sébastien] Lecornu met Vietnam’s Chien i", Paired: &Span{"PERSON", "Sébastien Lecornu", 5, 22}},
		{Doc: "mixed", Kind: "FN", Span: Span{"PERSON", "Sébastien Lecornu", 5, 22},
			Context: "Gen. [Sébastien Lecornu] met Vietnam’s Chien in Paris", Paired: &Span{"PERSON", "Sébastien", 5, 14}},
		{Doc: "mixed", Kind: "FP", Span: Span{"LOC", "met", 23, 26},
			Context: "Gen. Sébastien Lecornu [met] Vietnam’s Chien in Paris on D"},
		{Doc: "mixed", Kind: "FN", Span: Span{"GPE", "Vietnam", 27, 34},
			Context: "Gen. Sébastien Lecornu met [Vietnam]’s Chien in Paris on December", Paired: &Span{"ORG", "Vietnam", 27, 34}},
		{Doc: "mixed", Kind: "FP", Span: Span{"ORG", "Vietnam", 27, 34},
			Context: "Gen. Sébastien Lecornu met [Vietnam]’s Chien in Paris on December", Paired: &Span{"GPE", "Vietnam", 27, 34}},
		{Doc: "mixed", Kind: "FN", Span: Span{"GPE", "Paris", 46, 51},
			Context: "ecornu met Vietnam’s Chien in [Paris] on December 18."},
	}
	if !reflect.DeepEqual(r.Errors, wantErrors) {
		t.Errorf("errors:\n got %+v\nwant %+v", r.Errors, wantErrors)
	}
}

func TestRelations(t *testing.T) {
	gold := &brat.Document{
		Entities: []brat.Entity{ent("T1", "RANK", 0, 4), ent("T2", "PERSON", 5, 22), ent("T3", "PERSON", 37, 42)},
		Relations: []brat.Relation{
			{ID: "R1", Type: "HAS_RANK", Arg1: "T2", Arg2: "T1"},
			{ID: "R2", Type: "ALIAS", Arg1: "T3", Arg2: "T2"},
		},
	}
	// The same entities under other ids, plus a partial "Lecornu".
	pred := &brat.Document{
		Entities: []brat.Entity{
			ent("T7", "PERSON", 5, 22), ent("T8", "RANK", 0, 4), ent("T9", "PERSON", 37, 42),
			ent("T10", "PERSON", 15, 22),
		},
		Relations: []brat.Relation{
			{ID: "R1", Type: "HAS_RANK", Arg1: "T7", Arg2: "T8"},  // correct
			{ID: "R2", Type: "ALIAS", Arg1: "T9", Arg2: "T7"},     // correct
			{ID: "R3", Type: "ALIAS", Arg1: "T9", Arg2: "T7"},     // the gold one is taken
			{ID: "R4", Type: "ALIAS", Arg1: "T9", Arg2: "T10"},    // Arg2 matches no gold entity strictly
			{ID: "R5", Type: "HAS_ROLE", Arg1: "T7", Arg2: "T8"},  // wrong type
			{ID: "R6", Type: "WORKS_FOR", Arg1: "T7", Arg2: "T8"}, // not in the schema
		},
	}
	e := New()
	e.Add("rel", text, gold, pred)
	r := e.Result()
	want := map[extract.RelationType]RelationScore{
		"HAS_RANK": {Gold: 1, Pred: 1, Correct: 1, PRF: PRF{1, 1, 1}},
		// P = 1/3, R = 1/1, F1 = 2·(1/3)·1/(1/3+1) = 0.5
		"ALIAS":    {Gold: 1, Pred: 3, Correct: 1, PRF: PRF{1.0 / 3, 1, 0.5}},
		"HAS_ROLE": {Gold: 0, Pred: 1, Correct: 0},
	}
	if len(r.Relations) != len(want) {
		t.Fatalf("relations: got %+v, want %+v", r.Relations, want)
	}
	for typ, w := range want {
		g := r.Relations[typ]
		if g.Gold != w.Gold || g.Pred != w.Pred || g.Correct != w.Correct {
			t.Errorf("%s: got %+v, want %+v", typ, g, w)
		}
		checkPRF(t, string(typ), g.PRF, w.PRF)
	}
}

// TestAggregate checks that counts add up over documents.
func TestAggregate(t *testing.T) {
	e := New()
	// Doc a: one strict match. Doc b: one partial (same label) and one
	// missed. Strict: COR 1, INC 1, MIS 1, POS 3, ACT 2: P = 1/2, R = 1/3,
	// F1 = 2·(1/2)(1/3)/(5/6) = 0.4.
	e.Add("a", text, &brat.Document{Entities: []brat.Entity{ent("T1", "PERSON", 37, 42)}},
		&brat.Document{Entities: []brat.Entity{ent("T1", "PERSON", 37, 42)}})
	e.Add("b", text, &brat.Document{Entities: []brat.Entity{ent("T1", "PERSON", 5, 22), ent("T2", "GPE", 46, 51)}},
		&brat.Document{Entities: []brat.Entity{ent("T1", "PERSON", 15, 22)}})
	r := e.Result()
	if r.Documents != 2 {
		t.Errorf("documents: got %d, want 2", r.Documents)
	}
	if got, want := r.Micro[Strict].Counts, c(1, 1, 0, 1, 0); got != want {
		t.Errorf("strict: got %+v, want %+v", got, want)
	}
	checkPRF(t, "strict", r.Micro[Strict].PRF, PRF{0.5, 1.0 / 3, 0.4})
	// Partial: COR 1, PAR 1, MIS 1: P = 1.5/2, R = 1.5/3, F1 = 0.6.
	checkPRF(t, "partial", r.Micro[Partial].PRF, PRF{0.75, 0.5, 0.6})
	if len(r.Errors) != 3 || r.Errors[0].Doc != "b" {
		t.Errorf("errors: got %+v, want 3 from b", r.Errors)
	}
}
