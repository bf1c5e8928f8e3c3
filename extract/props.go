package extract

import "math/bits"

// tokenProps are yes/no facts about a token's word that the stages' first
// tests ask of nearly every token: may it start a listed name, an office,
// a rank, ... The tokenizer reads them once per token from a table by
// vocabulary id, so that those tests read a bit of the token instead of
// a set each (issue 16). Each bit is exactly a set's membership test, so
// no stage decides otherwise than it would by asking the set.
type tokenProps uint8

const (
	// propListedFirst: a first word of a gazetteer phrase, by either
	// id (gazetteerStage.firstWords).
	propListedFirst tokenProps = 1 << iota
	// propRoleStart: the first word of an office's modifier or head
	// (mayStartRole's sets).
	propRoleStart
	// propAgreementStart: the first word of an agreement head.
	propAgreementStart
	// propRankStart: a rank's first word or abbreviation (mayStartRank).
	propRankStart
	// propPlacePrep: a word of placePreps, placeWeakPreps, placeBefore,
	// placeBeforeOf, placeState, placeWeakWords, placePartWords or
	// placeWith.
	propPlacePrep
	// propPersonCue: the first word of an honorific or a nickname cue,
	// or a person cue (personStage's first tests).
	propPersonCue
	// propShipType: a kind of ship (shipTypes).
	propShipType
	// propOrgCue: a noun for a kind of organisation (orgCues).
	propOrgCue
)

// propTable holds the properties of every vocabulary id in two flat
// tables of a byte an id (see flat.go), which a compiled lexicon holds
// ready to use: low[id] those of the sets keyed by the lower case, for a
// token whose lower-case id is id, text[id] those of the sets keyed by the
// text, for a token whose text's id is id. It is built once the rules
// are loaded (newPropTable) and only read afterwards.
type propTable struct{ low, text string }

// of returns the properties of a token with the ids id and low. Tokens
// made while the rules load, before the table is built, have none.
func (pt propTable) of(id, low uint32) tokenProps {
	if int(id) >= len(pt.text) || int(low) >= len(pt.low) {
		return 0
	}
	return tokenProps(pt.low[low] | pt.text[id])
}

// propBits builds a propTable.
type propBits struct{ low, text []byte }

// mark gives p to the ids of s, as a token's lower-case id (byText
// false) or its text's id (byText true).
func (pb propBits) mark(p tokenProps, s idSet, byText bool) {
	dst := pb.low
	if byText {
		dst = pb.text
	}
	for w, word := range s {
		for ; word != 0; word &= word - 1 {
			id := w*64 + bits.TrailingZeros64(word)
			if id >= len(dst) {
				return
			}
			dst[id] |= byte(p)
		}
	}
}

// markStarts gives p to the first words of the phrases of s, by the id
// its matches are keyed by.
func (pb propBits) markStarts(p tokenProps, s *phraseSet) {
	pb.mark(p, s.starts, !s.fold)
}

// newPropTable builds the table of the sets behind each property, for
// a vocabulary that holds every word of the rules.
func newPropTable(lx *lexicon, gaz *gazetteerStage) propTable {
	n := lx.tk.vocab.size()
	pt := propBits{make([]byte, n), make([]byte, n)}
	pt.mark(propListedFirst, gaz.firstWords, false)
	pt.mark(propListedFirst, gaz.firstWords, true)
	pt.mark(propRoleStart, lx.roleMods.starts, false)
	pt.mark(propRoleStart, lx.roleHeads.starts, false)
	pt.mark(propAgreementStart, lx.agreementHeads.starts, false)
	pt.mark(propRankStart, lx.ranks.starts, false)
	pt.mark(propRankStart, lx.rankAbbrev.keys, false)
	for _, s := range []*wordSet{lx.placePreps, lx.placeWeakPreps, lx.placeBefore, lx.placeBeforeOf, lx.placeState, lx.placeWeakWords, lx.placePartWords, lx.placeWith} {
		pt.mark(propPlacePrep, s.ids, false)
	}
	pt.markStarts(propPersonCue, lx.honorifics)
	pt.markStarts(propPersonCue, lx.nicknameCues)
	pt.mark(propPersonCue, lx.personCues.ids, false)
	pt.mark(propShipType, lx.shipTypes.ids, false)
	pt.mark(propOrgCue, lx.orgCues.ids, false)
	return propTable{string(pt.low), string(pt.text)}
}
