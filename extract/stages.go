package extract

import "github.com/newsextract/newsextract/rules"

// dateRuleFiles are the rule files the date stage reads, the only ones
// the compiled lexicon does not hold.
var dateRuleFiles = []string{"date_words.tsv", "holidays.tsv"}

// loadRules reads the rules cfg asks for and their lexicon. The built-in
// rules alone, the common case, come from compiled, their compiled form
// (rules.Compiled; see compiled.go), with only dateRuleFiles read as text;
// user rules, emptied name lists and a compiled form that is not the text
// files' (go generate not run after an edit) are read and compiled from
// the text files.
func loadRules(cfg Config, compiled string) (*rules.Set, *lexicon, error) {
	if cfg.Rules == nil && !cfg.NoNameLists {
		manifest, err := rules.Manifest()
		if err != nil {
			return nil, nil, err
		}
		if lx, err := decodeLexicon(compiled, manifest); err == nil {
			if lx.dates != nil {
				rs, err := rules.LoadBuiltin()
				return rs, lx, err
			}
			rs, err := rules.LoadBuiltin(dateRuleFiles...)
			return rs, lx, err
		}
	}
	rs, err := rules.Load(cfg.Rules)
	if err != nil {
		return nil, nil, err
	}
	if cfg.NoNameLists {
		rs.Empty(NameLists...)
	}
	lx, err := compileLexicon(rs)
	return rs, lx, err
}

// compileLexicon builds the tokenizer and the lexicon of rs, whose
// vocabulary New freezes once the stages have added their words.
func compileLexicon(rs *rules.Set) (*lexicon, error) {
	tk, err := newTokenizer(rs, newVocabulary(rs.Len()))
	if err != nil {
		return nil, err
	}
	lx, err := loadLexicon(rs, tk)
	if err != nil {
		return nil, err
	}
	return lx, nil
}

// buildStages builds the pipeline's stages from the lexicon lx and the
// date rules of rs, in order: tokens, the candidate stages (which may
// overlap), the resolver, and the stages that work on the flat entities.
func buildStages(rs *rules.Set, lx *lexicon, cfg Config) ([]Stage, error) {
	if lx.dates == nil {
		dates, err := newDateStage(rs, lx.tk.vocab)
		if err != nil {
			return nil, err
		}
		lx.dates = dates
	}
	dates := lx.dates
	gaz := newGazetteerStage(lx)
	stages := []Stage{
		lx.tk,
		dates,
		gaz,
		&placeStage{lx},
		&rankStage{lx},
		&roleStage{lx},
		newOrgStage(lx),
		&eventStage{lx},
		&agreementStage{lx},
		&personStage{lx},
		newContextStage(lx),
		&spelledStage{lx},
	}
	if cfg.ProseNER {
		ner, err := newProseStage(lx)
		if err != nil {
			return nil, err
		}
		stages = append(stages, ner)
	}
	stages = append(stages,
		&headingStage{lx, lx.titleMinor},
		resolver{},
		&mentionStage{lx},
		&relationStage{lx},
		&peopleStage{lx},
	)
	if lx.tk.props == (propTable{}) {
		// (A compiled lexicon has it.)
		lx.tk.props = newPropTable(lx, gaz)
	}
	return stages, nil
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
	for _, w := range lowerFirst(list) {
		set.add(w)
	}
	return set, nil
}
