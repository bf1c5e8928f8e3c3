// Package render writes extracted documents in the output formats of the
// extract command: aligned tables, JSON, JSON Lines, brat standoff, CoNLL,
// person tables and self-contained HTML pages.
//
// A format is one entry of a table (see Formats and ByName) whose New
// function returns an Encoder for one output stream. The caller encodes the
// documents of the stream in order and then closes the encoder, which writes
// whatever the format needs after the last document (the closing bracket of
// a JSON array, for one). Offsets in every format count Unicode code points,
// as brat does; JSON also gives byte offsets.
//
// To add a format, write its encoder in a file of its own and add one line
// to the formats table in render.go.
package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsextract/newsextract/extract"
)

// Format is one output format.
type Format struct {
	// Name is the value of the --format flag that selects the format.
	Name string
	// Ext is the extension, dot included, of the files the format writes
	// with --out.
	Ext string
	// Help describes the format in one line for usage texts.
	Help string
	// New returns an encoder that writes a stream of documents to w.
	New func(w io.Writer) Encoder
}

// Encoder writes a stream of documents in one format. An Encoder is not safe
// for concurrent use.
type Encoder interface {
	// Encode writes one document.
	Encode(doc *extract.Doc) error
	// Close writes what the format needs after the last document. It does
	// not close the underlying writer.
	Close() error
}

// ErrorEncoder is implemented by the encoders of formats that record a
// document that could not be processed in place of its output, so that a
// stream keeps one record per input document.
type ErrorEncoder interface {
	// EncodeError writes an error record naming the failed input.
	EncodeError(name string, err error) error
}

// formats lists the formats in the order usage texts show them; the first
// one is the default.
var formats = []*Format{
	{Name: "table", Ext: ".txt", Help: "one table of entities per document", New: newTableEncoder},
	{Name: "json", Ext: ".json", Help: "an indented JSON array of documents (of one with -out)", New: newJSONEncoder},
	{Name: "jsonl", Ext: ".jsonl", Help: "one JSON object per line per document", New: newJSONLEncoder},
	{Name: "brat", Ext: ".ann", Help: "brat standoff annotations (.ann)", New: newBratEncoder},
	{Name: "conll", Ext: ".conll", Help: "one TOKEN<TAB>BIO-LABEL line per token, blank lines between sentences", New: newCoNLLEncoder},
	{Name: "people", Ext: ".txt", Help: "one table of the people of each document", New: newPeopleEncoder},
	{Name: "html", Ext: ".html", Help: "a self-contained HTML page with the entities highlighted in the text, a section per document", New: newHTMLEncoder},
}

// Formats returns every format, the default first. The slice must not be
// modified.
func Formats() []*Format { return formats }

// Names returns the names of every format, the default first.
func Names() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name
	}
	return names
}

// ByName returns the format called name.
func ByName(name string) (*Format, error) {
	for _, f := range formats {
		if f.Name == name {
			return f, nil
		}
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", name, strings.Join(Names(), ", "))
}
