package extract

import "github.com/newsextract/newsextract/rules"

// buildStages compiles the rules into the pipeline's stages, in order:
// tokens, the candidate stages (which may overlap), the resolver, and the
// stages that work on the flat entities.
func buildStages(rs *rules.Set, cfg Config) ([]Stage, *lexicon, error) {
	abbrev, err := loadWordSet(rs, "abbreviations.txt")
	if err != nil {
		return nil, nil, err
	}
	tk := &tokenizer{abbrev: abbrev}
	lx, err := loadLexicon(rs, tk)
	if err != nil {
		return nil, nil, err
	}
	dates, err := newDateStage(rs)
	if err != nil {
		return nil, nil, err
	}
	minor, err := loadWordSet(rs, "title_minor_words.txt")
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
		stages = append(stages, newProseStage(lx))
	}
	return append(stages,
		&headingStage{lx, minor},
		resolver{},
		&mentionStage{lx},
		&relationStage{lx},
		&peopleStage{lx},
	), lx, nil
}

// wordSet is a set of lower-case words. A filter in front of the map
// answers most lookups of words not in the set without hashing them.
type wordSet struct {
	filter wordFilter
	words  map[string]bool
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool { return s.filter.mayHave(w) && s.words[w] }

// add puts w in the set.
func (s *wordSet) add(w string) {
	s.words[w] = true
	s.filter.add(w)
}

// loadWordSet reads a one-field rule file as a set of lower-case words.
func loadWordSet(rs *rules.Set, name string) (*wordSet, error) {
	list, err := rs.List(name, 1, 1)
	if err != nil {
		return nil, err
	}
	set := &wordSet{words: make(map[string]bool, len(list))}
	for _, e := range list {
		set.add(lower(e.Fields[0]))
	}
	return set, nil
}
