package extract

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
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

// panicStage is a stage with a bug: it panics on every document.
type panicStage struct{}

func (panicStage) Name() string         { return "panicky" }
func (panicStage) Process(d *Doc) error { panic("index out of range [-1]") }

// TestStagePanic checks that a stage's panic fails its document with
// ErrInternal and the stage's name, and that the next document still runs.
func TestStagePanic(t *testing.T) {
	p, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	broken := &Pipeline{stages: []Stage{panicStage{}}, lx: p.lx}
	doc := &Doc{ID: "d1", Text: "Ivo Tarn visited Kessa."}
	err = broken.Run(doc)
	if !errors.Is(err, ErrInternal) || !strings.Contains(err.Error(), "stage panicky") {
		t.Fatalf("Run = %v, want ErrInternal from stage panicky", err)
	}
	var pe *PanicError
	if !errors.As(err, &pe) || !strings.HasPrefix(pe.Site, "pipeline_test.go:") || !bytes.Contains(pe.Stack, []byte("panicStage.Process")) {
		t.Fatalf("Run = %#v, want a PanicError at the panic in pipeline_test.go with its stack", err)
	}
	if _, err := p.Process("d2", "Ivo Tarn visited Kessa.", ""); err != nil {
		t.Fatalf("next document: %v", err)
	}
}
