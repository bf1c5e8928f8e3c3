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
		r.Entities[i] = entityOf(doc, s)
	}
	for i, rel := range doc.Relations {
		r.Relations[i] = relationOf(rel)
	}
	if r.People == nil {
		r.People = []extract.PersonRecord{}
	}
	return r
}

// entityOf returns the JSON form of the entity s of doc.
func entityOf(doc *extract.Doc, s extract.Span) Entity {
	e := Entity{
		Label:     string(s.Label),
		Text:      doc.SpanText(s),
		Start:     doc.CodePoints(s.Start),
		End:       doc.CodePoints(s.End),
		ByteStart: s.Start,
		ByteEnd:   s.End,
		Value:     s.Value,
	}
	if s.Label == extract.Date {
		e.ValueReason = s.Anchor.String()
	}
	return e
}

// relationOf returns the JSON form of a relation.
func relationOf(r extract.Relation) Relation {
	return Relation{Type: string(r.Type), Arg1: r.Arg1, Arg2: r.Arg2}
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
	b, err := marshal(NewRecord(doc))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, b, "", "  "); err != nil {
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

// jsonlEncoder writes one compact JSON record a line.
type jsonlEncoder struct {
	w      io.Writer
	pieces *pieceWriter // for documents, made at the first one
}

func newJSONLEncoder(w io.Writer) Encoder { return &jsonlEncoder{w: w} }

// Encode writes the record of doc as marshalling NewRecord(doc) would, and
// a newline.
func (e *jsonlEncoder) Encode(doc *extract.Doc) error {
	if e.pieces == nil {
		e.pieces = newPieceWriter()
	}
	return e.pieces.record(e.w, doc, "\n")
}

// pieceWriter writes a JSON value piece by piece to a writer, each piece
// encoded as marshal would encode it, through one reused buffer.
type pieceWriter struct {
	w   io.Writer
	buf bytes.Buffer
	enc *json.Encoder
	err error
}

func newPieceWriter() *pieceWriter {
	p := &pieceWriter{}
	p.enc = json.NewEncoder(&p.buf)
	p.enc.SetEscapeHTML(false)
	return p
}

// record writes the compact JSON of NewRecord(doc) to w, then end, one
// entity, relation and person at a time, so that the record of a huge
// document is never held whole.
func (p *pieceWriter) record(w io.Writer, doc *extract.Doc, end string) error {
	p.begin(w)
	p.raw(`{"schema":`)
	p.value(DocumentSchema)
	p.raw(`,"version":`)
	p.value(version.String())
	p.raw(`,"id":`)
	p.value(doc.ID)
	if doc.DCT != "" {
		p.raw(`,"dct":`)
		p.value(doc.DCT)
	}
	p.raw(`,"entities":[`)
	for i, s := range doc.Entities {
		p.comma(i)
		p.value(entityOf(doc, s))
	}
	p.raw(`],"relations":[`)
	for i, r := range doc.Relations {
		p.comma(i)
		p.value(relationOf(r))
	}
	p.raw(`],"people":[`)
	for i := range doc.People {
		p.comma(i)
		p.value(&doc.People[i])
	}
	p.raw("]}" + end)
	return p.end()
}

// pieceFlush is the size of the buffer written out at once.
const pieceFlush = 32 << 10

// begin starts writing to w.
func (p *pieceWriter) begin(w io.Writer) { p.w, p.err = w, nil }

// raw writes s as it is.
func (p *pieceWriter) raw(s string) {
	p.buf.WriteString(s)
	p.flush(pieceFlush)
}

// comma writes the comma before the i-th element of an array.
func (p *pieceWriter) comma(i int) {
	if i > 0 {
		p.buf.WriteByte(',')
	}
}

// value writes v as compact JSON.
func (p *pieceWriter) value(v any) {
	if p.err != nil {
		return
	}
	if p.err = p.enc.Encode(v); p.err != nil {
		return
	}
	p.buf.Truncate(p.buf.Len() - 1) // the encoder's newline
	p.flush(pieceFlush)
}

// flush writes the buffer out once it holds at least n bytes.
func (p *pieceWriter) flush(n int) {
	if p.err != nil || p.buf.Len() < n || p.buf.Len() == 0 {
		return
	}
	_, p.err = p.w.Write(p.buf.Bytes())
	p.buf.Reset()
}

// end writes what is left and returns the first error.
func (p *pieceWriter) end() error {
	p.flush(0)
	p.buf.Reset()
	return p.err
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
	w      io.Writer
	n      int          // records written
	pieces *pieceWriter // for documents, made at the first one
}

func newJSONEncoder(w io.Writer) Encoder { return &jsonEncoder{w: w} }

// Encode writes the record of doc as the next element of the array, as
// indenting the marshalled NewRecord(doc) would, one entity, relation and
// person at a time.
func (e *jsonEncoder) Encode(doc *extract.Doc) error {
	if err := e.next(); err != nil {
		return err
	}
	if e.pieces == nil {
		e.pieces = newPieceWriter()
	}
	return e.pieces.record(&indenter{w: e.w, prefix: "  ", indent: "  "}, doc, "")
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

func (e *jsonEncoder) Close() error {
	end := "\n]\n"
	if e.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(e.w, end)
	return err
}
