package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/newsextract/newsextract/extract"
)

// tableEncoder writes each document as a title line and a table with one
// row per entity.
type tableEncoder struct{ w io.Writer }

func newTableEncoder(w io.Writer) Encoder { return tableEncoder{w: w} }

func (e tableEncoder) Encode(doc *extract.Doc) error {
	rows := make([][]string, len(doc.Entities))
	for i, s := range doc.Entities {
		rows[i] = []string{
			string(s.Label),
			oneLine(doc.SpanText(s)),
			s.Value,
			strconv.Itoa(doc.CodePoints(s.Start)),
			strconv.Itoa(doc.CodePoints(s.End)),
		}
	}
	title := fmt.Sprintf("%s: %s", titleOf(doc), count(len(rows), "entity", "entities"))
	return writeTable(e.w, title, []string{"label", "text", "value", "start", "end"}, rows, 3, 4)
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
			p.Name,
			p.Rank,
			strings.Join(p.Roles, "; "),
			p.Org,
			p.Country,
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

// writeTable writes a title line and then a table of rows under header,
// followed by a blank line; the columns listed in right are aligned right.
// Cells are never wrapped.
func writeTable(w io.Writer, title string, header []string, rows [][]string, right ...int) error {
	if _, err := fmt.Fprintln(w, title); err != nil {
		return err
	}
	if len(rows) > 0 {
		aligns := make([]tw.Align, len(header))
		for i := range aligns {
			aligns[i] = tw.AlignLeft
		}
		for _, i := range right {
			aligns[i] = tw.AlignRight
		}
		table := tablewriter.NewTable(w,
			tablewriter.WithRowAutoWrap(tw.WrapNone),
			tablewriter.WithRowAlignmentConfig(tw.CellAlignment{PerColumn: aligns}),
		)
		table.Header(header)
		for _, row := range rows {
			if err := table.Append(row); err != nil {
				return err
			}
		}
		if err := table.Render(); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w)
	return err
}
