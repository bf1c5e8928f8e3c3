//go:build prose

package extract

import (
	"fmt"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// proseStage adds prose/v2's statistical named-entity recogniser as a
// low-priority source of PERSON, GPE and ORG candidates (--ner prose), in
// binaries built with -tags prose. Its
// model is loaded once; prose gives entity texts without offsets, so each
// is found again in the document's tokens, in order. prose's tagger keeps
// state while it runs, so calls are serialised.
type proseStage struct {
	lx    *lexicon
	mu    sync.Mutex
	model *prose.Model
}

// proseLinked is whether this build has prose's recogniser.
const proseLinked = true

// errNoProse is never returned where prose is linked.
var errNoProse error

func newProseStage(lx *lexicon) (Stage, error) {
	return &proseStage{lx: lx, model: prose.ModelFromData("en")}, nil
}

func (s *proseStage) Name() string { return "prose-ner" }

// proseLabels maps prose's entity labels to the schema's.
var proseLabels = map[string]Label{"PERSON": Person, "GPE": GPE, "ORG": Org}

func (s *proseStage) Process(doc *Doc) error {
	s.mu.Lock()
	pd, err := prose.NewDocument(doc.Text, prose.UsingModel(s.model), prose.WithSegmentation(false))
	s.mu.Unlock()
	if err != nil {
		return fmt.Errorf("prose: %w", err)
	}
	cursor := 0
	for _, e := range pd.Entities() {
		label, ok := proseLabels[e.Label]
		if !ok {
			continue
		}
		i, j, found := findWords(doc, cursor, strings.Fields(e.Text))
		if !found {
			continue
		}
		cursor = j
		// prose tags nationalities as places ("Syrian"); the guideline
		// does not annotate them.
		if n, _, ok := s.lx.demonyms.longest(doc.Tokens, i); ok && i+n == j || s.lx.common.hasTok(&doc.Tokens[i]) {
			continue
		}
		candidate(doc, i, j, label, "", "prose:"+e.Label, PriorityGuess)
	}
	return nil
}

// findWords finds the token sequence spelling words from doc.Tokens[from:],
// ignoring how prose split punctuation, and returns its token range.
func findWords(doc *Doc, from int, words []string) (int, int, bool) {
	toks := doc.Tokens
	want := strings.Join(words, "")
	if want == "" {
		return 0, 0, false
	}
	for i := from; i < len(toks); i++ {
		if !strings.HasPrefix(want, toks[i].Text(doc)) {
			continue
		}
		got := 0
		for j := i; j < len(toks) && got < len(want); j++ {
			if !strings.HasPrefix(want[got:], toks[j].Text(doc)) {
				break
			}
			got += len(toks[j].Text(doc))
			if got == len(want) {
				return i, j + 1, true
			}
		}
	}
	return 0, 0, false
}
