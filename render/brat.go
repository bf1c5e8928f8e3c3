package render

import (
	"io"

	"github.com/newsextract/newsextract/brat"
	"github.com/newsextract/newsextract/extract"
)

// bratEncoder writes each document's .ann text, with a blank line between
// documents when a stream holds several (brat readers skip blank lines).
type bratEncoder struct {
	w io.Writer
	n int // documents written
}

func newBratEncoder(w io.Writer) Encoder { return &bratEncoder{w: w} }

func (e *bratEncoder) Encode(doc *extract.Doc) error {
	if e.n > 0 {
		if _, err := io.WriteString(e.w, "\n"); err != nil {
			return err
		}
	}
	e.n++
	return brat.WriteDoc(e.w, doc)
}

func (e *bratEncoder) Close() error { return nil }
