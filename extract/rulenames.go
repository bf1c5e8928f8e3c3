package extract

import (
	"math"
	"slices"
)

// ruleID names the rule that proposed a span in one byte: an index into
// ruleNames or, for a name not listed there, len(ruleNames) + an index
// into the document's moreRules. A document whose unlisted names would
// overflow the byte (hundreds of them; the stages have a few dozen
// names, all listed) gives the further ones the empty name.
type ruleID uint8

// ruleNames lists the names of the stages' rules, sorted. A name not
// listed here still works, kept by the document.
var ruleNames = []string{
	"",
	"agreement",
	"agreement:mention", "context:compound", "context:feature", "context:kin", "context:list", "context:mention", "context:org", "context:place", "context:regime", "context:settlement",
	"date:counted", "date:dateline", "date:day-month", "date:day-of-month", "date:day-range", "date:decade",
	"date:holiday", "date:month", "date:month-day", "date:month-year", "date:numeric",
	"date:part", "date:period", "date:range", "date:relative", "date:weekday",
	"date:year", "date:year-period", "date:year-range", "date:year-words",
	"event:acronym-year", "event:apposition", "event:before-cue", "event:cue", "event:edition", "event:head", "event:list", "event:mention", "event:opener", "event:quoted", "event:title",
	"gazetteer:EVENT", "gazetteer:EVENT-caps", "gazetteer:GPE", "gazetteer:GPE-caps", "gazetteer:LOC", "gazetteer:LOC-caps", "gazetteer:ORG", "gazetteer:dateline",
	"org:acronym", "org:head", "org:mention", "org:nickname", "org:opener", "org:ship",
	"person:apposition", "person:cue", "person:list", "person:mention", "person:name", "person:speaker",
	"place:admin", "place:after", "place:before", "place:compass", "place:compass-state", "place:dateline", "place:facility", "place:honoree", "place:owner", "place:state", "place:town",
	"rank", "resolve:speaker", "role", "short-form", "short-form:mention", "spelled", "spelled:body",
}

// ruleSlots finds the names of ruleNames by ruleHash, every candidate of
// every stage asking it once: an open-addressing table of 1 + the index
// of each name, 0 for an empty slot, which a lookup probes in a few
// instructions where a map hashes the whole name. It is built once and
// only read afterwards.
var ruleSlots = func() (slots [ruleSlotCount]uint8) {
	for i, name := range ruleNames {
		k := ruleHash(name)
		for slots[k] != 0 {
			k = (k + 1) % ruleSlotCount
		}
		slots[k] = uint8(i + 1)
	}
	return slots
}()

// ruleSlotCount is the size of ruleSlots, a power of two at least twice
// the number of ruleNames, which the id's byte bounds.
const ruleSlotCount = 256

// ruleHash returns the home slot of name in ruleSlots, from its length
// and three of its bytes: enough to tell the names apart.
func ruleHash(name string) uint32 {
	n := len(name)
	if n == 0 {
		return 0
	}
	h := uint32(n) | uint32(name[0])<<8 | uint32(name[n/2])<<16 | uint32(name[n-1])<<24
	return h * 0x9E3779B1 >> 24 // 24 = 32 - log2(ruleSlotCount)
}

// ruleID returns the id of the rule name, keeping a name that ruleNames
// does not list.
func (d *Doc) ruleID(name string) ruleID {
	for k := ruleHash(name); ruleSlots[k] != 0; k = (k + 1) % ruleSlotCount {
		if i := ruleSlots[k] - 1; ruleNames[i] == name {
			return ruleID(i)
		}
	}
	k := slices.Index(d.moreRules, name)
	if k < 0 {
		if len(ruleNames)+len(d.moreRules) > math.MaxUint8 {
			return 0
		}
		k = len(d.moreRules)
		d.moreRules = append(d.moreRules, name)
	}
	return ruleID(len(ruleNames) + k)
}

// ruleName returns the name of the rule id.
func (d *Doc) ruleName(id ruleID) string {
	if int(id) < len(ruleNames) {
		return ruleNames[id]
	}
	return d.moreRules[int(id)-len(ruleNames)]
}
