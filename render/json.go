package render

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/newsextract/newsextract/extract"
)

// Record is the JSON form of one extracted document, as the json and jsonl
// formats write it.
type Record struct {
	ID        string                 `json:"id"`
	DCT       string                 `json:"dct"`
	Entities  []Entity               `json:"entities"`
	Relations []Relation             `json:"relations"`
	People    []extract.PersonRecord `json:"people"`
}

// Entity is the JSON form of an entity. Start and End count code points,
// ByteStart and ByteEnd bytes, into the document text; both are end
// exclusive.
type Entity struct {
	Label     string `json:"label"`
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	ByteStart int    `json:"byte_start"`
	ByteEnd   int    `json:"byte_end"`
	Value     string `json:"value"`
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
	ID    string `json:"id"`
	Error string `json:"error"`
}

// NewRecord returns the JSON form of doc. Its slices are never nil, so that
// they encode as [] rather than null.
func NewRecord(doc *extract.Doc) *Record {
	r := &Record{
		ID:        doc.ID,
		DCT:       doc.DCT,
		Entities:  make([]Entity, len(doc.Entities)),
		Relations: make([]Relation, len(doc.Relations)),
		People:    doc.People,
	}
	for i, s := range doc.Entities {
		r.Entities[i] = Entity{
			Label:     string(s.Label),
			Text:      doc.SpanText(s),
			Start:     doc.CodePoints(s.Start),
			End:       doc.CodePoints(s.End),
			ByteStart: s.Start,
			ByteEnd:   s.End,
			Value:     s.Value,
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
type jsonlEncoder struct{ w io.Writer }

func newJSONLEncoder(w io.Writer) Encoder { return &jsonlEncoder{w: w} }

func (e *jsonlEncoder) Encode(doc *extract.Doc) error { return e.write(NewRecord(doc)) }

func (e *jsonlEncoder) EncodeError(name string, err error) error {
	return e.write(&ErrorRecord{ID: name, Error: err.Error()})
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

// jsonEncoder writes indented JSON: a single object when the stream holds
// one record, an array of records otherwise. It holds the first record back
// until it knows which.
type jsonEncoder struct {
	w     io.Writer
	n     int    // records seen
	first []byte // the first record, compact, until a second one comes
}

func newJSONEncoder(w io.Writer) Encoder { return &jsonEncoder{w: w} }

func (e *jsonEncoder) Encode(doc *extract.Doc) error { return e.write(NewRecord(doc)) }

func (e *jsonEncoder) EncodeError(name string, err error) error {
	return e.write(&ErrorRecord{ID: name, Error: err.Error()})
}

func (e *jsonEncoder) write(v any) error {
	b, err := marshal(v)
	if err != nil {
		return err
	}
	e.n++
	switch e.n {
	case 1:
		e.first = b
		return nil
	case 2:
		if err := e.element("[\n", e.first); err != nil {
			return err
		}
		e.first = nil
	}
	return e.element(",\n", b)
}

// element writes sep and then b indented as an element of the array.
func (e *jsonEncoder) element(sep string, b []byte) error {
	var buf bytes.Buffer
	buf.WriteString(sep + "  ")
	if err := json.Indent(&buf, b, "  ", "  "); err != nil {
		return err
	}
	_, err := e.w.Write(buf.Bytes())
	return err
}

func (e *jsonEncoder) Close() error {
	var buf bytes.Buffer
	switch e.n {
	case 0:
		buf.WriteString("[]")
	case 1:
		if err := json.Indent(&buf, e.first, "", "  "); err != nil {
			return err
		}
	default:
		buf.WriteString("\n]")
	}
	buf.WriteByte('\n')
	_, err := e.w.Write(buf.Bytes())
	return err
}
