package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/render"
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
	// Columns is the width the tables of the table format must fit, 0
	// for no limit.
	Columns int
}

// Report writes r to w in the chosen format. The JSON form is described
// by docs/schema/eval-report.schema.json; a precision, recall, F1 or
// accuracy that nothing defines (a precision with nothing predicted) is
// null in JSON and n/a in the other formats.
func (r *Result) Report(w io.Writer, opts ReportOptions) error {
	switch opts.Format {
	case FormatJSON:
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(r.jsonReport(opts.Errors))
	case FormatTable, FormatMarkdown:
		for i, s := range r.sections(opts.Errors) {
			if err := s.render(w, opts.Format, i == 0, opts.Columns); err != nil {
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
			itoa(c.Possible()), itoa(c.Actual())}, texts(c.metrics())...))
	}
	for _, s := range Schemes {
		overall.rows = append(overall.rows, append([]string{"macro", s.String(), "", "", "", "", "", "", ""}, texts(r.macro(s))...))
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
		labels.rows = append(labels.rows, append(append([]string{l.String(),
			itoa(st.Possible()), itoa(st.Actual()), itoa(st.Correct)}, texts(st.metrics())...),
			ls[Exact].metrics()[2].String(), ls[Partial].metrics()[2].String(), ls[Type].metrics()[2].String()))
	}

	values := section{
		title:  "Normalised values (of the entities matched strictly)",
		header: []string{"label", "matched", "correct", "accuracy"},
	}
	for _, l := range valueLabels {
		v := r.Values[l]
		values.rows = append(values.rows, []string{l.String(), itoa(v.Matched), itoa(v.Correct), v.accuracy().String()})
	}

	relations := section{
		title:  "Relations",
		header: []string{"type", "gold", "pred", "correct", "P", "R", "F1"},
	}
	for _, t := range extract.RelationTypes {
		s := r.Relations[t]
		relations.rows = append(relations.rows, append([]string{string(t), itoa(s.Gold), itoa(s.Pred), itoa(s.Correct)}, texts(s.metrics())...))
	}

	docs := section{
		title:  "Entities by document (strict)",
		header: []string{"document", "gold", "pred", "COR", "INC", "PAR", "MIS", "SPU", "P", "R", "F1"},
	}
	for _, d := range r.Docs {
		c := d.Scores[Strict]
		docs.rows = append(docs.rows, append([]string{d.Name, itoa(c.Possible()), itoa(c.Actual()),
			itoa(c.Correct), itoa(c.Incorrect), itoa(c.Partial), itoa(c.Missed), itoa(c.Spurious)}, texts(c.metrics())...))
	}

	out := []section{overall, labels, values, relations}
	if r.ListsTotal != nil {
		out = append(out, r.listsSection())
	}
	out = append(out, docs)
	if withErrors {
		errs := section{
			title:  fmt.Sprintf("Strict errors: %d (FP: predicted, not in gold; FN: in gold, not predicted)", len(r.Errors)),
			header: []string{"doc", "kind", "label", "start", "end", "text", "paired with", "context"},
		}
		for _, e := range r.Errors {
			paired := ""
			if e.Paired != nil {
				paired = e.Paired.String()
			}
			errs.rows = append(errs.rows, []string{e.Doc, e.Kind, e.Label, itoa(e.Start), itoa(e.End), render.CellText(e.Text), paired, e.Context})
		}
		out = append(out, errs)
	}
	return out
}

// render writes the section as a table of the given format (table or
// markdown), after a blank line unless it is the first; a table fits
// columns (0 for no limit).
func (s section) render(w io.Writer, f Format, first bool, columns int) error {
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
			if !isNumber(row[i]) && row[i] != "" {
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
	} else {
		rows = render.FitColumns(s.header, rows, columns)
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

// isNumber reports whether a cell holds a number, or the n/a of a ratio
// that nothing defines.
func isNumber(cell string) bool {
	_, err := strconv.ParseFloat(cell, 64)
	return err == nil || cell == "n/a"
}

func itoa(n int) string { return strconv.Itoa(n) }

// texts returns the text forms of ms.
func texts(ms []optional) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.String()
	}
	return out
}

// listsSection lays out the generalisation meter: strict recall of gold
// names the extractor's lists hold against names they do not.
func (r *Result) listsSection() section {
	s := section{
		title:  "Names in the lists vs not (strict recall of gold names)",
		header: []string{"label", "listed", "found", "R listed", "unlisted", "found", "R unlisted"},
	}
	row := func(name string, lr ListRecall) []string {
		listed, unlisted := lr.recalls()
		return []string{name, itoa(lr.Listed), itoa(lr.ListedFound), listed.String(),
			itoa(lr.Unlisted), itoa(lr.UnlistedFound), unlisted.String()}
	}
	for _, l := range extract.Labels {
		if lr, ok := r.Lists[l]; ok {
			s.rows = append(s.rows, row(l.String(), lr))
		}
	}
	s.rows = append(s.rows, row("all", *r.ListsTotal))
	return s
}
