package eval

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsextract/newsextract/brat"
	"github.com/newsextract/newsextract/internal/golden"
)

// sampleResult scores the "mixed" document of TestMixed, with relations,
// and a second document with nothing predicted.
func sampleResult() *Result {
	gold := &brat.Document{
		Entities: []brat.Entity{
			ent("T1", "RANK", 0, 4, "General"), ent("T2", "PERSON", 5, 22), ent("T3", "GPE", 27, 34),
			ent("T4", "PERSON", 37, 42), ent("T5", "GPE", 46, 51), ent("T6", "DATE", 55, 66, "XXXX-12-18"),
		},
		Relations: []brat.Relation{
			{ID: "R1", Type: "HAS_RANK", Arg1: "T2", Arg2: "T1"},
			{ID: "R2", Type: "ALIAS", Arg1: "T4", Arg2: "T2"},
		},
	}
	pred := &brat.Document{
		Entities: []brat.Entity{
			ent("T1", "RANK", 0, 4, "General"), ent("T2", "PERSON", 5, 14), ent("T3", "LOC", 23, 26),
			ent("T4", "ORG", 27, 34), ent("T5", "PERSON", 37, 42), ent("T6", "DATE", 55, 66, "2023-12-18"),
		},
		Relations: []brat.Relation{{ID: "R1", Type: "ALIAS", Arg1: "T5", Arg2: "T2"}},
	}
	e := New()
	e.Add("mixed", text, gold, pred)
	e.Add("empty|pred", text, &brat.Document{Entities: []brat.Entity{ent("T1", "PERSON", 37, 42)}}, &brat.Document{})
	return e.Result()
}

func TestReportGolden(t *testing.T) {
	r := sampleResult()
	tests := []struct {
		file string
		opts ReportOptions
	}{
		{"report.table", ReportOptions{Format: FormatTable}},
		{"report_errors.table", ReportOptions{Format: FormatTable, Errors: true}},
		{"report_errors.md", ReportOptions{Format: FormatMarkdown, Errors: true}},
		{"report.json", ReportOptions{Format: FormatJSON}},
		{"report_errors.json", ReportOptions{Format: FormatJSON, Errors: true}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var buf bytes.Buffer
			if err := r.Report(&buf, tt.opts); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", tt.file), buf.Bytes())
		})
	}
}

// TestReportJSONShape checks the keys other tools rely on.
func TestReportJSONShape(t *testing.T) {
	var buf bytes.Buffer
	if err := sampleResult().Report(&buf, ReportOptions{Format: FormatJSON}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Micro map[string]struct {
			P, R, F1                          *float64
			COR, INC, PAR, MIS, SPU, POS, ACT *int
		}
		Macro  map[string]struct{ P, R, F1 *float64 }
		Labels map[string]map[string]struct{ F1 *float64 }
		Values map[string]struct {
			Matched, Correct *int
			Accuracy         *float64
		}
		Relations map[string]struct {
			Gold, Pred, Correct *int
			P, R, F1            *float64
		}
		Documents *int
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &top); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for k := range top {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if want := []string{"documents", "labels", "macro", "micro", "relations", "values"}; !slices.Equal(keys, want) {
		t.Errorf("top-level keys: got %v, want %v", keys, want)
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"strict", "exact", "partial", "type"} {
		m, ok := got.Micro[s]
		if !ok || m.P == nil || m.F1 == nil || m.COR == nil || m.POS == nil || m.ACT == nil {
			t.Errorf("micro %s: %+v", s, m)
		}
		if a, ok := got.Macro[s]; !ok || a.F1 == nil {
			t.Errorf("macro %s missing", s)
		}
	}
	if got.Labels["PERSON"]["strict"].F1 == nil {
		t.Error("labels.PERSON.strict.F1 missing")
	}
	if v := got.Values["DATE"]; v.Matched == nil || *v.Matched != 1 || v.Accuracy == nil {
		t.Errorf("values.DATE: %+v", v)
	}
	if r := got.Relations["ALIAS"]; r.Gold == nil || *r.Gold != 1 || r.F1 == nil {
		t.Errorf("relations.ALIAS: %+v", r)
	}
	if got.Documents == nil || *got.Documents != 2 {
		t.Errorf("documents: %v", got.Documents)
	}
}

func TestReportUnknownFormat(t *testing.T) {
	if err := sampleResult().Report(&bytes.Buffer{}, ReportOptions{Format: "xml"}); err == nil {
		t.Error("no error for format xml")
	}
}
