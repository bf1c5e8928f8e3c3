package render

import (
	"bytes"
	"encoding/json"
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
		s := extract.Span{Start: uint32(start), End: uint32(b.Len() - 1), Label: extract.Date}
		doc.SetValue(&s, "2024")
		doc.Entities = append(doc.Entities, s)
	}
	doc.Text = b.String()
	doc.Relations = []extract.Relation{{Type: extract.Alias, Arg1: 1, Arg2: 0}}
	doc.People = []extract.PersonRecord{{Name: "Sébastien 0", Mentions: []int{0, 1}}}
	return doc
}

// TestJSONLStreamsRecord checks that the jsonl encoder, which writes a
// record piece by piece, writes what marshalling the whole record gives.
func TestJSONLStreamsRecord(t *testing.T) {
	for _, doc := range []*extract.Doc{testDoc(), emptyDoc(), trickyDoc(), bigDoc(3000)} {
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

// trickyDoc returns a document whose id and entity hold every character
// the indenter must pass over inside strings.
func trickyDoc() *extract.Doc {
	const text = `He said {"a": [1, 2]}, "b\\": [] and {} \u00e9.`
	doc := &extract.Doc{ID: `a "q" {x}, [y]: \ z`, Text: text}
	s := extract.Span{Start: 8, End: 24, Label: extract.Event}
	doc.SetValue(&s, `[]{}:,"\`)
	doc.Entities = []extract.Span{s}
	return doc
}

// TestJSONStreamsRecord checks that the json encoder, which indents a
// record as it streams it, writes what indenting the whole records gives.
func TestJSONStreamsRecord(t *testing.T) {
	docs := []*extract.Doc{testDoc(), emptyDoc(), trickyDoc(), bigDoc(3000)}
	var want bytes.Buffer
	for i, doc := range docs {
		b, err := marshal(NewRecord(doc))
		if err != nil {
			t.Fatal(err)
		}
		want.WriteString(map[bool]string{true: "[\n  ", false: ",\n  "}[i == 0])
		if err := json.Indent(&want, b, "  ", "  "); err != nil {
			t.Fatal(err)
		}
	}
	want.WriteString("\n]\n")
	var got bytes.Buffer
	enc := newJSONEncoder(&got)
	for _, doc := range docs {
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		g, w := got.String(), want.String()
		i := 0
		for i < min(len(g), len(w)) && g[i] == w[i] {
			i++
		}
		t.Errorf("streamed json differs from the indented records at byte %d:\n%q\n%q", i, g[max(0, i-80):min(len(g), i+80)], w[max(0, i-80):min(len(w), i+80)])
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

// FuzzIndenter checks that the indenter, given any compact JSON in pieces
// of any size, writes what json.Indent writes.
func FuzzIndenter(f *testing.F) {
	f.Add(`{"a":[1,{"b":"c\"]}"},[],{}],"d":null}`, 3)
	f.Add(`["\\",{"":[[]]}]`, 1)
	f.Fuzz(func(t *testing.T, src string, piece int) {
		var compact bytes.Buffer
		if json.Compact(&compact, []byte(src)) != nil {
			return
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), "  ", "  "); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		d := &indenter{w: &got, prefix: "  ", indent: "  "}
		b := compact.Bytes()
		piece = max(1, piece%17)
		for len(b) > 0 {
			n := min(piece, len(b))
			if _, err := d.Write(b[:n]); err != nil {
				t.Fatal(err)
			}
			b = b[n:]
		}
		if got.String() != want.String() {
			t.Fatalf("%q in pieces of %d: got\n%s\nwant\n%s", compact.String(), piece, got.String(), want.String())
		}
	})
}
