package extract

import (
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/newsextract/newsextract/internal/golden"
	"github.com/newsextract/newsextract/rules"
)

// TestCompiledLexicon checks that the compiled form of the built-in rules
// (rules/lexicon.bin) is what the text files compile to today, and that
// reading it back gives exactly the lexicon compiled from the text. With
// -update (go generate ./extract) it rewrites the compiled form.
func TestCompiledLexicon(t *testing.T) {
	rs, err := rules.Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	lx, err := compileLexicon(rs)
	if err != nil {
		t.Fatal(err)
	}
	want := withStages(t, rs, lx)
	manifest, err := rules.Manifest()
	if err != nil {
		t.Fatal(err)
	}
	form := encodeLexicon(want, manifest)
	if golden.Update() {
		golden.Check(t, "../rules/lexicon.bin", form)
		return
	}
	if string(form) != rules.Compiled() {
		t.Fatalf("rules/lexicon.bin is stale: the text rule files (and the date grammar's code) compile to %d bytes that differ from its %d; run go generate ./extract", len(form), len(rules.Compiled()))
	}
	got, err := decodeLexicon(rules.Compiled(), manifest)
	if err != nil {
		t.Fatal(err)
	}
	if got.tk.vocab.size() != want.tk.vocab.size() {
		t.Fatalf("%d words read, want %d", got.tk.vocab.size(), want.tk.vocab.size())
	}
	if withStages(t, rs, got); !reflect.DeepEqual(got, want) {
		t.Error("the lexicon read from rules/lexicon.bin differs from the one compiled from the text files (a lexicon field missing from lexicon.parts?)")
	}
}

// withStages builds the stages of lx and the date rules of rs, as New does
// (which adds the date grammar's words to the vocabulary), and returns lx.
func withStages(tb testing.TB, rs *rules.Set, lx *lexicon) *lexicon {
	tb.Helper()
	if _, err := buildStages(rs, lx, Config{}); err != nil {
		tb.Fatal(err)
	}
	lx.tk.vocab.freeze()
	return lx
}

// TestStaleCompiled checks that a compiled form that does not match the
// rule files is not used: the pipeline compiles the text files instead,
// and gets the lexicon and every rule file as from them.
func TestStaleCompiled(t *testing.T) {
	want, err := rules.Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	wantLx, err := compileLexicon(want)
	if err != nil {
		t.Fatal(err)
	}
	withStages(t, want, wantLx)
	stale := []byte(rules.Compiled())
	stale[len(compiledHeader)+1]++ // the manifest's first byte
	rs, lx, err := loadRules(Config{}, string(stale))
	if err != nil {
		t.Fatal(err)
	}
	if withStages(t, rs, lx); !reflect.DeepEqual(lx, wantLx) {
		t.Error("the lexicon is not the one compiled from the text files")
	}
	if !slices.Equal(rs.Names(), want.Names()) {
		t.Errorf("rule files %q, want %q", rs.Names(), want.Names())
	}
	rs, lx, err = loadRules(Config{}, rules.Compiled())
	if err != nil {
		t.Fatal(err)
	}
	if withStages(t, rs, lx); !reflect.DeepEqual(lx, wantLx) {
		t.Error("the lexicon read from the compiled form differs from the text files'")
	}
}

// TestLexiconParts checks that lexicon.parts names every field of the
// lexicon but the tokenizer (whose vocabulary the compiled form holds
// first, and whose abbreviations are among the word sets), so that the
// compiled form leaves nothing out.
func TestLexiconParts(t *testing.T) {
	lx := &lexicon{tk: &tokenizer{}}
	listed := map[uintptr]bool{}
	parts := reflect.ValueOf(lx.parts())
	for i := range parts.NumField() {
		kind := parts.Field(i)
		for j := range kind.Len() {
			listed[kind.Index(j).Pointer()] = true
		}
	}
	v := reflect.ValueOf(lx).Elem()
	for i := range v.NumField() {
		if name := v.Type().Field(i).Name; name != "tk" && !listed[v.Field(i).Addr().Pointer()] {
			t.Errorf("lexicon.%s is missing from lexicon.parts (and so from the compiled form)", name)
		}
	}
}

// TestCompiledDamaged checks that a compiled form that is damaged,
// truncated or compiled from other rule files is an error, not a panic or
// a half-read lexicon.
func TestCompiledDamaged(t *testing.T) {
	form := rules.Compiled()
	manifest, err := rules.Manifest()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name     string
		data     string
		manifest string
	}{
		{"empty", "", manifest},
		{"other header", "newsextract lexicon 0\n" + form[len(compiledHeader):], manifest},
		{"other rule files", form, "x" + manifest[1:]},
		{"cut", form[:len(form)/2], manifest},
		{"one byte short", form[:len(form)-1], manifest},
		{"trailing byte", form + "x", manifest},
	} {
		t.Run(c.name, func(t *testing.T) {
			lx, err := decodeLexicon(c.data, c.manifest)
			if !errors.Is(err, errCompiled) || lx != nil {
				t.Errorf("decodeLexicon = %v, %v; want errCompiled", lx != nil, err)
			}
		})
	}
}

// FuzzDecodeLexicon checks that decodeLexicon reads any bytes without
// panicking, and that every set of a lexicon it accepts can be looked up.
// Besides the compiled form (231 KB, slow to mutate), the seeds hold the
// form of a small lexicon: the built-in rules with all but a few files
// emptied.
func FuzzDecodeLexicon(f *testing.F) {
	form := rules.Compiled()
	manifest, err := rules.Manifest()
	if err != nil {
		f.Fatal(err)
	}
	rs, err := rules.Load(nil)
	if err != nil {
		f.Fatal(err)
	}
	rs.Empty(slices.DeleteFunc(rs.Names(), func(name string) bool {
		return slices.Contains([]string{"ranks.tsv", "rank_abbreviations.tsv", "unit_echelons.txt", "agreement_heads.txt", "role_heads.txt"}, name)
	})...)
	small, err := compileLexicon(rs)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(encodeLexicon(small, manifest))
	f.Add([]byte(form))
	f.Add([]byte(compiledHeader))
	f.Fuzz(func(t *testing.T, data []byte) {
		lx, err := decodeLexicon(string(data), manifest)
		if err != nil {
			if !errors.Is(err, errCompiled) {
				t.Fatalf("error %v is not errCompiled", err)
			}
			return
		}
		toks := lx.tk.tokenize("Gen. Lloyd Austin, the U.S. Secretary of Defense, met NATO ministers in Kabul.").Tokens
		parts := lx.parts()
		for i := range toks {
			for _, p := range parts.phrases {
				(*p).longest(toks, i)
			}
			for _, s := range parts.words {
				(*s).hasTok(&toks[i])
			}
			for _, m := range parts.wordMaps {
				(*m).getTok(&toks[i])
			}
		}
	})
}
