package render

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract"
)

// bigDoc returns a document of n entities, each a date with its value,
// over multibyte text, with a relation and a person: a record longer than
// the piece writer's buffer.
func bigDoc(n int) *extract.Doc {
	var b strings.Builder
	doc := &extract.Doc{ID: "big <&>", DCT: "2024-01-02"}
	for i := range n {
		start := b.Len()
		fmt.Fprintf(&b, "Sébastien %d ", i)
		doc.Entities = append(doc.Entities, extract.Span{Start: start, End: b.Len() - 1, Label: extract.Date, Value: "2024"})
	}
	doc.Text = b.String()
	doc.Relations = []extract.Relation{{Type: extract.Alias, Arg1: 1, Arg2: 0}}
	doc.People = []extract.PersonRecord{{Name: "Sébastien 0", Mentions: []int{0, 1}}}
	return doc
}

// TestJSONLStreamsRecord checks that the jsonl encoder, which writes a
// record piece by piece, writes what marshalling the whole record gives.
func TestJSONLStreamsRecord(t *testing.T) {
	for _, doc := range []*extract.Doc{testDoc(), emptyDoc(), bigDoc(3000)} {
		want, err := marshal(NewRecord(doc))
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		enc := newJSONLEncoder(&got)
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), append(want, '\n')) {
			t.Errorf("%s: streamed record differs from the marshalled one:\n%.300s\n%.300s", doc.ID, got.Bytes(), want)
		}
	}
}

// failWriter fails every write after the first n bytes.
type failWriter struct{ n int }

var errWrite = errors.New("disk full")

func (w *failWriter) Write(b []byte) (int, error) {
	if len(b) > w.n {
		return 0, errWrite
	}
	w.n -= len(b)
	return len(b), nil
}

func TestJSONLWriteError(t *testing.T) {
	enc := newJSONLEncoder(&failWriter{n: 1000})
	if err := enc.Encode(bigDoc(3000)); !errors.Is(err, errWrite) {
		t.Errorf("Encode = %v, want %v", err, errWrite)
	}
}
