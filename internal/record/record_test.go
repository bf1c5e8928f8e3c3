package record

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		line    string
		id, dct string
		text    string
		err     string // a substring of the error, "" for a valid record
	}{
		{line: `{"id": "a", "text": "Paris", "dct": "2024-03-01"}`, id: "a", text: "Paris", dct: "2024-03-01"},
		{line: `{"text": ""}`, text: ""},
		{line: "{\"text\": \"x\"}\r", text: "x"},
		{line: `{"id": "a"}`, err: `no "text"`},
		{line: `{"text": null}`, err: `no "text"`},
		{line: `{broken`, err: "invalid JSON"},
		{line: `[1, 2]`, err: "invalid JSON"},
		{line: `{"text": "a"} {"text": "b"}`, err: "invalid JSON"},
		{line: `{"text": "a", "dct": "2024-02-30"}`, err: "dct:"},
		{line: `{"text": "a", "dct": "March 1"}`, err: "dct:"},
	} {
		rec, err := Parse([]byte(tc.line))
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("Parse(%q) = %+v, %v; want an error with %q", tc.line, rec, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.line, err)
			continue
		}
		if rec.ID != tc.id || rec.DCT != tc.dct || rec.Text != tc.text {
			t.Errorf("Parse(%q) = {%q %q %q}, want {%q %q %q}", tc.line, rec.ID, rec.Text, rec.DCT, tc.id, tc.text, tc.dct)
		}
	}
}

// FuzzParse checks that Parse never panics and returns either a record with
// a valid text or an error.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{`{"id": "a", "text": "Paris"}`, `{broken`, `{"text": "\ud800", "dct": "2024-02-30"}`, "{\"text\": \"\xff\"}", `null`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		rec, err := Parse(line)
		if (rec == nil) == (err == nil) {
			t.Fatalf("Parse(%q) = %+v, %v: want exactly one", line, rec, err)
		}
		if rec != nil && !utf8.ValidString(rec.Text) {
			t.Fatalf("Parse(%q): text %q is not valid UTF-8", line, rec.Text)
		}
	})
}
