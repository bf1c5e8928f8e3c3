package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestRecycle checks that a document processed with the memory of a
// recycled one, longer or shorter, gets exactly the layers of a fresh run.
func TestRecycle(t *testing.T) {
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	texts := []string{"Gen. Lloyd Austin met the Minister of Defence of Vietnam in Hanoi on 5 July 2023."}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	texts = append(texts, texts[0])
	fresh, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	reused := pipeline(t)
	for i, text := range texts {
		want, err := fresh.Process("want", text, "")
		if err != nil {
			t.Fatal(err)
		}
		got, err := reused.Process("got", text, "")
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Tokens, want.Tokens) || !reflect.DeepEqual(got.Entities, want.Entities) ||
			!reflect.DeepEqual(got.Relations, want.Relations) || !reflect.DeepEqual(got.People, want.People) {
			t.Errorf("text %d: a document with recycled memory differs from a fresh one", i)
		}
		reused.Recycle(got)
	}
}
