package render

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/version"
)

// DocumentSchema names the shape of the JSON document records, which
// docs/schema/document.schema.json describes. It changes only when a field
// changes meaning or goes away; new fields may appear under the same name.
const DocumentSchema = "newsextract/document/1"

// Record is the JSON form of one extracted document, as the json and jsonl
// formats write it. Empty strings are omitted; lists are always present.
type Record struct {
	Schema    string                 `json:"schema"`
	Version   string                 `json:"version"`
	ID        string                 `json:"id"`
	DCT       string                 `json:"dct,omitempty"`
	Entities  []Entity               `json:"entities"`
	Relations []Relation             `json:"relations"`
	People    []extract.PersonRecord `json:"people"`
}

// Entity is the JSON form of an entity. Start and End count code points,
// ByteStart and ByteEnd bytes (of UTF-8), into the document text; both are
// end exclusive.
type Entity struct {
	Label     string `json:"label"`
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	ByteStart int    `json:"byte_start"`
	ByteEnd   int    `json:"byte_end"`
	Value     string `json:"value,omitempty"`
	// ValueReason says, for a DATE, what its value was worked out from:
	// "text", "dct", "tense", "date" or "none" (see extract.Anchor).
	ValueReason string `json:"value_reason,omitempty"`
}

// Relation is the JSON form of a relation; Arg1 and Arg2 index
// Record.Entities.
type Relation struct {
	Type string `json:"type"`
	Arg1 int    `json:"arg1"`
	Arg2 int    `json:"arg2"`
}

// ErrorRecord stands in the json and jsonl formats for a document that could
// not be processed: ID names the input and Error says why.
type ErrorRecord struct {
	Schema  string `json:"schema"`
	Version string `json:"version"`
	ID      string `json:"id"`
	Error   string `json:"error"`
}

// NewRecord returns the JSON form of doc. Its slices are never nil, so that
// they encode as [] rather than null.
func NewRecord(doc *extract.Doc) *Record {
	r := &Record{
		Schema:    DocumentSchema,
		Version:   version.String(),
		ID:        doc.ID,
		DCT:       doc.DCT,
		Entities:  make([]Entity, len(doc.Entities)),
		Relations: make([]Relation, len(doc.Relations)),
		People:    doc.People,
	}
	for i, s := range doc.Entities {
		r.Entities[i] = Entity{
			Label:     s.Label.String(),
			Text:      doc.SpanText(s),
			Start:     doc.CodePoints(s.Start),
			End:       doc.CodePoints(s.End),
			ByteStart: int(s.Start),
			ByteEnd:   int(s.End),
			Value:     s.Value(doc),
		}
		if s.Label == extract.Date {
			r.Entities[i].ValueReason = s.Anchor.String()
		}
	}
	for i, rel := range doc.Relations {
		r.Relations[i] = Relation{Type: string(rel.Type), Arg1: rel.Arg1, Arg2: rel.Arg2}
	}
	if r.People == nil {
		r.People = []extract.PersonRecord{}
	}
	return r
}

// NewErrorRecord returns the record that stands for the input name, which
// could not be processed because of err.
func NewErrorRecord(name string, err error) *ErrorRecord {
	return &ErrorRecord{Schema: DocumentSchema, Version: version.String(), ID: name, Error: err.Error()}
}

// DocumentJSON returns the record of doc as one indented JSON object and a
// newline: a single document's JSON, as an HTTP response gives it (the
// json format wraps the same records in an array).
func DocumentJSON(doc *extract.Doc) ([]byte, error) {
	var buf bytes.Buffer
	if err := json.Indent(&buf, appendRecord(nil, doc), "", "  "); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// marshal encodes v as compact JSON without escaping <, > and &, which
// news text is full of.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// jsonlEncoder writes one compact JSON record a line, each document's
// through one reused buffer, written out as it fills (see writeRecord).
type jsonlEncoder struct {
	w   io.Writer
	buf []byte
}

func newJSONLEncoder(w io.Writer) Encoder { return &jsonlEncoder{w: w} }

func (e *jsonlEncoder) Encode(doc *extract.Doc) error {
	b, err := writeRecord(e.w, e.buf[:0], doc)
	if err != nil {
		return err
	}
	e.buf = append(b, '\n')
	_, err = e.w.Write(e.buf)
	return err
}

func (e *jsonlEncoder) EncodeError(name string, err error) error {
	return e.write(NewErrorRecord(name, err))
}

func (e *jsonlEncoder) write(v any) error {
	b, err := marshal(v)
	if err != nil {
		return err
	}
	_, err = e.w.Write(append(b, '\n'))
	return err
}

func (e *jsonlEncoder) Close() error { return nil }

// jsonEncoder writes an indented JSON array of records, whatever their
// number.
type jsonEncoder struct {
	w io.Writer
	n int // records written
	// rec is the compact record, reused; ind indents it as it goes out.
	rec []byte
	ind indenter
}

func newJSONEncoder(w io.Writer) Encoder {
	return &jsonEncoder{w: w, ind: indenter{w: w, prefix: "  ", indent: "  "}}
}

// Encode writes the record of doc as the next element of the array, as
// indenting the compact record would, through a buffer written out as it
// fills (see writeRecord).
func (e *jsonEncoder) Encode(doc *extract.Doc) error {
	if err := e.next(); err != nil {
		return err
	}
	b, err := writeRecord(&e.ind, e.rec[:0], doc)
	if err != nil {
		return err
	}
	e.rec = b
	_, err = e.ind.Write(b)
	return err
}

func (e *jsonEncoder) EncodeError(name string, cause error) error {
	b, err := marshal(NewErrorRecord(name, cause))
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, b, "  ", "  "); err != nil {
		return err
	}
	if err := e.next(); err != nil {
		return err
	}
	_, err = e.w.Write(buf.Bytes())
	return err
}

// next starts the next element of the array.
func (e *jsonEncoder) next() error {
	sep := ",\n  "
	if e.n == 0 {
		sep = "[\n  "
	}
	e.n++
	_, err := io.WriteString(e.w, sep)
	return err
}

func (e *jsonEncoder) Close() error {
	end := "\n]\n"
	if e.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(e.w, end)
	return err
}

// indenter rewrites the compact JSON written to it, in pieces, as
// json.Indent would indent it with prefix and indent: each element of an
// object or array on a line of its own, "{}" and "[]" for empty ones.
type indenter struct {
	w              io.Writer
	prefix, indent string
	depth          int
	// inString and escaped follow the string being written; open is the
	// bracket just opened, whose line break waits to see whether it is
	// empty, or 0.
	inString, escaped bool
	open              byte
	buf               []byte
}

func (d *indenter) Write(b []byte) (int, error) {
	d.buf = d.buf[:0]
	for _, c := range b {
		if d.open != 0 {
			open := d.open
			d.open = 0
			d.buf = append(d.buf, open)
			if c == '}' || c == ']' {
				d.buf = append(d.buf, c)
				continue
			}
			d.depth++
			d.newline()
		}
		if d.inString {
			d.buf = append(d.buf, c)
			switch {
			case d.escaped:
				d.escaped = false
			case c == '\\':
				d.escaped = true
			case c == '"':
				d.inString = false
			}
			continue
		}
		switch c {
		case '"':
			d.inString = true
			d.buf = append(d.buf, c)
		case '{', '[':
			d.open = c
		case '}', ']':
			d.depth--
			d.newline()
			d.buf = append(d.buf, c)
		case ',':
			d.buf = append(d.buf, c)
			d.newline()
		case ':':
			d.buf = append(d.buf, ':', ' ')
		default:
			d.buf = append(d.buf, c)
		}
	}
	if _, err := d.w.Write(d.buf); err != nil {
		return 0, err
	}
	return len(b), nil
}

// newline starts a line at the current depth.
func (d *indenter) newline() {
	d.buf = append(d.buf, '\n')
	d.buf = append(d.buf, d.prefix...)
	for range d.depth {
		d.buf = append(d.buf, d.indent...)
	}
}
