package serve

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

// FuzzExtract posts arbitrary bodies as each media type of /v1/extract and
// checks the answer: a one-document request gets 200 with a document or a
// documented failure status with a JSON error; a JSON Lines request gets
// 200 and exactly one JSON record per non-blank input line.
func FuzzExtract(f *testing.F) {
	for _, seed := range []string{
		"", "General Smith went to Paris.", `{"id":"a","text":"Kyiv","dct":"2024-01-02"}`,
		"{\"text\":\"a\"}\n\n{bad\n\uFEFF{\"text\":\"\\u0000\"}\n", "\xff\x00", strings.Repeat("x", 100) + "\n{}",
	} {
		for media := range 3 {
			f.Add([]byte(seed), uint8(media))
		}
	}
	s, err := New(Config{MaxBytes: 64, MaxStreamBytes: 1 << 20})
	if err != nil {
		f.Fatal(err)
	}
	s.SetExtractor(&fake{})
	types := []string{mediaText, mediaJSON, mediaJSONL}
	f.Fuzz(func(t *testing.T, body []byte, media uint8) {
		ctype := types[int(media)%len(types)]
		req := httptest.NewRequest(http.MethodPost, "/v1/extract", bytes.NewReader(body))
		req.Header.Set("Content-Type", ctype)
		w := httptest.NewRecorder()
		s.ServeHTTP(w, req)
		out := w.Body.String()
		if ctype != mediaJSONL {
			switch w.Code {
			case http.StatusOK:
				var rec struct{ ID string }
				if err := json.Unmarshal([]byte(out), &rec); err != nil || rec.ID == "" {
					t.Errorf("200 with %q: %v", out, err)
				}
			case http.StatusBadRequest, http.StatusRequestEntityTooLarge:
				var e apiError
				if err := json.Unmarshal([]byte(out), &e); err != nil || e.Code == "" || e.Msg == "" {
					t.Errorf("%d with %q: %v", w.Code, out, err)
				}
			default:
				t.Errorf("status %d for %q", w.Code, body)
			}
			return
		}
		if w.Code != http.StatusOK {
			t.Fatalf("stream status %d", w.Code)
		}
		want := 0
		for i, line := range strings.SplitAfter(string(body), "\n") {
			if i == 0 {
				line = strings.TrimPrefix(line, "\uFEFF")
			}
			if strings.TrimSpace(line) != "" || len(line) > 64+1 {
				want++
			}
		}
		got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if out == "" {
			got = nil
		}
		if len(got) != want {
			t.Fatalf("%d records for %d non-blank lines:\n%s", len(got), want, out)
		}
		if i := slices.IndexFunc(got, func(l string) bool { return !json.Valid([]byte(l)) }); i >= 0 {
			t.Errorf("record %d is not JSON: %q", i, got[i])
		}
	})
}
