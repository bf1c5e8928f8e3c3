package extract

import "newsextract/rules"

// buildStages compiles the rules into the pipeline's stages, in order:
// tokens, the candidate stages (which may overlap), the resolver, and the
// stages that work on the flat entities.
func buildStages(rs *rules.Set, cfg Config) ([]Stage, error) {
	abbrev, err := wordSet(rs, "abbreviations.txt")
	if err != nil {
		return nil, err
	}
	tk := &tokenizer{abbrev: abbrev}
	lx, err := loadLexicon(rs, tk)
	if err != nil {
		return nil, err
	}
	dates, err := newDateStage(rs)
	if err != nil {
		return nil, err
	}
	stages := []Stage{
		tk,
		dates,
		&gazetteerStage{lx},
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
			return nil, err
		}
		stages = append(stages, ner)
	}
	return append(stages,
		resolver{},
		&mentionStage{lx},
		&relationStage{lx},
		&peopleStage{lx},
	), nil
}

// wordSet reads a one-field rule file as a set of lower-case words.
func wordSet(rs *rules.Set, name string) (map[string]bool, error) {
	list, err := rs.List(name, 1, 1)
	if err != nil {
		return nil, err
	}
	set := make(map[string]bool, len(list))
	for _, e := range list {
		set[lower(e.Fields[0])] = true
	}
	return set, nil
}
