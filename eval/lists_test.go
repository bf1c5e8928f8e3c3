package eval

import (
	"testing"

	"github.com/newsextract/newsextract/brat"
	"github.com/newsextract/newsextract/extract"
)

// fakeLister lists the names in its map; only PERSON and GPE have lists.
type fakeLister map[string]bool

func (f fakeLister) Listed(l extract.Label, text string) (bool, bool) {
	if l != extract.Person && l != extract.GPE {
		return false, false
	}
	return f[text], true
}

func TestMeasureLists(t *testing.T) {
	ent := func(id, label string, start, end int, text string) brat.Entity {
		return brat.Entity{ID: id, Label: label, Start: start, End: end, Text: text}
	}
	gold := &brat.Document{Entities: []brat.Entity{
		ent("T1", "PERSON", 0, 4, "Anna"),   // listed, found
		ent("T2", "PERSON", 5, 9, "Bode"),   // unlisted, found
		ent("T3", "GPE", 10, 15, "Paris"),   // listed, missed (wrong label)
		ent("T4", "GPE", 16, 20, "Ruri"),    // unlisted, missed (wrong span)
		ent("T5", "ROLE", 21, 27, "Consul"), // no lists: not counted
	}}
	pred := &brat.Document{Entities: []brat.Entity{
		ent("T1", "PERSON", 0, 4, "Anna"),
		ent("T2", "PERSON", 5, 9, "Bode"),
		ent("T3", "LOC", 10, 15, "Paris"),
		ent("T4", "GPE", 16, 19, "Rur"),
		ent("T5", "ROLE", 21, 27, "Consul"),
	}}
	ev := New()
	ev.MeasureLists(fakeLister{"Anna": true, "Paris": true})
	ev.Add("d", "Anna Bode Paris Ruri Consul", gold, pred)
	r := ev.Result()

	tests := []struct {
		label extract.Label
		want  ListRecall
	}{
		{extract.Person, ListRecall{Listed: 1, ListedFound: 1, ListedRecall: 1, Unlisted: 1, UnlistedFound: 1, UnlistedRecall: 1}},
		{extract.GPE, ListRecall{Listed: 1, Unlisted: 1}},
	}
	for _, tt := range tests {
		if got := r.Lists[tt.label]; got != tt.want {
			t.Errorf("%s: got %+v, want %+v", tt.label, got, tt.want)
		}
	}
	if _, ok := r.Lists[extract.Role]; ok {
		t.Errorf("ROLE has no lists but was counted: %+v", r.Lists[extract.Role])
	}
	want := ListRecall{Listed: 2, ListedFound: 1, ListedRecall: 0.5, Unlisted: 2, UnlistedFound: 1, UnlistedRecall: 0.5}
	if *r.ListsTotal != want {
		t.Errorf("total: got %+v, want %+v", *r.ListsTotal, want)
	}
}

func TestNoListsWithoutLister(t *testing.T) {
	ev := New()
	ev.Add("d", "Anna", &brat.Document{Entities: []brat.Entity{{ID: "T1", Label: "PERSON", End: 4, Text: "Anna"}}}, &brat.Document{})
	if r := ev.Result(); r.Lists != nil || r.ListsTotal != nil {
		t.Errorf("lists measured without a lister: %+v %+v", r.Lists, r.ListsTotal)
	}
}
