package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/schematest"
)

// documentSchema is the JSON Schema of the records of the json and jsonl
// formats.
const documentSchema = "../../docs/schema/document.schema.json"

// TestDocumentSchema checks real output of the json and jsonl formats,
// documents and error records, against docs/schema/document.schema.json,
// and that both kinds of offsets pick out each entity's text.
func TestDocumentSchema(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":   "Gen. Sébastien Lecornu met Vietnam’s Chien on 19 December 2023.\n",
		"bad.txt": "broken \xff text",
	})
	seeds, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	texts := map[string]string{}
	for _, p := range append(seeds, filepath.Join(dir, "a.txt")) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[strings.TrimSuffix(filepath.Base(p), ".txt")] = string(b)
	}

	out, _, _ := runCLI(t, "", append([]string{"run", "-format", "json", "-dct", "2023-12-19", dir}, seeds...)...)
	var records []json.RawMessage
	if err := json.Unmarshal([]byte(out), &records); err != nil {
		t.Fatalf("json output is not an array: %v", err)
	}
	jsonl, _, _ := runCLI(t, "", "run", "-format", "jsonl", dir)
	for line := range strings.Lines(jsonl) {
		records = append(records, json.RawMessage(line))
	}
	if want := 2 + len(seeds) + 2; len(records) != want {
		t.Fatalf("%d records, want %d", len(records), want)
	}
	errs := 0
	for _, raw := range records {
		schematest.Check(t, documentSchema, raw)
		var rec map[string]any
		if err := json.Unmarshal(raw, &rec); err != nil {
			t.Fatal(err)
		}
		if _, ok := rec["error"]; ok {
			errs++
			continue
		}
		checkOffsets(t, texts[rec["id"].(string)], rec)
	}
	if errs != 2 {
		t.Errorf("%d error records, want 2", errs)
	}
}
