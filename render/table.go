package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/newsextract/newsextract/extract"
)

// Terminal is a writer whose tables must fit Columns columns (0 for no
// limit): the table and people formats wrap long cells to fit when they
// write to one.
type Terminal struct {
	io.Writer
	Columns int
}

// columnsOf returns the width the tables written to w must fit, 0 for no
// limit.
func columnsOf(w io.Writer) int {
	if t, ok := w.(Terminal); ok {
		return t.Columns
	}
	return 0
}

// tableEncoder writes each document as a title line and a table with one
// row per entity. A document of more than MaxTableRows entities gets
// several tables of at most MaxTableRows rows, each as wide as its own
// cells, and its title says so: a table is held whole before it is
// written, and a huge document's would need many times the document's
// memory.
type tableEncoder struct{ w io.Writer }

// MaxTableRows is the most rows of one table of the table format.
const MaxTableRows = 10000

func newTableEncoder(w io.Writer) Encoder { return tableEncoder{w: w} }

func (e tableEncoder) Encode(doc *extract.Doc) error {
	ents := doc.Entities
	title := fmt.Sprintf("%s: %s", titleOf(doc), count(len(ents), "entity", "entities"))
	if len(ents) > MaxTableRows {
		title += fmt.Sprintf(", in tables of %d rows", MaxTableRows)
	}
	if _, err := fmt.Fprintln(e.w, title); err != nil {
		return err
	}
	header := []string{"label", "text", "value", "start", "end"}
	rows := make([][]string, 0, min(len(ents), MaxTableRows))
	for start := 0; start < len(ents); start += MaxTableRows {
		rows = rows[:0]
		for _, s := range ents[start:min(len(ents), start+MaxTableRows)] {
			rows = append(rows, []string{
				s.Label.String(),
				CellText(doc.SpanText(s)),
				s.Value(doc),
				strconv.Itoa(doc.CodePoints(s.Start)),
				strconv.Itoa(doc.CodePoints(s.End)),
			})
		}
		if err := renderTable(e.w, header, rows, 3, 4); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(e.w)
	return err
}

func (e tableEncoder) Close() error { return nil }

// peopleEncoder writes each document as a title line and a table with one
// row per person.
type peopleEncoder struct{ w io.Writer }

func newPeopleEncoder(w io.Writer) Encoder { return peopleEncoder{w: w} }

func (e peopleEncoder) Encode(doc *extract.Doc) error {
	rows := make([][]string, len(doc.People))
	for i, p := range doc.People {
		rows[i] = []string{
			CellText(p.Name),
			p.Rank,
			CellText(strings.Join(p.Roles, "; ")),
			CellText(p.Org),
			CellText(p.Country),
			strconv.Itoa(len(p.Mentions)),
		}
	}
	title := fmt.Sprintf("%s: %s", titleOf(doc), count(len(rows), "person", "people"))
	return writeTable(e.w, title, []string{"name", "rank", "roles", "org", "country", "mentions"}, rows, 5)
}

func (e peopleEncoder) Close() error { return nil }

// titleOf names doc in a table title: its id and, when known, its DCT.
func titleOf(doc *extract.Doc) string {
	if doc.DCT == "" {
		return doc.ID
	}
	return fmt.Sprintf("%s (DCT %s)", doc.ID, doc.DCT)
}

// count returns n followed by the singular or plural noun.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// lineMark stands in a table cell for a line break of the text, so that a
// row stays one line a cell and the break stays visible.
const lineMark = "↵"

// CellText returns s for a table cell: line breaks shown as "↵", tabs as
// spaces.
func CellText(s string) string { return cellBreaks.Replace(s) }

var cellBreaks = strings.NewReplacer("\r\n", lineMark+" ", "\n", lineMark+" ", "\r", lineMark+" ", "\t", " ")

// writeTable writes a title line and then a table of rows under header,
// followed by a blank line; the columns listed in right are aligned right.
// When w is a Terminal with a width, long cells are wrapped so that the
// table fits it (see FitColumns); otherwise cells are never wrapped.
func writeTable(w io.Writer, title string, header []string, rows [][]string, right ...int) error {
	if _, err := fmt.Fprintln(w, title); err != nil {
		return err
	}
	if err := renderTable(w, header, rows, right...); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w)
	return err
}

// renderTable writes the table of rows under header, nothing when there
// are no rows, as writeTable describes.
func renderTable(w io.Writer, header []string, rows [][]string, right ...int) error {
	if len(rows) == 0 {
		return nil
	}
	aligns := make([]tw.Align, len(header))
	for i := range aligns {
		aligns[i] = tw.AlignLeft
	}
	for _, i := range right {
		aligns[i] = tw.AlignRight
	}
	opts := []tablewriter.Option{
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{PerColumn: aligns}),
	}
	rows = FitColumns(header, rows, columnsOf(w))
	table := tablewriter.NewTable(w, opts...)
	table.Header(header)
	for _, row := range rows {
		if err := table.Append(row); err != nil {
			return err
		}
	}
	return table.Render()
}

// minColumn is the narrowest a column is made to fit a terminal.
const minColumn = 8

// FitColumns returns rows, under header, with their cells wrapped onto
// several lines so that a table of tablewriter's default style, borders
// included, is at most columns wide: the widest
// column is narrowed first, down to minColumn or its header. Without a
// width (0), or when the table fits, rows are returned as they are.
func FitColumns(header []string, rows [][]string, columns int) [][]string {
	if columns <= 0 {
		return rows
	}
	widths := make([]int, len(header))
	for i, h := range header {
		widths[i] = utf8.RuneCountInString(h)
	}
	for _, row := range rows {
		for i, c := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	// Each column takes a border and a space on either side.
	budget := columns - 3*len(header) - 1
	floor := make([]int, len(header))
	for i, h := range header {
		floor[i] = min(widths[i], max(minColumn, utf8.RuneCountInString(h)))
	}
	for sum(widths) > budget {
		widest := -1 // the widest column that can still narrow
		for i, w := range widths {
			if w > floor[i] && (widest < 0 || w > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			break // as narrow as it goes
		}
		widths[widest]--
	}
	out := make([][]string, len(rows))
	for r, row := range rows {
		out[r] = make([]string, len(row))
		for i, c := range row {
			out[r][i] = wrap(c, widths[i])
		}
	}
	return out
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

// wrap breaks s into lines of at most width code points, at spaces where
// it can and inside a word longer than a line.
func wrap(s string, width int) string {
	if utf8.RuneCountInString(s) <= width {
		return s
	}
	var lines []string
	line := []rune{}
	for _, word := range strings.Fields(s) {
		w := []rune(word)
		if len(line) > 0 && len(line)+1+len(w) > width {
			lines = append(lines, string(line))
			line = line[:0]
		}
		if len(line) > 0 {
			line = append(line, ' ')
		}
		line = append(line, w...)
		for len(line) > width {
			lines = append(lines, string(line[:width]))
			line = append([]rune{}, line[width:]...)
		}
	}
	if len(line) > 0 {
		lines = append(lines, string(line))
	}
	return strings.Join(lines, "\n")
}
