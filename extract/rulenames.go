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
	"context:feature", "context:list", "context:place", "context:regime", "context:settlement",
	"date:counted", "date:dateline", "date:day-month", "date:day-of-month", "date:day-range", "date:decade",
	"date:holiday", "date:month", "date:month-day", "date:month-year", "date:numeric",
	"date:part", "date:period", "date:range", "date:relative", "date:weekday",
	"date:year", "date:year-period", "date:year-range", "date:year-words",
	"event:acronym-year", "event:before-cue", "event:cue", "event:edition", "event:head", "event:list", "event:mention", "event:opener", "event:title",
	"gazetteer:EVENT", "gazetteer:EVENT-caps", "gazetteer:GPE", "gazetteer:GPE-caps", "gazetteer:LOC", "gazetteer:ORG", "gazetteer:dateline",
	"org:acronym", "org:head", "org:mention", "org:opener", "org:ship",
	"person:apposition", "person:cue", "person:list", "person:mention", "person:name", "person:speaker",
	"place:admin", "place:after", "place:before", "place:compass", "place:state",
	"rank", "role", "short-form", "short-form:mention", "spelled",
}

// ruleIDs maps every name of ruleNames to its index.
var ruleIDs = func() map[string]ruleID {
	m := make(map[string]ruleID, len(ruleNames))
	for i, name := range ruleNames {
		m[name] = ruleID(i)
	}
	return m
}()

// ruleID returns the id of the rule name, keeping a name that ruleNames
// does not list.
func (d *Doc) ruleID(name string) ruleID {
	if id, ok := ruleIDs[name]; ok {
		return id
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
