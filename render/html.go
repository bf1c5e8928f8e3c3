package render

import (
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/newsextract/newsextract/extract"
)

// htmlEncoder writes one self-contained HTML page (inline style sheet, no
// external resources) with a section per document: its text with every
// entity highlighted and, beside it, the people, a timeline of the dates
// and the agreements and events. The first section is held back until a
// second one comes or the stream ends, so that a page about one document
// can be titled by its id.
type htmlEncoder struct {
	w     io.Writer
	title string       // the first document's id
	first bytes.Buffer // the first section, until the page head is written
	seen  htmlCounts   // what the page holds so far
	toc   []tocEntry   // the documents, for the table of contents
}

// tocEntry is one document of a page's table of contents, which pages of
// several documents have.
type tocEntry struct {
	ID, Href         string
	Entities, People int
}

// htmlCounts counts the documents, entities and people of a page, so that
// element ids (doc-N, entity-N, person-N, from 1) are unique in the page
// however many documents it holds.
type htmlCounts struct{ docs, entities, people int }

func newHTMLEncoder(w io.Writer) Encoder { return &htmlEncoder{w: w} }

func (e *htmlEncoder) Encode(doc *extract.Doc) error {
	v := newDocView(doc, e.seen)
	e.toc = append(e.toc, tocEntry{ID: doc.ID, Href: "#" + v.Anchor, Entities: len(doc.Entities), People: len(doc.People)})
	e.seen.docs++
	e.seen.entities += len(doc.Entities)
	e.seen.people += len(doc.People)
	switch e.seen.docs {
	case 1:
		e.title = doc.ID
		return htmlTemplates().ExecuteTemplate(&e.first, "doc", v)
	case 2:
		if err := e.writeHead("Extracted documents"); err != nil {
			return err
		}
	}
	return htmlTemplates().ExecuteTemplate(e.w, "doc", v)
}

// Close writes the page head first if no second document has, and then the
// end of the page.
func (e *htmlEncoder) Close() error {
	var err error
	switch e.seen.docs {
	case 0:
		err = e.writeHead("No documents")
	case 1:
		err = e.writeHead(e.title)
	}
	if err != nil {
		return err
	}
	var toc []tocEntry
	if len(e.toc) > 1 {
		toc = e.toc
	}
	return htmlTemplates().ExecuteTemplate(e.w, "foot", footView{Empty: e.seen.docs == 0, TOC: toc})
}

// footView is what the end of a page shows: a note when the page has no
// document, the table of contents when it has several (drawn at the top).
type footView struct {
	Empty bool
	TOC   []tocEntry
}

// writeHead writes the page up to its body, titled title, and then the
// held-back first section.
func (e *htmlEncoder) writeHead(title string) error {
	if err := htmlTemplates().ExecuteTemplate(e.w, "head", title); err != nil {
		return err
	}
	_, err := e.first.WriteTo(e.w)
	return err
}

// docView is what the page shows of one document.
type docView struct {
	Anchor  string
	ID, DCT string
	Legend  []legendEntry
	Text    []textPiece
	People  []personRow
	Dates   []dateEntry
	Things  []thingEntry // the agreements and events
}

// legendEntry is one label of the legend and its number of entities.
type legendEntry struct {
	Label, Class string
	Count        int
}

// textPiece is a stretch of the text: an entity when Mark is set, plain
// text otherwise.
type textPiece struct {
	Text string
	Mark *markView
}

// markView is the highlight of one entity. Title tells its label, value and
// code-point offsets; Person is the anchor of the person record a short
// mention links to, or "". First marks the first entity of its label in
// its paragraph, which shows its label as a tag (the others show it on
// hover and focus), so that labels read without colour.
type markView struct {
	ID, Class, Title, Person, Label string
	First                           bool
}

// personRow is one row of the people table; Href links to the first
// mention. Rank, Roles and Mentions link to the marks the person's
// relations point to: the rank and offices (HAS_RANK, HAS_ROLE) and every
// mention (the short ones tied by ALIAS).
type personRow struct {
	ID, Href, Name, Org, Country string
	Rank, Roles, Mentions        []mention
}

// dateEntry is one date of the timeline and its mentions.
type dateEntry struct {
	Value    string // "" when the extractor gave none
	Mentions []mention
}

// thingEntry is an agreement or an event, Count times mentioned; Href links
// to the first mention.
type thingEntry struct {
	Label, Class, Text, Href string
	Count                    int
}

// mention is a link to an entity of the text; Count, when above 1, says
// how many entities of the same text it stands for.
type mention struct {
	Text, Href string
	Count      int
}

// newDocView lays doc out for the page; prev counts what the page held
// before it.
func newDocView(doc *extract.Doc, prev htmlCounts) *docView {
	entityID := func(i int) string { return "entity-" + strconv.Itoa(prev.entities+i+1) }
	personID := func(j int) string { return "person-" + strconv.Itoa(prev.people+j+1) }
	v := &docView{
		Anchor: "doc-" + strconv.Itoa(prev.docs+1),
		ID:     doc.ID,
		DCT:    doc.DCT,
	}

	counts := map[extract.Label]int{}
	for _, s := range doc.Entities {
		counts[s.Label]++
	}
	for _, l := range extract.Labels {
		v.Legend = append(v.Legend, legendEntry{Label: l.String(), Class: LabelClass(l.String()), Count: counts[l]})
	}

	links := aliasLinks(doc)

	// The text, cut at the entities, which are in text order and never
	// overlap.
	at := uint32(0)
	dates := map[string]int{} // value → index in v.Dates
	type thing struct {
		label extract.Label
		text  string
	}
	things := map[thing]int{}          // → index in v.Things
	tagged := map[extract.Label]bool{} // labels tagged in this paragraph
	for i, s := range doc.Entities {
		text := doc.SpanText(s)
		if at < s.Start {
			between := doc.Text[at:s.Start]
			v.Text = append(v.Text, textPiece{Text: between})
			if isParagraphBreak(between) {
				clear(tagged)
			}
		}
		mark := &markView{ID: entityID(i), Class: LabelClass(s.Label.String()), Title: markTitle(doc, s),
			Label: s.Label.String(), First: !tagged[s.Label]}
		tagged[s.Label] = true
		if j, ok := links[i]; ok {
			mark.Person = personID(j)
		}
		v.Text = append(v.Text, textPiece{Text: text, Mark: mark})
		at = s.End

		m := mention{Text: text, Href: "#" + entityID(i)}
		switch s.Label {
		case extract.Date:
			k, ok := dates[s.Value(doc)]
			if !ok {
				k = len(v.Dates)
				dates[s.Value(doc)] = k
				v.Dates = append(v.Dates, dateEntry{Value: s.Value(doc)})
			}
			v.Dates[k].Mentions = append(v.Dates[k].Mentions, m)
		case extract.Agreement, extract.Event:
			key := thing{s.Label, text}
			k, ok := things[key]
			if !ok {
				k = len(v.Things)
				things[key] = k
				v.Things = append(v.Things, thingEntry{Label: s.Label.String(), Class: LabelClass(s.Label.String()), Text: text, Href: m.Href})
			}
			v.Things[k].Count++
		}
	}
	if int(at) < len(doc.Text) {
		v.Text = append(v.Text, textPiece{Text: doc.Text[at:]})
	}
	slices.SortStableFunc(v.Dates, func(a, b dateEntry) int {
		return cmp.Or(cmp.Compare(dateRank(a.Value), dateRank(b.Value)), strings.Compare(a.Value, b.Value))
	})

	link := func(k int) mention { return mention{Text: doc.SpanText(doc.Entities[k]), Href: "#" + entityID(k)} }
	for j, p := range doc.People {
		row := personRow{
			ID:      personID(j),
			Name:    p.Name,
			Org:     p.Org,
			Country: p.Country,
		}
		if len(p.Mentions) > 0 {
			row.Href = "#" + entityID(p.Mentions[0])
		}
		mine := map[int]bool{}
		for _, k := range p.Mentions {
			mine[k] = true
			row.Mentions = appendMention(row.Mentions, link(k))
		}
		for _, r := range doc.Relations {
			if !mine[r.Arg1] {
				continue
			}
			switch r.Type {
			case extract.HasRank:
				row.Rank = appendMention(row.Rank, link(r.Arg2))
			case extract.HasRole:
				row.Roles = appendMention(row.Roles, link(r.Arg2))
			}
		}
		v.People = append(v.People, row)
	}
	return v
}

// appendMention appends m to list unless a mention of the same text is
// there, which then counts one more: a name, rank or office said several
// times is listed once, linked to its first mark.
func appendMention(list []mention, m mention) []mention {
	for i := range list {
		if list[i].Text == m.Text {
			list[i].Count++
			return list
		}
	}
	m.Count = 1
	return append(list, m)
}

// isParagraphBreak reports whether s, text between two entities, holds a
// blank line.
func isParagraphBreak(s string) bool {
	return strings.Contains(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n")
}

// aliasLinks maps the short mentions of doc (the first arguments of ALIAS
// relations) to the index of their person record in doc.People.
func aliasLinks(doc *extract.Doc) map[int]int {
	personOf := map[int]int{} // entity index → person index
	for j, p := range doc.People {
		for _, m := range p.Mentions {
			personOf[m] = j
		}
	}
	links := map[int]int{}
	for _, r := range doc.Relations {
		if r.Type != extract.Alias {
			continue
		}
		j, ok := personOf[r.Arg1]
		if !ok {
			j, ok = personOf[r.Arg2]
		}
		if ok {
			links[r.Arg1] = j
		}
	}
	return links
}

// markTitle is the tooltip of the entity s: its label, its value if any
// (for a DATE, with what the value was worked out from) and its code-point
// offsets.
func markTitle(doc *extract.Doc, s extract.Span) string {
	parts := []string{s.Label.String()}
	if s.Value(doc) != "" {
		parts = append(parts, s.Value(doc))
	}
	if s.Label == extract.Date {
		parts = append(parts, "anchor: "+s.Anchor.String())
	}
	parts = append(parts, fmt.Sprintf("code points %d–%d", doc.CodePoints(s.Start), doc.CodePoints(s.End)))
	return strings.Join(parts, " · ")
}

// dateRank orders the timeline: complete ISO values first, then values
// with unknown (X) parts, then dates without a value.
func dateRank(value string) int {
	switch {
	case value == "":
		return 2
	case strings.ContainsRune(value, 'X'):
		return 1
	default:
		return 0
	}
}

// LabelClass returns the class of HTMLStyle that colours the entities of
// label, such as "l-person" for PERSON.
func LabelClass(label string) string { return "l-" + strings.ToLower(label) }

// HTMLIndex collects the pages the html format writes with --out, for an
// index page that links them. The zero value is ready for use.
type HTMLIndex struct{ rows []indexRow }

// indexRow is one document of the index page.
type indexRow struct {
	ID, Href         string
	Entities, People int
}

// Add records that doc was written to page, the slash-separated path of
// its HTML file relative to the folder of the index page.
func (x *HTMLIndex) Add(page string, doc *extract.Doc) {
	x.rows = append(x.rows, indexRow{
		ID:       doc.ID,
		Href:     "./" + page, // so that a colon in a name is not read as a URL scheme
		Entities: len(doc.Entities),
		People:   len(doc.People),
	})
}

// Write writes the index page, a self-contained HTML page with one row per
// document added, to w.
func (x *HTMLIndex) Write(w io.Writer) error {
	return htmlTemplates().ExecuteTemplate(w, "index", x.rows)
}

// HTMLStyle is the style sheet of the html format's pages, for other pages
// of the project (the eval report) to look the same. Entities are coloured
// by the classes LabelClass names.
const HTMLStyle = `
body { margin: 0; padding: 24px 32px; background: #f3f4f6; color: #1f2328;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
section { max-width: 1500px; margin: 0 auto 24px; padding: 20px 24px; background: #fff;
  border: 1px solid #d8dee4; border-radius: 8px; }
h1 { margin: 0 0 12px; font-size: 1.35rem; }
h2 { margin: 0 0 8px; font-size: 1rem; color: #3d4650; }
.meta { margin-left: 8px; color: #656d76; font-size: .85rem; font-weight: normal; }
.empty { color: #656d76; font-style: italic; }
table { width: 100%; border-collapse: collapse; font-size: .85rem; margin-bottom: 20px; }
th, td { padding: 4px 8px; border-bottom: 1px solid #e5e8eb; text-align: left; vertical-align: top; }
th { background: #f0f2f4; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr:target { background: #fff5c2; }
a { color: #0b5cad; text-decoration: none; }
a:hover { text-decoration: underline; }
.tag { display: inline-block; padding: 0 7px; border: 1px solid; border-radius: 10px;
  font-size: .72rem; font-weight: 600; letter-spacing: .02em; white-space: nowrap; }
.l-person { background: #fde7b0; border-color: #c99a06; }
.l-org { background: #cfe2fb; border-color: #3b7dd8; }
.l-gpe { background: #cdeccd; border-color: #3a9a3a; }
.l-loc { background: #aee8dc; border-color: #23968a; }
.l-rank { background: #f9d0d0; border-color: #c94444; }
.l-role { background: #e6d7f7; border-color: #8a4fd1; }
.l-date { background: #e6f5b0; border-color: #7a9a12; }
.l-agreement { background: #ffc49a; border-color: #dc6f1f; }
.l-event { background: #e0e0e0; border-color: #6b6b6b; }
`

// htmlPage holds the templates of the html format: "head" (data: the page
// title) and "foot" (data: whether the page is empty) frame a page; "doc"
// (data: *docView) is the section of a document and "index" (data:
// []indexRow) the whole index page.
const htmlPage = `{{define "head"}}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.}}</title>
<style>` + HTMLStyle + `
.legend { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 16px; padding: 0; list-style: none; }
.legend .none { opacity: .45; }
.cols { display: grid; gap: 32px; align-items: start; }
@media (min-width: 900px) {
  .cols { grid-template-columns: minmax(0, 1.3fr) minmax(380px, 1fr); }
  aside { position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto; }
}
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1rem; line-height: 1.75; }
mark { color: inherit; padding: 1px 2px; border-radius: 3px; border-bottom: 2px solid; position: relative; }
mark:focus { outline: 2px solid #0b5cad; }
mark.first::after, mark:hover::after, mark:focus::after { content: attr(data-label); margin-left: 3px;
  padding: 0 3px; border-radius: 3px; background: #1f2328; color: #fff; font-size: .6rem; font-weight: 600;
  letter-spacing: .03em; vertical-align: super; line-height: 1; }
nav.toc ol { margin: 0; padding-left: 1.4em; columns: 2; }
body:has(> nav.toc) { display: flex; flex-direction: column; }
nav.toc { order: -1; }
mark a { color: inherit; text-decoration: underline dotted; }
mark:target { outline: 2px solid #e3a008; }
.timeline { margin: 0 0 20px 6px; padding: 0; list-style: none; border-left: 2px solid #d0d7de; }
.timeline li { position: relative; padding: 0 0 8px 16px; }
.timeline li::before { content: ""; position: absolute; left: -6px; top: 6px; width: 10px; height: 10px;
  border-radius: 50%; background: #7a9a12; }
.timeline .when { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-weight: 600; margin-right: 6px; }
.things { margin: 0; padding: 0; list-style: none; }
.things li { margin-bottom: 6px; }
</style>
</head>
<body>
{{end}}

{{define "foot"}}{{if .Empty}}<p class="empty">No documents.</p>
{{end}}{{with .TOC}}<nav class="toc" aria-label="Documents">
<section>
<h1>Documents<span class="meta">{{len .}}</span></h1>
<ol>
{{- range .}}
<li><a href="{{.Href}}">{{.ID}}</a> <span class="meta">{{.Entities}} entities, {{.People}} people</span></li>
{{- end}}
</ol>
</section>
</nav>
{{end}}</body>
</html>
{{end}}

{{define "doc"}}<section id="{{.Anchor}}">
<h1>{{.ID}}{{with .DCT}}<span class="meta">DCT {{.}}</span>{{end}}</h1>
<ul class="legend">
{{- range .Legend}}
<li class="tag {{.Class}}{{if not .Count}} none{{end}}">{{.Label}} {{.Count}}</li>
{{- end}}
</ul>
<div class="cols">
<div class="text">
{{- range .Text}}
{{- if .Mark}}<mark id="{{.Mark.ID}}" class="{{.Mark.Class}}{{if .Mark.First}} first{{end}}" title="{{.Mark.Title}}" data-label="{{.Mark.Label}}" tabindex="0">
{{- if .Mark.Person}}<a href="#{{.Mark.Person}}">{{.Text}}</a>{{else}}{{.Text}}{{end}}</mark>
{{- else}}{{.Text}}{{end}}
{{- end -}}
</div>
<aside>
<h2>People</h2>
{{with .People -}}
<table>
<tr><th>name</th><th>rank</th><th>offices</th><th>organisation</th><th>country</th><th>mentions</th></tr>
{{- range .}}
<tr id="{{.ID}}"><td>{{if .Href}}<a href="{{.Href}}">{{.Name}}</a>{{else}}{{.Name}}{{end}}</td><td class="rank">{{template "links" .Rank}}</td><td class="roles">{{template "links" .Roles}}</td><td>{{.Org}}</td><td>{{.Country}}</td><td class="mentions">{{template "links" .Mentions}}</td></tr>
{{- end}}
</table>
{{else -}}
<p class="empty">None.</p>
{{end -}}
<h2>Timeline</h2>
{{with .Dates -}}
<ol class="timeline">
{{- range .}}
<li><span class="when">{{or .Value "no value"}}</span>
{{- range $i, $m := .Mentions}}{{if $i}},{{end}} <a href="{{$m.Href}}">{{$m.Text}}</a>{{end}}</li>
{{- end}}
</ol>
{{else -}}
<p class="empty">None.</p>
{{end -}}
<h2>Agreements and events</h2>
{{with .Things -}}
<ul class="things">
{{- range .}}
<li><span class="tag {{.Class}}">{{.Label}}</span> <a href="{{.Href}}">{{.Text}}</a>{{if gt .Count 1}} ×{{.Count}}{{end}}</li>
{{- end}}
</ul>
{{else -}}
<p class="empty">None.</p>
{{end -}}
</aside>
</div>
</section>
{{end}}

{{define "links"}}{{range $i, $m := .}}{{if $i}}; {{end}}<a href="{{$m.Href}}">{{$m.Text}}</a>{{if gt $m.Count 1}} ×{{$m.Count}}{{end}}{{end}}{{end}}

{{define "index"}}{{template "head" "Extracted documents"}}{{with .}}<section>
<h1>Extracted documents</h1>
<table>
<tr><th>document</th><th>entities</th><th>people</th></tr>
{{- range .}}
<tr><td><a href="{{.Href}}">{{.ID}}</a></td><td class="num">{{.Entities}}</td><td class="num">{{.People}}</td></tr>
{{- end}}
</table>
</section>
{{end}}{{template "foot" (foot (not .))}}{{end}}`

// htmlTemplates returns the parsed templates of htmlPage, parsed on first
// use: not at the start of every process that imports the package (a
// millisecond of CPU), most of which writes no HTML.
var htmlTemplates = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("html").Funcs(template.FuncMap{
		"foot": func(empty bool) footView { return footView{Empty: empty} },
	}).Parse(htmlPage))
})
