package render

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsextract/newsextract/extract"
)

// TestAppendRecord checks that the jsonl writer's hand-made JSON is
// exactly encoding/json's Record, on documents built by hand (odd ids,
// people without mentions) and on the pipeline's output for the seeds and
// the wider corpus.
func TestAppendRecord(t *testing.T) {
	odd := testDoc()
	odd.ID = "tab\there \"quoted\" \\ <b>&\u2028\x01"
	odd.People = append(odd.People, extract.PersonRecord{Name: "Nobody"})
	docs := []*extract.Doc{testDoc(), datesDoc(), emptyDoc(), odd}
	p, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, pattern := range []string{"../seeds/*.txt", "../eval/testdata/wider/dev/*.txt"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no texts")
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := p.Process(filepath.Base(f), string(text), "")
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	var buf []byte
	for _, doc := range docs {
		want, err := marshal(NewRecord(doc))
		if err != nil {
			t.Fatal(err)
		}
		buf = appendRecord(buf[:0], doc)
		if !bytes.Equal(buf, want) {
			t.Errorf("%s: got\n%s\nwant\n%s", doc.ID, buf, want)
		}
	}
}

// FuzzAppendJSONString checks the string escaping against encoding/json
// without HTML escaping, on any bytes, valid UTF-8 or not.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", "\"\\/", "\b\f\n\r\t\x00\x1f\x7f", "<>&", "\u2028\u2029", "é’😀", "\xff\xfe", "a\xc3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		got := appendJSONString(nil, s)
		if !bytes.Equal(append(got, '\n'), want.Bytes()) {
			t.Errorf("%q: got %s, want %s", s, got, want.Bytes())
		}
	})
}
