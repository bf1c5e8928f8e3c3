package eval

import (
	"html/template"
	"io"
	"strings"
	"sync"

	"github.com/newsextract/newsextract/render"
)

// htmlReport is what the HTML report shows.
type htmlReport struct {
	Documents int
	Tables    []htmlTable
	Docs      []htmlDoc
}

// htmlTable is a section of the text report as an HTML table.
type htmlTable struct {
	Title  string
	Header []string
	Rows   [][]htmlCell
}

// htmlCell is a table cell; numbers are aligned right.
type htmlCell struct {
	Text string
	Num  bool
}

// htmlDoc is the strict errors of one document.
type htmlDoc struct {
	Name   string
	FN, FP int
	Rows   []errorRow
}

// errorRow shows an error with the gold span beside the predicted one.
// Before, Span and After are its context cut around the span.
type errorRow struct {
	Kind                string // "FN" or "FP"
	Gold, Pred          errorSide
	Before, Span, After string
}

// errorSide is one side of an error row: the span in error, or what the
// error's span was paired with on this side, if anything.
type errorSide struct {
	Err    *Error
	Paired string
}

// writeHTML writes r as a self-contained HTML page: the tables of the text
// report, then the strict errors of each document that has some.
func (r *Result) writeHTML(w io.Writer) error {
	rep := htmlReport{Documents: r.Documents}
	for _, s := range r.sections(false) {
		t := htmlTable{Title: s.title, Header: s.header}
		for _, row := range s.rows {
			cells := make([]htmlCell, len(row))
			for i, c := range row {
				cells[i] = htmlCell{Text: c, Num: isNumber(c)}
			}
			t.Rows = append(t.Rows, cells)
		}
		rep.Tables = append(rep.Tables, t)
	}
	for i := range r.Errors {
		e := &r.Errors[i]
		if n := len(rep.Docs); n == 0 || rep.Docs[n-1].Name != e.Doc {
			rep.Docs = append(rep.Docs, htmlDoc{Name: e.Doc})
		}
		d := &rep.Docs[len(rep.Docs)-1]
		row := errorRow{Kind: e.Kind}
		own, other := errorSide{Err: e}, errorSide{}
		if e.Paired != nil {
			other.Paired = e.Paired.String()
		}
		if e.Kind == "FN" {
			d.FN++
			row.Gold, row.Pred = own, other
		} else {
			d.FP++
			row.Gold, row.Pred = other, own
		}
		row.Before, row.Span, row.After = cutContext(e)
		d.Rows = append(d.Rows, row)
	}
	return reportTemplate().Execute(w, rep)
}

// cutContext splits the context of e around its bracketed span; all of it
// is Before if the span cannot be found.
func cutContext(e *Error) (before, span, after string) {
	span = "[" + strings.Join(strings.Fields(e.Text), " ") + "]"
	before, after, ok := strings.Cut(e.Context, span)
	if !ok {
		return e.Context, "", ""
	}
	return before, span, after
}

// reportTemplate returns the template of an htmlReport, parsed on first
// use, not at the start of every process that imports the package.
var reportTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report").Funcs(template.FuncMap{
		"class": render.LabelClass,
	}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Evaluation report</title>
<style>` + render.HTMLStyle + `
table { width: auto; min-width: 50%; }
table.errors { width: 100%; }
.context { color: #656d76; }
.context strong { color: #1f2328; }
.offsets { color: #656d76; font-size: .8em; white-space: nowrap; }
.kind { font-weight: 700; }
dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; font-size: .9em; }
dl.legend dt { font-weight: 700; }
dl.legend dd { margin: 0; }
.FN .kind { color: #b42318; }
.FP .kind { color: #b54708; }
.FN td.err { background: #fee4e2; }
.FP td.err { background: #fef0c7; }
</style>
</head>
<body>
<section>
<h1>Evaluation report<span class="meta">{{.Documents}} documents</span></h1>
<dl class="legend">
<dt>COR</dt><dd>correct: a prediction matches a gold span</dd>
<dt>INC</dt><dd>incorrect: a prediction is paired with a gold span but its label or boundaries are wrong for the scheme</dd>
<dt>PAR</dt><dd>partial: the spans overlap (partial scheme only; counts half)</dd>
<dt>MIS</dt><dd>missed: a gold span that no prediction touches</dd>
<dt>SPU</dt><dd>spurious: a prediction that touches no gold span</dd>
<dt>POS, ACT</dt><dd>the number of gold spans and of predictions; P = COR/ACT, R = COR/POS</dd>
<dt>n/a</dt><dd>nothing to divide by: no prediction (P), no gold span (R), nothing matched (accuracy)</dd>
</dl>
{{- range .Tables}}
<h2>{{.Title}}</h2>
<table>
<tr>{{range .Header}}<th>{{.}}</th>{{end}}</tr>
{{- range .Rows}}
<tr>{{range .}}<td{{if .Num}} class="num"{{end}}>{{.Text}}</td>{{end}}</tr>
{{- end}}
</table>
{{- end}}
</section>
<section>
<h1>Strict errors by document<span class="meta">FN: in gold, not predicted; FP: predicted, not in gold</span></h1>
{{- range .Docs}}
<h2>{{.Name}}<span class="meta">{{.FN}} FN, {{.FP}} FP</span></h2>
<table class="errors">
<tr><th>kind</th><th>gold</th><th>predicted</th><th>context</th></tr>
{{- range .Rows}}
<tr class="{{.Kind}}"><td class="kind">{{.Kind}}</td>{{template "side" .Gold}}{{template "side" .Pred}}<td class="context">{{.Before}}{{with .Span}}<strong>{{.}}</strong>{{end}}{{.After}}</td></tr>
{{- end}}
</table>
{{- else}}
<p class="empty">None.</p>
{{- end}}
</section>
</body>
</html>
{{define "side"}}{{with .Err}}<td class="err"><span class="tag {{class .Label}}">{{.Label}}</span> {{.Text}} <span class="offsets">{{.Start}}–{{.End}}</span></td>
{{- else}}<td>{{or .Paired "—"}}</td>{{end}}{{end}}`))
})
