package render

import (
	"bufio"
	"io"

	"github.com/newsextract/newsextract/extract"
)

// conllEncoder writes CoNLL-style token lines: each document starts with a
// "-DOCSTART-" line and a blank line, then one TOKEN<TAB>LABEL line per
// token, LABEL being O or B-/I- and the entity label, with a blank line after
// each sentence.
type conllEncoder struct{ w io.Writer }

func newCoNLLEncoder(w io.Writer) Encoder { return conllEncoder{w: w} }

func (e conllEncoder) Encode(doc *extract.Doc) error {
	bw := bufio.NewWriter(e.w)
	bw.WriteString("-DOCSTART-\tO\n\n")
	ents := doc.Entities // sorted by offset, never overlapping
	k := 0               // the first entity that does not end before the token
	inside := -1         // the entity the previous token belongs to
	first := true
	for d, t := range doc.AllTokens() {
		if !first && t.SentStart() {
			bw.WriteByte('\n')
		}
		first = false
		for k < len(ents) && ents[k].End <= t.Start {
			k++
		}
		bw.WriteString(t.Text(d))
		switch {
		case k == len(ents) || t.Start < ents[k].Start:
			bw.WriteString("\tO\n")
			inside = -1
		case k == inside:
			bw.WriteString("\tI-" + ents[k].Label.String() + "\n")
		default:
			bw.WriteString("\tB-" + ents[k].Label.String() + "\n")
			inside = k
		}
	}
	if !first {
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func (e conllEncoder) Close() error { return nil }
