package eval

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsextract/newsextract/brat"
	"github.com/newsextract/newsextract/internal/golden"
	"github.com/newsextract/newsextract/internal/schematest"
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

// TestReportJSONSchema checks the JSON report, with and without errors,
// against docs/schema/eval-report.schema.json, and the values other tools
// rely on.
func TestReportJSONSchema(t *testing.T) {
	for _, withErrors := range []bool{false, true} {
		var buf bytes.Buffer
		if err := sampleResult().Report(&buf, ReportOptions{Format: FormatJSON, Errors: withErrors}); err != nil {
			t.Fatal(err)
		}
		schematest.Check(t, "../docs/schema/eval-report.schema.json", buf.Bytes())
		var got struct {
			Micro     map[string]struct{ F1 *float64 }
			Values    map[string]struct{ Accuracy *float64 }
			Relations map[string]struct{ Precision *float64 }
			Documents []struct{ Name string }
			Errors    []struct {
				PairedWith *struct{ Text string } `json:"paired_with"`
			}
		}
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if f1 := got.Micro["strict"].F1; f1 == nil || *f1 < 0.46 || *f1 > 0.47 {
			t.Errorf("micro.strict.f1 = %v, want 0.4615…", f1)
		}
		if p := got.Relations["HAS_RANK"].Precision; p != nil {
			t.Errorf("relations.HAS_RANK.precision = %v with nothing predicted, want null", *p)
		}
		if names := len(got.Documents); names != 2 {
			t.Errorf("%d documents, want 2", names)
		}
		if withErrors && (len(got.Errors) != 7 || got.Errors[0].PairedWith == nil || got.Errors[0].PairedWith.Text != "Sébastien Lecornu") {
			t.Errorf("errors = %+v", got.Errors)
		}
	}
}

// TestReportColumns checks that the table of errors fits the width it is
// given (the tables of scores have only short cells).
func TestReportColumns(t *testing.T) {
	var buf bytes.Buffer
	if err := sampleResult().Report(&buf, ReportOptions{Format: FormatTable, Errors: true, Columns: 80}); err != nil {
		t.Fatal(err)
	}
	_, errorTable, ok := strings.Cut(buf.String(), "Strict errors")
	if !ok {
		t.Fatal("no table of errors")
	}
	for line := range strings.Lines(errorTable) {
		if n := utf8.RuneCountInString(strings.TrimSuffix(line, "\n")); n > 80 {
			t.Errorf("line %d wide: %q", n, line)
		}
	}
}

func TestReportUnknownFormat(t *testing.T) {
	if err := sampleResult().Report(&bytes.Buffer{}, ReportOptions{Format: "xml"}); err == nil {
		t.Error("no error for format xml")
	}
}
