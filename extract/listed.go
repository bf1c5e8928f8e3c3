package extract

// Listed reports whether the pipeline's name lists hold the name text of
// label l, and whether label l has name lists at all (PERSON, ORG, GPE,
// LOC and EVENT do). A place, organisation or event is listed when its
// whole text is an entry of its gazetteer; a person when one of the words
// of the name is a listed given or family name. It is the measure behind
// the listed/unlisted recall of eval report: a gain on unlisted names
// comes from the patterns, not from the lists.
func (p *Pipeline) Listed(l Label, text string) (listed, hasLists bool) {
	doc := p.lx.tk.tokenize(text)
	toks := doc.Tokens
	if len(toks) == 0 {
		return false, l.hasNameLists()
	}
	whole := func(set *phraseSet) bool {
		n, _, ok := set.longest(toks, 0)
		return ok && n == len(toks)
	}
	switch l {
	case Person:
		for i := range toks {
			if p.lx.givenNames.hasTok(&toks[i]) || p.lx.familyNames.hasTok(&toks[i]) {
				return true, true
			}
		}
		return false, true
	case Org:
		return whole(p.lx.org), true
	case GPE:
		return whole(p.lx.gpe), true
	case Loc:
		return whole(p.lx.loc), true
	case Event:
		return whole(p.lx.event), true
	}
	return false, false
}

// hasNameLists reports whether names of label l are looked up in lists.
func (l Label) hasNameLists() bool {
	switch l {
	case Person, Org, GPE, Loc, Event:
		return true
	}
	return false
}
