package render

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/version"
)

// tokenStage is the default pipeline's tokenizer, which gives the
// documents built by hand their tokens.
var tokenStage = sync.OnceValues(func() (extract.Stage, error) {
	p, err := extract.New(extract.Config{})
	if err != nil {
		return nil, err
	}
	return p.Stages()[0], nil
})

// tokenized gives doc its tokens.
func tokenized(doc *extract.Doc) *extract.Doc {
	tk, err := tokenStage()
	if err == nil {
		err = tk.Process(doc)
	}
	if err != nil {
		panic(err)
	}
	return doc
}

// testDoc returns a small document with multibyte characters before and
// inside its spans: "é" and "’" are two and three bytes but one code point.
func testDoc() *extract.Doc {
	const text = "Gen. Sébastien Lecornu met Vietnam’s Chien.\nThey agreed."
	doc := tokenized(&extract.Doc{
		ID:   "doc1",
		Text: text,
		DCT:  "2023-12-19",
		Entities: []extract.Span{
			{Start: 0, End: 4, Label: extract.Rank},
			{Start: 5, End: 23, Label: extract.Person},
			{Start: 28, End: 35, Label: extract.GPE},
			{Start: 40, End: 45, Label: extract.Person},
		},
		Relations: []extract.Relation{
			{Type: extract.HasRank, Arg1: 1, Arg2: 0},
			{Type: extract.Alias, Arg1: 3, Arg2: 1},
		},
		People: []extract.PersonRecord{
			{Name: "Sébastien Lecornu", Mentions: []int{1, 3}, Rank: "General", Roles: []string{"Minister", "Deputy"}, Country: "France"},
		},
	})
	doc.SetValue(&doc.Entities[0], "General")
	return doc
}

// emptyDoc returns a document with no text.
func emptyDoc() *extract.Doc { return &extract.Doc{ID: "empty"} }

// head is how every JSON record starts.
var head = `{"schema":"` + DocumentSchema + `","version":"` + version.String() + `",`

var (
	docJSONL = head + `"id":"doc1","dct":"2023-12-19","entities":[` +
		`{"label":"RANK","text":"Gen.","start":0,"end":4,"byte_start":0,"byte_end":4,"value":"General"},` +
		`{"label":"PERSON","text":"Sébastien Lecornu","start":5,"end":22,"byte_start":5,"byte_end":23},` +
		`{"label":"GPE","text":"Vietnam","start":27,"end":34,"byte_start":28,"byte_end":35},` +
		`{"label":"PERSON","text":"Chien","start":37,"end":42,"byte_start":40,"byte_end":45}],` +
		`"relations":[{"type":"HAS_RANK","arg1":1,"arg2":0},{"type":"ALIAS","arg1":3,"arg2":1}],` +
		`"people":[{"name":"Sébastien Lecornu","mentions":[1,3],"rank":"General","roles":["Minister","Deputy"],"country":"France"}]}` + "\n"
	docBrat = "T1\tRANK 0 4\tGen.\n" +
		"T2\tPERSON 5 22\tSébastien Lecornu\n" +
		"T3\tGPE 27 34\tVietnam\n" +
		"T4\tPERSON 37 42\tChien\n" +
		"#1\tAnnotatorNotes T1\tGeneral\n" +
		"R1\tHAS_RANK Arg1:T2 Arg2:T1\n" +
		"R2\tALIAS Arg1:T4 Arg2:T2\n"
	emptyJSONL = head + `"id":"empty","entities":[],"relations":[],"people":[]}` + "\n"
	errorJSONL = head + `"id":"bad.txt","error":"invalid UTF-8 at byte 3"}` + "\n"
	emptyJSON  = `{
    "schema": "` + DocumentSchema + `",
    "version": "` + version.String() + `",
    "id": "empty",
    "entities": [],
    "relations": [],
    "people": []
  }`
	errorJSON = `{
    "schema": "` + DocumentSchema + `",
    "version": "` + version.String() + `",
    "id": "bad.txt",
    "error": "invalid UTF-8 at byte 3"
  }`
)

// item is one thing to encode: a document, or an error record.
type item struct {
	doc  *extract.Doc
	name string
	err  error
}

var errUTF8 = errors.New("invalid UTF-8 at byte 3")

func TestFormats(t *testing.T) {
	tests := []struct {
		format string
		items  []item
		want   string
	}{
		{"jsonl", nil, ""},
		{"jsonl", []item{{doc: testDoc()}, {name: "bad.txt", err: errUTF8}, {doc: emptyDoc()}}, docJSONL + errorJSONL + emptyJSONL},
		{"json", nil, "[]\n"},
		{"json", []item{{doc: emptyDoc()}}, "[\n  " + emptyJSON + "\n]\n"},
		{"json", []item{{name: "bad.txt", err: errUTF8}}, "[\n  " + errorJSON + "\n]\n"},
		{"json", []item{{doc: emptyDoc()}, {name: "bad.txt", err: errUTF8}}, "[\n  " + emptyJSON + ",\n  " + errorJSON + "\n]\n"},
		{"brat", []item{{doc: testDoc()}, {doc: emptyDoc()}, {doc: testDoc()}}, docBrat + "\n\n" + docBrat},
		{"conll", []item{{doc: testDoc()}, {doc: emptyDoc()}},
			"-DOCSTART-\tO\n\n" +
				"Gen.\tB-RANK\nSébastien\tB-PERSON\nLecornu\tI-PERSON\nmet\tO\nVietnam\tB-GPE\n’s\tO\nChien\tB-PERSON\n.\tO\n\n" +
				"They\tO\nagreed\tO\n.\tO\n\n" +
				"-DOCSTART-\tO\n\n"},
		{"table", []item{{doc: testDoc()}, {doc: emptyDoc()}},
			"doc1 (DCT 2023-12-19): 4 entities\n" +
				"┌────────┬───────────────────┬─────────┬───────┬─────┐\n" +
				"│ LABEL  │       TEXT        │  VALUE  │ START │ END │\n" +
				"├────────┼───────────────────┼─────────┼───────┼─────┤\n" +
				"│ RANK   │ Gen.              │ General │     0 │   4 │\n" +
				"│ PERSON │ Sébastien Lecornu │         │     5 │  22 │\n" +
				"│ GPE    │ Vietnam           │         │    27 │  34 │\n" +
				"│ PERSON │ Chien             │         │    37 │  42 │\n" +
				"└────────┴───────────────────┴─────────┴───────┴─────┘\n\n" +
				"empty: 0 entities\n\n"},
		{"people", []item{{doc: testDoc()}},
			"doc1 (DCT 2023-12-19): 1 person\n" +
				"┌───────────────────┬─────────┬──────────────────┬─────┬─────────┬──────────┐\n" +
				"│       NAME        │  RANK   │      ROLES       │ ORG │ COUNTRY │ MENTIONS │\n" +
				"├───────────────────┼─────────┼──────────────────┼─────┼─────────┼──────────┤\n" +
				"│ Sébastien Lecornu │ General │ Minister; Deputy │     │ France  │        2 │\n" +
				"└───────────────────┴─────────┴──────────────────┴─────┴─────────┴──────────┘\n\n"},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			f, err := ByName(tt.format)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			enc := f.New(&buf)
			for _, it := range tt.items {
				if it.doc != nil {
					err = enc.Encode(it.doc)
				} else {
					err = enc.(ErrorEncoder).EncodeError(it.name, it.err)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			if err := enc.Close(); err != nil {
				t.Fatal(err)
			}
			if got := buf.String(); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestByName(t *testing.T) {
	for _, name := range Names() {
		f, err := ByName(name)
		if err != nil || f.Name != name || f.Ext == "" || f.Help == "" || f.New == nil {
			t.Errorf("ByName(%q) = %+v, %v", name, f, err)
		}
	}
	if _, err := ByName("xml"); err == nil || !strings.Contains(err.Error(), `"xml"`) {
		t.Errorf("ByName(xml) error = %v, want one naming xml", err)
	}
}

// TestTableWidth checks that the table formats fit a terminal's width,
// wrapping long cells and keeping every line of a table the same width,
// show a line break inside a cell as a mark, and do not wrap without a
// width.
func TestTableWidth(t *testing.T) {
	const text = "The Agreement on the Mutual Protection of Classified\nInformation was signed by Sébastien Lecornu."
	doc := &extract.Doc{
		ID:   "wide",
		Text: text,
		Entities: []extract.Span{
			{Start: 4, End: uint32(strings.Index(text, " was")), Label: extract.Agreement},
			{Start: uint32(strings.Index(text, "Sébastien")), End: uint32(len(text) - 1), Label: extract.Person},
		},
		People: []extract.PersonRecord{{Name: "Sébastien Lecornu", Mentions: []int{1}, Roles: []string{"Minister of the Armed Forces of the French Republic"}}},
	}
	for _, format := range []string{"table", "people"} {
		f, err := ByName(format)
		if err != nil {
			t.Fatal(err)
		}
		for _, columns := range []int{0, 60} {
			var buf bytes.Buffer
			var w io.Writer = &buf
			if columns > 0 {
				w = Terminal{Writer: &buf, Columns: columns}
			}
			enc := f.New(w)
			if err := enc.Encode(doc); err != nil {
				t.Fatal(err)
			}
			if err := enc.Close(); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if format == "table" && !strings.Contains(strings.ReplaceAll(out, "\n", " "), "Classified↵") {
				t.Errorf("%s, %d columns: no line-break mark:\n%s", format, columns, out)
			}
			width := -1
			for line := range strings.Lines(out) {
				line = strings.TrimSuffix(line, "\n")
				if !strings.HasPrefix(line, "│") && !strings.HasPrefix(line, "┌") && !strings.HasPrefix(line, "└") && !strings.HasPrefix(line, "├") {
					continue
				}
				n := utf8.RuneCountInString(line)
				if width < 0 {
					width = n
				}
				if n != width {
					t.Errorf("%s, %d columns: line %q is %d wide, the table %d", format, columns, line, n, width)
				}
			}
			switch {
			case columns > 0 && width > columns:
				t.Errorf("%s: table %d wide for %d columns:\n%s", format, width, columns, out)
			case columns == 0 && width <= 60:
				t.Errorf("%s: table wrapped without a width:\n%s", format, out)
			}
		}
	}
}

// TestTableParts checks that a document of more than MaxTableRows
// entities is written as tables of at most MaxTableRows rows, every entity
// once and in order, under a title that says so, and one of exactly
// MaxTableRows as one table.
func TestTableParts(t *testing.T) {
	for _, tc := range []struct {
		entities, tables int
		title            string
	}{
		{MaxTableRows, 1, "many: 10000 entities\n"},
		{2*MaxTableRows + 1, 3, "many: 20001 entities, in tables of 10000 rows\n"},
	} {
		doc := &extract.Doc{ID: "many", Text: strings.Repeat("Hanoi ", tc.entities)}
		for i := range tc.entities {
			doc.Entities = append(doc.Entities, extract.Span{Start: uint32(6 * i), End: uint32(6*i + 5), Label: extract.GPE})
		}
		var buf bytes.Buffer
		if err := newTableEncoder(&buf).Encode(doc); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if !strings.HasPrefix(out, tc.title) {
			t.Errorf("%d entities: title %q, want %q", tc.entities, strings.SplitAfter(out, "\n")[0], tc.title)
		}
		if got := strings.Count(out, "┌"); got != tc.tables {
			t.Errorf("%d entities: %d tables, want %d", tc.entities, got, tc.tables)
		}
		rows := 0
		for line := range strings.Lines(out) {
			if strings.Contains(line, "Hanoi") {
				if want := 6 * rows; !strings.Contains(line, fmt.Sprintf(" %d │", want)) {
					t.Fatalf("%d entities: row %d is %q, want start %d", tc.entities, rows, line, want)
				}
				rows++
			}
		}
		if rows != tc.entities {
			t.Errorf("%d entities: %d rows", tc.entities, rows)
		}
	}
}
