package extract

import "github.com/newsextract/newsextract/rules"

// buildStages compiles the rules into the pipeline's stages, in order:
// tokens, the candidate stages (which may overlap), the resolver, and the
// stages that work on the flat entities.
func buildStages(rs *rules.Set, cfg Config) ([]Stage, *lexicon, error) {
	tk, err := newTokenizer(rs, newVocabulary())
	if err != nil {
		return nil, nil, err
	}
	lx, err := loadLexicon(rs, tk)
	if err != nil {
		return nil, nil, err
	}
	dates, err := newDateStage(rs, tk.vocab)
	if err != nil {
		return nil, nil, err
	}
	minor, err := loadWordSet(rs, tk.vocab, "title_minor_words.txt")
	if err != nil {
		return nil, nil, err
	}
	stages := []Stage{
		tk,
		dates,
		newGazetteerStage(lx),
		&placeStage{lx},
		&rankStage{lx},
		&roleStage{lx},
		&orgStage{lx},
		&eventStage{lx},
		&agreementStage{lx},
		&personStage{lx},
		&contextStage{lx},
	}
	if cfg.ProseNER {
		ner, err := newProseStage(lx)
		if err != nil {
			return nil, nil, err
		}
		stages = append(stages, ner)
	}
	return append(stages,
		&headingStage{lx, minor},
		resolver{},
		&mentionStage{lx},
		&relationStage{lx},
		&peopleStage{lx},
	), lx, nil
}

// wordSet is a set of lower-case words, looked up by a token's id or, for
// words that are not tokens, by text.
type wordSet struct {
	vocab *vocabulary
	ids   idSet
}

func newWordSet(vocab *vocabulary) *wordSet { return &wordSet{vocab: vocab} }

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool { return s.ids.has(s.vocab.id(w)) }

// hasTok reports whether the lower-case form of t is in the set.
func (s *wordSet) hasTok(t *Token) bool { return s.ids.has(t.lowID) }

// hasExact reports whether the text of t, as it is spelt, is in the set.
func (s *wordSet) hasExact(t *Token) bool { return s.ids.has(t.id) }

// add puts w in the set.
func (s *wordSet) add(w string) { s.ids.add(s.vocab.intern(w)) }

// loadWordSet reads a one-field rule file as a set of lower-case words.
func loadWordSet(rs *rules.Set, vocab *vocabulary, name string) (*wordSet, error) {
	list, err := rs.List(name, 1, 1)
	if err != nil {
		return nil, err
	}
	set := newWordSet(vocab)
	for _, e := range list {
		set.add(lower(e.Fields[0]))
	}
	return set, nil
}
