package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/newsextract/newsextract/extract"
)

// Format is a rendering of a Result.
type Format string

// The report formats.
const (
	FormatTable    Format = "table"    // text tables for a terminal
	FormatMarkdown Format = "markdown" // Markdown tables, e.g. for CI summaries
	FormatJSON     Format = "json"     // one JSON object
	FormatHTML     Format = "html"     // a self-contained HTML page, always with the errors by document
)

// Formats lists every report format.
var Formats = []Format{FormatTable, FormatMarkdown, FormatJSON, FormatHTML}

// ReportOptions choose what Report writes.
type ReportOptions struct {
	Format Format
	// Errors adds the list of strict errors.
	Errors bool
}

// Report writes r to w in the chosen format. The JSON form is
//
//	{"micro": {"strict": {"P", "R", "F1", "COR", "INC", "PAR", "MIS", "SPU",
//	 "POS", "ACT"}, "exact": …, "partial": …, "type": …},
//	 "macro": {"strict": {"P", "R", "F1"}, …},
//	 "labels": {"PERSON": {"strict": …, …}, …},
//	 "values": {"DATE": {"matched", "correct", "accuracy"}, "RANK": …},
//	 "relations": {"HAS_RANK": {"gold", "pred", "correct", "P", "R", "F1"}, …},
//	 "documents": N, "errors": [...]}
//
// with "errors" only when opts.Errors is set.
func (r *Result) Report(w io.Writer, opts ReportOptions) error {
	switch opts.Format {
	case FormatJSON:
		out := *r
		if !opts.Errors {
			out.Errors = nil
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(&out)
	case FormatTable, FormatMarkdown:
		for i, s := range r.sections(opts.Errors) {
			if err := s.render(w, opts.Format, i == 0); err != nil {
				return fmt.Errorf("report section %q: %w", s.title, err)
			}
		}
		return nil
	case FormatHTML:
		return r.writeHTML(w)
	default:
		return fmt.Errorf("unknown report format %q", opts.Format)
	}
}

// section is one titled table of a text report.
type section struct {
	title  string
	header []string
	rows   [][]string
}

// sections lays out r as the tables of the text formats.
func (r *Result) sections(withErrors bool) []section {
	overall := section{
		title:  fmt.Sprintf("Entities: %d documents", r.Documents),
		header: []string{"average", "scheme", "COR", "INC", "PAR", "MIS", "SPU", "POS", "ACT", "P", "R", "F1"},
	}
	for _, s := range Schemes {
		c := r.Micro[s]
		overall.rows = append(overall.rows, append([]string{"micro", s.String(),
			itoa(c.Correct), itoa(c.Incorrect), itoa(c.Partial), itoa(c.Missed), itoa(c.Spurious),
			itoa(c.Possible()), itoa(c.Actual())}, prf(c.PRF)...))
	}
	for _, s := range Schemes {
		overall.rows = append(overall.rows, append([]string{"macro", s.String(), "", "", "", "", "", "", ""}, prf(r.Macro[s])...))
	}

	labels := section{
		title:  "Entities by label (COR, P, R, F1: strict)",
		header: []string{"label", "gold", "pred", "COR", "P", "R", "F1", "exact F1", "partial F1", "type F1"},
	}
	for _, l := range extract.Labels {
		ls, ok := r.Labels[l]
		if !ok {
			continue
		}
		st := ls[Strict]
		labels.rows = append(labels.rows, append(append([]string{string(l),
			itoa(st.Possible()), itoa(st.Actual()), itoa(st.Correct)}, prf(st.PRF)...),
			ratio(ls[Exact].F1), ratio(ls[Partial].F1), ratio(ls[Type].F1)))
	}

	values := section{
		title:  "Normalised values (of the entities matched strictly)",
		header: []string{"label", "matched", "correct", "accuracy"},
	}
	for _, l := range valueLabels {
		v := r.Values[l]
		values.rows = append(values.rows, []string{string(l), itoa(v.Matched), itoa(v.Correct), ratio(v.Accuracy)})
	}

	relations := section{
		title:  "Relations",
		header: []string{"type", "gold", "pred", "correct", "P", "R", "F1"},
	}
	for _, t := range extract.RelationTypes {
		s := r.Relations[t]
		relations.rows = append(relations.rows, append([]string{string(t), itoa(s.Gold), itoa(s.Pred), itoa(s.Correct)}, prf(s.PRF)...))
	}

	out := []section{overall, labels, values, relations}
	if r.ListsTotal != nil {
		out = append(out, r.listsSection())
	}
	if withErrors {
		errs := section{
			title:  fmt.Sprintf("Strict errors: %d (FP: predicted, not in gold; FN: in gold, not predicted)", len(r.Errors)),
			header: []string{"doc", "kind", "label", "start", "end", "text", "paired with", "context"},
		}
		for _, e := range r.Errors {
			errs.rows = append(errs.rows, []string{e.Doc, e.Kind, e.Label, itoa(e.Start), itoa(e.End), e.Text, e.Paired, e.Context})
		}
		out = append(out, errs)
	}
	return out
}

// render writes the section as a table of the given format (table or
// markdown), after a blank line unless it is the first.
func (s section) render(w io.Writer, f Format, first bool) error {
	sep := "\n"
	if first {
		sep = ""
	}
	title := s.title
	if f == FormatMarkdown {
		title = "### " + title
	}
	if _, err := fmt.Fprintf(w, "%s%s\n", sep, title); err != nil {
		return err
	}
	if f == FormatMarkdown {
		if _, err := fmt.Fprintln(w); err != nil {
			return err
		}
	}
	if len(s.rows) == 0 {
		_, err := fmt.Fprintln(w, "(none)")
		return err
	}

	// Numbers are aligned right, text left.
	aligns := make([]tw.Align, len(s.header))
	for i := range aligns {
		aligns[i] = tw.AlignRight
		for _, row := range s.rows {
			if _, err := strconv.ParseFloat(row[i], 64); err != nil && row[i] != "" {
				aligns[i] = tw.AlignLeft
				break
			}
		}
	}
	opts := []tablewriter.Option{
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{PerColumn: aligns}),
	}
	rows := s.rows
	if f == FormatMarkdown {
		opts = append(opts, tablewriter.WithRenderer(renderer.NewMarkdown()))
		rows = escapeMarkdown(rows)
	}
	table := tablewriter.NewTable(w, opts...)
	table.Header(s.header)
	for _, row := range rows {
		if err := table.Append(row); err != nil {
			return err
		}
	}
	return table.Render()
}

// escapeMarkdown returns rows with the characters that would end a Markdown
// table cell escaped.
func escapeMarkdown(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, row := range rows {
		out[i] = make([]string, len(row))
		for j, cell := range row {
			out[i][j] = strings.ReplaceAll(cell, "|", `\|`)
		}
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

// ratio formats a value between 0 and 1 with three decimals.
func ratio(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }

func prf(s PRF) []string { return []string{ratio(s.P), ratio(s.R), ratio(s.F1)} }

// MarshalJSON writes the counts, POS and ACT, then P, R and F1, as one
// object.
func (s Score) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		COR, INC, PAR, MIS, SPU, POS, ACT int
		P, R, F1                          float64
	}{
		s.Correct, s.Incorrect, s.Partial, s.Missed, s.Spurious, s.Possible(), s.Actual(),
		s.P, s.R, s.F1,
	})
}

// MarshalJSON writes an object keyed by scheme name, in scheme order.
func (ss SchemeScores) MarshalJSON() ([]byte, error) { return schemeObject(ss[:]) }

// MarshalJSON writes an object keyed by scheme name, in scheme order.
func (a Averages) MarshalJSON() ([]byte, error) { return schemeObject(a[:]) }

// schemeObject marshals one value per scheme as an object keyed by scheme
// name, in scheme order.
func schemeObject[T any](vals []T) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, v := range vals {
		if i > 0 {
			buf.WriteByte(',')
		}
		b, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&buf, "%q:%s", Scheme(i), b)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// listsSection lays out the generalisation meter: strict recall of gold
// names the extractor's lists hold against names they do not.
func (r *Result) listsSection() section {
	s := section{
		title:  "Names in the lists vs not (strict recall of gold names)",
		header: []string{"label", "listed", "found", "R listed", "unlisted", "found", "R unlisted"},
	}
	recall := func(n int, r float64) string {
		if n == 0 {
			return "n/a"
		}
		return ratio(r)
	}
	row := func(name string, lr ListRecall) []string {
		return []string{name, itoa(lr.Listed), itoa(lr.ListedFound), recall(lr.Listed, lr.ListedRecall),
			itoa(lr.Unlisted), itoa(lr.UnlistedFound), recall(lr.Unlisted, lr.UnlistedRecall)}
	}
	for _, l := range extract.Labels {
		if lr, ok := r.Lists[l]; ok {
			s.rows = append(s.rows, row(string(l), lr))
		}
	}
	s.rows = append(s.rows, row("all", *r.ListsTotal))
	return s
}
