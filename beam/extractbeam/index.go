package extractbeam

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/newsextract/newsextract/extract"
)

func init() {
	register.Function2x0(mentionKeys)
	register.Function2x0(personEntries)
	register.Function2x0(agreementEntries)
	register.Function2x2(formatCount)
	register.Function2x2(formatPerson)
	register.Function2x2(formatAgreement)
	register.Combiner1[PersonEntry](&peopleFn{})
	register.Combiner1[AgreementEntry](&agreementsFn{})
	register.Emitter2[string, PersonEntry]()
	register.Emitter2[string, AgreementEntry]()
}

// Facts is what the corpus indexes take from one document.
type Facts struct {
	// Mentions holds the key of every entity: its label, a tab and its
	// text with runs of white space made one space.
	Mentions   []string
	People     []PersonEntry
	Agreements []AgreementEntry
}

// PersonEntry is one record of the people index: a person, by the full name
// the documents give, and what they say about them. For one document it is
// what that document says.
type PersonEntry struct {
	Name string `json:"name"`
	// Variants are the texts of every mention: the full name, surnames,
	// nicknames.
	Variants []string `json:"variants"`
	// Documents are the ids of the documents that mention the person.
	Documents []string `json:"documents"`
	// Ranks and Roles are the ranks and offices the documents give the
	// person, with the document and its date.
	Ranks []Report `json:"ranks,omitempty"`
	Roles []Report `json:"roles,omitempty"`
}

// Report is a rank or an office as one document reports it.
type Report struct {
	Value    string `json:"value"`
	Document string `json:"document"`
	// Date is the document creation date, when known.
	Date string `json:"date,omitempty"`
}

// AgreementEntry is one record of the agreements index: an agreement by
// its title, the documents that mention it and their dates.
type AgreementEntry struct {
	Title     string   `json:"title"`
	Documents []string `json:"documents"`
	Dates     []string `json:"dates,omitempty"`
}

// EntityCount is one record of the entities output: how many times an
// entity with this label and text is mentioned in the corpus.
type EntityCount struct {
	Label string `json:"label"`
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// Key returns the index key of a name or a title: s with each run of white
// space made one space, so that a name broken across lines is the same
// name.
func Key(s string) string { return strings.Join(strings.Fields(s), " ") }

// newFacts returns the facts of doc.
func newFacts(doc *extract.Doc) Facts {
	var f Facts
	for _, e := range doc.Entities {
		text := Key(doc.SpanText(e))
		f.Mentions = append(f.Mentions, e.Label.String()+"\t"+text)
		if e.Label == extract.Agreement {
			f.Agreements = append(f.Agreements, AgreementEntry{Title: text, Documents: []string{doc.ID}, Dates: nonEmpty(doc.DCT)})
		}
	}
	for _, p := range doc.People {
		entry := PersonEntry{Name: Key(p.Name), Documents: []string{doc.ID}}
		for _, m := range p.Mentions {
			entry.Variants = append(entry.Variants, Key(doc.SpanText(doc.Entities[m])))
		}
		if p.Rank != "" {
			entry.Ranks = []Report{{Value: p.Rank, Document: doc.ID, Date: doc.DCT}}
		}
		for _, r := range p.Roles {
			entry.Roles = append(entry.Roles, Report{Value: r, Document: doc.ID, Date: doc.DCT})
		}
		f.People = append(f.People, entry)
	}
	return f
}

// nonEmpty returns the list of s, or none when s is empty.
func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// entityCounts counts the mentions of facts by label and text.
func entityCounts(s beam.Scope, facts beam.PCollection) beam.PCollection {
	s = s.Scope("EntityCounts")
	counts := stats.Count(s, beam.ParDo(s, mentionKeys, facts))
	return beam.ParDo(s, formatCount, counts)
}

func mentionKeys(f Facts, emit func(string)) {
	for _, k := range f.Mentions {
		emit(k)
	}
}

func formatCount(key string, n int) (string, error) {
	label, text, _ := strings.Cut(key, "\t")
	return marshal(EntityCount{Label: label, Text: text, Count: n})
}

// peopleIndex merges the people of facts across documents by name.
func peopleIndex(s beam.Scope, facts beam.PCollection) beam.PCollection {
	s = s.Scope("PeopleIndex")
	merged := beam.CombinePerKey(s, &peopleFn{}, beam.ParDo(s, personEntries, facts))
	return beam.ParDo(s, formatPerson, merged)
}

func personEntries(f Facts, emit func(string, PersonEntry)) {
	for _, p := range f.People {
		emit(p.Name, p)
	}
}

func formatPerson(_ string, p PersonEntry) (string, error) { return marshal(p) }

// peopleFn merges the entries of one person. Merging appends, so that
// adding a document costs the same however many came before; the output
// sorts and removes duplicates once.
type peopleFn struct{}

// MergeAccumulators returns the entries of a and b together.
func (*peopleFn) MergeAccumulators(a, b PersonEntry) PersonEntry {
	a.Name = cmp.Or(a.Name, b.Name)
	a.Variants = append(a.Variants, b.Variants...)
	a.Documents = append(a.Documents, b.Documents...)
	a.Ranks = append(a.Ranks, b.Ranks...)
	a.Roles = append(a.Roles, b.Roles...)
	return a
}

// ExtractOutput returns p with its lists sorted and without duplicates.
func (*peopleFn) ExtractOutput(p PersonEntry) PersonEntry {
	p.Variants = sortedSet(p.Variants)
	p.Documents = sortedSet(p.Documents)
	p.Ranks = sortedReports(p.Ranks)
	p.Roles = sortedReports(p.Roles)
	return p
}

// agreementsIndex merges the agreements of facts across documents by
// title.
func agreementsIndex(s beam.Scope, facts beam.PCollection) beam.PCollection {
	s = s.Scope("AgreementsIndex")
	merged := beam.CombinePerKey(s, &agreementsFn{}, beam.ParDo(s, agreementEntries, facts))
	return beam.ParDo(s, formatAgreement, merged)
}

func agreementEntries(f Facts, emit func(string, AgreementEntry)) {
	for _, a := range f.Agreements {
		emit(a.Title, a)
	}
}

func formatAgreement(_ string, a AgreementEntry) (string, error) { return marshal(a) }

// agreementsFn merges the entries of one agreement as peopleFn does those
// of a person.
type agreementsFn struct{}

// MergeAccumulators returns the entries of a and b together.
func (*agreementsFn) MergeAccumulators(a, b AgreementEntry) AgreementEntry {
	a.Title = cmp.Or(a.Title, b.Title)
	a.Documents = append(a.Documents, b.Documents...)
	a.Dates = append(a.Dates, b.Dates...)
	return a
}

// ExtractOutput returns a with its lists sorted and without duplicates.
func (*agreementsFn) ExtractOutput(a AgreementEntry) AgreementEntry {
	a.Documents = sortedSet(a.Documents)
	a.Dates = sortedSet(a.Dates)
	return a
}

// sortedSet sorts s and removes its duplicates.
func sortedSet(s []string) []string {
	slices.Sort(s)
	return slices.Compact(s)
}

// sortedReports sorts s by date, document and value and removes its
// duplicates.
func sortedReports(s []Report) []Report {
	slices.SortFunc(s, func(a, b Report) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.Document, b.Document), cmp.Compare(a.Value, b.Value))
	})
	return slices.Compact(s)
}

// marshal encodes v as one line of JSON.
func marshal(v any) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("encoding %T: %w", v, err)
	}
	return string(b), nil
}
