package eval

import (
	"encoding/json"
	"strconv"

	"github.com/newsextract/newsextract/internal/version"
)

// ReportSchema names the shape of the JSON report, which
// docs/schema/eval-report.schema.json describes.
const ReportSchema = "newsextract/eval-report/1"

// optional is a ratio that may be undefined: a precision when nothing was
// predicted, a recall when the gold has nothing, an accuracy when nothing
// was matched.
type optional struct {
	v  float64
	ok bool
}

// String formats the ratio with three decimals, or as n/a.
func (o optional) String() string {
	if !o.ok {
		return "n/a"
	}
	return strconv.FormatFloat(o.v, 'f', 3, 64)
}

// MarshalJSON writes the ratio, or null.
func (o optional) MarshalJSON() ([]byte, error) {
	if !o.ok {
		return []byte("null"), nil
	}
	return json.Marshal(o.v)
}

// metricsOf returns p's precision, recall and F1, each defined when
// there is something to divide by.
func metricsOf(p PRF, predicted, gold int) []optional {
	return []optional{{p.P, predicted > 0}, {p.R, gold > 0}, {p.F1, predicted+gold > 0}}
}

// metrics returns the precision, recall and F1 of s.
func (s Score) metrics() []optional { return metricsOf(s.PRF, s.Actual(), s.Possible()) }

// metrics returns the precision, recall and F1 of s.
func (s RelationScore) metrics() []optional { return metricsOf(s.PRF, s.Pred, s.Gold) }

// accuracy returns the accuracy of v.
func (v ValueScore) accuracy() optional { return optional{v.Accuracy, v.Matched > 0} }

// macro returns the macro-averaged precision, recall and F1 under s,
// defined when some label was scored.
func (r *Result) macro(s Scheme) []optional {
	m, ok := r.Macro[s], len(r.Labels) > 0
	return []optional{{m.P, ok}, {m.R, ok}, {m.F1, ok}}
}

// The JSON report. Its field names are lower case with underscores.
type (
	jsonReport struct {
		Schema        string                          `json:"schema"`
		Version       string                          `json:"version"`
		DocumentCount int                             `json:"document_count"`
		Micro         map[string]jsonScore            `json:"micro"`
		Macro         map[string]jsonPRF              `json:"macro"`
		Labels        map[string]map[string]jsonScore `json:"labels"`
		Values        map[string]jsonValue            `json:"values"`
		Relations     map[string]jsonRelation         `json:"relations"`
		Lists         map[string]jsonListRecall       `json:"lists,omitempty"`
		ListsTotal    *jsonListRecall                 `json:"lists_total,omitempty"`
		Documents     []jsonDocument                  `json:"documents"`
		Errors        []jsonError                     `json:"errors,omitempty"`
	}
	jsonListRecall struct {
		Listed         int      `json:"listed"`
		ListedFound    int      `json:"listed_found"`
		ListedRecall   optional `json:"listed_recall"`
		Unlisted       int      `json:"unlisted"`
		UnlistedFound  int      `json:"unlisted_found"`
		UnlistedRecall optional `json:"unlisted_recall"`
	}
	jsonPRF struct {
		Precision optional `json:"precision"`
		Recall    optional `json:"recall"`
		F1        optional `json:"f1"`
	}
	jsonScore struct {
		Correct   int `json:"correct"`
		Incorrect int `json:"incorrect"`
		Partial   int `json:"partial"`
		Missed    int `json:"missed"`
		Spurious  int `json:"spurious"`
		Possible  int `json:"possible"`
		Actual    int `json:"actual"`
		jsonPRF
	}
	jsonValue struct {
		Matched  int      `json:"matched"`
		Correct  int      `json:"correct"`
		Accuracy optional `json:"accuracy"`
	}
	jsonRelation struct {
		Gold      int `json:"gold"`
		Predicted int `json:"predicted"`
		Correct   int `json:"correct"`
		jsonPRF
	}
	jsonDocument struct {
		Name   string               `json:"name"`
		Scores map[string]jsonScore `json:"scores"`
	}
	jsonError struct {
		Document   string    `json:"document"`
		Kind       string    `json:"kind"`
		Label      string    `json:"label"`
		Text       string    `json:"text"`
		Start      int       `json:"start"`
		End        int       `json:"end"`
		Context    string    `json:"context"`
		PairedWith *jsonSpan `json:"paired_with,omitempty"`
	}
	jsonSpan struct {
		Label string `json:"label"`
		Text  string `json:"text"`
		Start int    `json:"start"`
		End   int    `json:"end"`
	}
)

func newJSONListRecall(r ListRecall) jsonListRecall {
	listed, unlisted := r.recalls()
	return jsonListRecall{r.Listed, r.ListedFound, listed, r.Unlisted, r.UnlistedFound, unlisted}
}

func newJSONPRF(ms []optional) jsonPRF { return jsonPRF{ms[0], ms[1], ms[2]} }

func newJSONScore(s Score) jsonScore {
	return jsonScore{s.Correct, s.Incorrect, s.Partial, s.Missed, s.Spurious, s.Possible(), s.Actual(), newJSONPRF(s.metrics())}
}

func newJSONSchemes(ss SchemeScores) map[string]jsonScore {
	m := make(map[string]jsonScore, numSchemes)
	for _, s := range Schemes {
		m[s.String()] = newJSONScore(ss[s])
	}
	return m
}

// jsonReport returns the JSON form of r, with its errors when withErrors.
func (r *Result) jsonReport(withErrors bool) *jsonReport {
	out := &jsonReport{
		Schema:        ReportSchema,
		Version:       version.String(),
		DocumentCount: r.Documents,
		Micro:         newJSONSchemes(r.Micro),
		Macro:         map[string]jsonPRF{},
		Labels:        map[string]map[string]jsonScore{},
		Values:        map[string]jsonValue{},
		Relations:     map[string]jsonRelation{},
		Documents:     []jsonDocument{},
	}
	for _, s := range Schemes {
		out.Macro[s.String()] = newJSONPRF(r.macro(s))
	}
	for l, ss := range r.Labels {
		out.Labels[l.String()] = newJSONSchemes(ss)
	}
	for l, v := range r.Values {
		out.Values[l.String()] = jsonValue{v.Matched, v.Correct, v.accuracy()}
	}
	for t, s := range r.Relations {
		out.Relations[string(t)] = jsonRelation{s.Gold, s.Pred, s.Correct, newJSONPRF(s.metrics())}
	}
	if r.ListsTotal != nil {
		out.Lists = map[string]jsonListRecall{}
		for l, lr := range r.Lists {
			out.Lists[l.String()] = newJSONListRecall(lr)
		}
		total := newJSONListRecall(*r.ListsTotal)
		out.ListsTotal = &total
	}
	for _, d := range r.Docs {
		out.Documents = append(out.Documents, jsonDocument{Name: d.Name, Scores: newJSONSchemes(d.Scores)})
	}
	if withErrors {
		out.Errors = []jsonError{}
		for _, e := range r.Errors {
			je := jsonError{Document: e.Doc, Kind: e.Kind, Label: e.Label, Text: e.Text, Start: e.Start, End: e.End, Context: e.Context}
			if p := e.Paired; p != nil {
				je.PairedWith = &jsonSpan{p.Label, p.Text, p.Start, p.End}
			}
			out.Errors = append(out.Errors, je)
		}
	}
	return out
}
