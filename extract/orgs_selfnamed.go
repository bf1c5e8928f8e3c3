package extract

// selfNamedGroups proposes as an organisation the name a group gives
// itself after a verb of naming and a reflexive of a group ("themselves",
// "itself"): "rebels who call themselves the Sons of Kessa", "a movement
// calling itself Zorvik Dawn". The name is capitalised words, "of" and
// "the" between them ("Sons of the Kessa Valley"), that end their phrase
// or before a verb's past form ("Zorvik Dawn claimed"), not before a
// noun ("call themselves Kessa residents"); "himself" or "herself" names a person's
// title instead ("calls himself the Emir").
func (s *contextStage) selfNamedGroups(doc *Doc, claimed []bool) {
	toks := doc.Tokens
	for k := 1; k+1 < len(toks); k++ {
		// (The reflexives' lengths first: most tokens stop there.)
		if n := toks[k].End - toks[k].Start; n != uint32(len("themselves")) && n != uint32(len("itself")) || toks[k].Kind != Word {
			continue
		}
		if w := toks[k].Lower(doc); w != "themselves" && w != "itself" || !s.lx.namingVerb(&toks[k-1]) || !s.lx.groupBefore(doc, k-1) {
			continue
		}
		i := k + 1
		if toks[i].Lower(doc) == "the" {
			i++
		}
		end := i
		for end < len(toks) && !claimed[end] && toks[end].Kind == Word && end-i < maxNameTokens {
			switch {
			case toks[end].IsCap() && s.lx.isNameWord(doc, &toks[end]):
				end++
				continue
			case end > i && end+1 < len(toks) && (toks[end].Lower(doc) == "of" || toks[end].Lower(doc) == "the") && (toks[end+1].IsCap() || end+2 < len(toks) && toks[end+1].Lower(doc) == "the" && toks[end+2].IsCap()):
				end++
				continue
			}
			break
		}
		if end > i && toks[end-1].IsCap() && (endsPhrase(doc, end) || pastForm(toks[end].Lower(doc))) {
			candidate(doc, i, end, Org, "", orgCueRule, PriorityGuess)
		}
	}
}

// groupBefore reports whether a noun for a group, or for members of an
// armed or political group, stands right before the naming verb at
// toks[v] or before a relative pronoun there ("rebels who call
// themselves", "a movement calling itself"): fans or brothers who call
// themselves something name no organisation. The nouns are
// context_words.tsv's `self-named`.
func (lx *lexicon) groupBefore(doc *Doc, v int) bool {
	k := v - 1
	if k >= 0 {
		switch doc.Tokens[k].Lower(doc) {
		case "who", "which", "that":
			k--
			if k >= 0 && doc.Tokens[k].Text(doc) == "," {
				k-- // "The rebels, who call themselves"
			}
		}
	}
	if k < 0 {
		return false
	}
	return lx.selfNamedGroups.hasTok(&doc.Tokens[k])
}

// namingVerb reports whether t is a form of a verb that gives a name
// ("call", "calling", "styled", "dubbed"): context_words.tsv's `naming`.
func (lx *lexicon) namingVerb(t *Token) bool {
	return lx.namingVerbs.hasTok(t)
}
