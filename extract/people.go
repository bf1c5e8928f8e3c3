package extract

import "slices"

// peopleStage builds one PersonRecord per distinct person from the PERSON
// entities and their relations: the full name, every mention, the rank,
// the offices, and the organisation and country the text ties to them.
type peopleStage struct{ lx *lexicon }

func (s *peopleStage) Name() string { return "people" }

func (s *peopleStage) Process(doc *Doc) error {
	buildPeople(doc, func(k int) (string, string) { return s.affiliation(doc, k) })
	return nil
}

// buildPeople sets doc.People from its entities and relations;
// affiliation gives the organisation and the country tied to the office
// doc.Entities[k].
func buildPeople(doc *Doc, affiliation func(k int) (org, country string)) {
	ents := doc.Entities
	// Entity indexes are dense: tables indexed by them are slices, which
	// stay compact and are read in order on a long document, where maps
	// of as many entries would rehash as they grow and miss the cache.
	// head[k] is the full mention whose record mention k belongs to;
	// recOf[k] is that record, or -1 when k is not a person. (Both, and
	// the index of names, are the document's scratch memory.)
	head := doc.scratch.int32Slice(len(ents))
	for k := range head {
		head[k] = int32(k)
	}
	for _, r := range doc.Relations {
		if r.Type == Alias {
			head[r.Arg1] = int32(r.Arg2)
		}
	}
	index := doc.scratch.wordIndex() // full name -> record
	recOf := doc.scratch.int32Slice(len(ents))
	doc.People = doc.People[:0]
	for k, e := range ents {
		recOf[k] = -1
		if e.Label != Person {
			continue
		}
		name := doc.SpanText(ents[head[k]])
		r, ok := index[name]
		if !ok {
			r = int32(len(doc.People))
			index[name] = r
			doc.People = append(doc.People, PersonRecord{Name: name})
		}
		recOf[k] = r
	}
	layOutPeople(doc, recOf)
	for k, r := range recOf {
		if r >= 0 {
			doc.People[r].Mentions = append(doc.People[r].Mentions, k)
		}
	}
	for _, rel := range doc.Relations {
		r := recOf[rel.Arg1]
		if r < 0 {
			continue
		}
		p := &doc.People[r]
		switch rel.Type {
		case HasRank:
			if p.Rank == "" { // the full mention comes first, with the full rank
				p.Rank = ents[rel.Arg2].Value(doc)
			}
		case HasRole:
			p.Roles = appendNew(p.Roles, doc.SpanText(ents[rel.Arg2]))
			org, country := affiliation(rel.Arg2)
			if p.Org == "" {
				p.Org = org
			}
			if p.Country == "" {
				p.Country = country
			}
		}
	}
}

// layOutPeople gives each of doc.People, whose record recOf[k] gives
// for each entity k (-1 for none), empty Mentions and Roles slices of the
// document's arrays peopleMentions and peopleRoles with the room for
// their entities and for their HAS_ROLE relations, so that appending to
// them allocates nothing. A record without an office keeps nil Roles.
func layOutPeople(doc *Doc, recOf []int32) {
	mentions := doc.scratch.int32Slice(len(doc.People))
	roles := doc.scratch.int32Slice(len(doc.People))
	nMentions, nRoles := 0, 0
	for _, r := range recOf {
		if r >= 0 {
			mentions[r]++
			nMentions++
		}
	}
	for _, rel := range doc.Relations {
		if r := recOf[rel.Arg1]; rel.Type == HasRole && r >= 0 {
			roles[r]++
			nRoles++
		}
	}
	doc.peopleMentions = slices.Grow(doc.peopleMentions[:0], nMentions)[:nMentions]
	doc.peopleRoles = slices.Grow(doc.peopleRoles[:0], nRoles)[:nRoles]
	m, o := 0, 0
	for r := range doc.People {
		p := &doc.People[r]
		n := int(mentions[r])
		p.Mentions, m = doc.peopleMentions[m:m:m+n], m+n
		if n = int(roles[r]); n > 0 {
			p.Roles, o = doc.peopleRoles[o:o:o+n], o+n
		}
	}
}

// affiliation returns the organisation and the country the text ties to
// the office ents[k]; a GPE that is not a country (a city, a province) is
// no one's country: a nationality adjective or a country just before it
// ("French Minister ..."), an organisation or country after "of", "at" or
// "under" just after it ("Director of the Vietnam Department ..."). A
// country after "to" is where the office is posted, not whose it is
// ("Vietnamese Defense Attaché to France").
func (s *peopleStage) affiliation(doc *Doc, k int) (org, country string) {
	ents, toks := doc.Entities, doc.Tokens
	e := ents[k]
	if i := e.TokStart - 1; i >= 0 {
		if n, c, ok := s.lx.demonyms.longest(toks, i); ok && n == 1 {
			country = c
		}
		if k > 0 && ents[k-1].TokEnd == e.TokStart {
			switch ents[k-1].Label {
			case GPE:
				if s.lx.isCountry(doc, ents[k-1].TokStart, ents[k-1].TokEnd) {
					country = doc.SpanText(ents[k-1])
				}
			case Org:
				org = doc.SpanText(ents[k-1])
			}
		}
	}
	// After the office: "of|at|to|under" ["the"] [adjective] ORG|GPE.
	j, next := e.TokEnd, k+1
	if j < len(toks) {
		switch toks[j].Lower(doc) {
		case "of", "at", "under":
			j++
			for j < len(toks) && (toks[j].Lower(doc) == "the" || s.lx.demonymWord(doc, j)) {
				if n, c, ok := s.lx.demonyms.longest(toks, j); ok && n == 1 && country == "" {
					country = c
				}
				j++
			}
			if next < len(ents) && ents[next].TokStart == j {
				switch ents[next].Label {
				case Org:
					org = doc.SpanText(ents[next])
				case GPE:
					if country == "" && s.lx.isCountry(doc, ents[next].TokStart, ents[next].TokEnd) {
						country = doc.SpanText(ents[next])
					}
				}
			}
		}
	}
	return org, country
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
