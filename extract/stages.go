package extract

import "newsextract/rules"

// buildStages compiles the rules into the pipeline's stages, in order.
func buildStages(rs *rules.Set, cfg Config) ([]Stage, error) {
	abbrev, err := wordSet(rs, "abbreviations.txt")
	if err != nil {
		return nil, err
	}
	dates, err := newDateStage(rs)
	if err != nil {
		return nil, err
	}
	return []Stage{
		&tokenizer{abbrev: abbrev},
		dates,
	}, nil
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
