package extract

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/newsextract/newsextract/rules"
)

// The date grammar walks the tokens once, left to right. At each token that
// can open a date it tries the patterns below and keeps the first that
// matches; the tokens it covers are skipped. The mentions found are then
// resolved in document order (see resolveDates) and appended to
// Doc.Candidates.
//
// Span decisions (ANNOTATION.md: "DATE drops prepositions and period
// nouns", "modifiers belong to the span"):
//   - Prepositions, determiners and period nouns stay outside: "since 2013"
//     → "2013", "the 2003-2008 period" → "2003-2008", "on the same day" →
//     "same day", "the 1990s" → "1990s". The count of a relative expression
//     is not a determiner and stays: "a year ago".
//   - Modifiers stay inside: "late 2016", "early next year", "earlier today",
//     "mid-2017"; so does a leading weekday: "Tuesday, Dec. 26", and the
//     words that qualify a count: "nearly two weeks ago", "more than a
//     year ago", "exactly a year ago" (as TimeBank's spans are).
//   - Only dashes (and, for short forms, a slash: "2017/18") join the two
//     ends of a range into one span: "2018 – 2028", "5-6 April 2016",
//     "November 16 - 17". Ends joined by words are two DATEs, as "2010 and
//     2016" is: "from 2015 to 2018" → "2015", "2018"; "between 2003 and
//     2008" → "2003", "2008".
//   - Times of day are not part of a date: "Sunday morning" → "Sunday".

// gran is the granularity of a date value.
type gran uint8

const (
	granNone    gran = iota
	granDecade       // "199"
	granYear         // "2024"
	granHalf         // "2017-H1"
	granQuarter      // "2023-Q3"
	granSeason       // "2017-SU"
	granMonth        // "2022-04"
	granWeek         // "2023-W51"
	granWeekend      // "2023-W51-WE"
	granDay          // "2023-12-18"
	granWeekday      // "XXXX-WXX-7": a weekday of an unknown week
)

// point is a date value; zero fields are unknown. For granWeek and
// granWeekend, year is the ISO year and sub the ISO week; sub is also the
// half, quarter, season (1 spring … 4 winter) or weekday (1 Monday … 7
// Sunday) of the granularities that have one. For granDecade, year is the
// decade's first year.
type point struct {
	year, month, day int
	sub              int
	gran             gran
}

// mentionKind says how a mention gets its value.
type mentionKind uint8

const (
	// absolute: the text gives the whole value ("2023-12-18", "2016").
	absolute mentionKind = iota
	// yearless: the text gives no year ("December 18", "in February");
	// it comes from the sentence, the paragraph or the DCT.
	yearless
	// deictic: relative to the time of writing ("next year", "today").
	deictic
	// narrative: relative to the last date mentioned ("two years later",
	// "the same day").
	narrative
)

// mention is one date expression found in the tokens.
type mention struct {
	tokStart, tokEnd int
	// rule names the pattern that matched, as Span.Rule ("date:year").
	rule string
	kind mentionKind
	// start is the value, or its template for relative mentions (gran
	// set, fields unknown); end is the end of a range (gran granNone
	// when the mention is not a range).
	start, end point
	// unit and shift say how a relative mention moves from its
	// reference: shift units of unit (granDay, granWeek, granMonth,
	// granYear, or granWeekday for "last Monday").
	unit  gran
	shift int
	// tense is the time the sentence of a weekday or a yearless date
	// speaks of: "will meet ... on Tuesday" counts forward. strict is set
	// when the mention says it ("last August 23"): the date is then
	// before (after) the DCT however far.
	tense  tense
	strict bool
	// hol is the holiday a mention names ("Christmas Day"); its day is
	// set once its year is known.
	hol *holiday
	// reason is what the value was worked out from.
	reason Anchor
	// dayShift moves the resolved day: -1 for "the day before …", 1 for
	// "the day after …".
	dayShift int
	// weekOf is set for "the week of March 6" and "Easter week": the
	// value is the ISO week of the day.
	weekOf bool
	// sent and para number the sentence and paragraph of the first token.
	sent, para int
}

// role is a set of the parts a word can play in a date.
type role uint32

const (
	roleMonth        role = 1 << iota // n = 1..12
	roleAbbr                          // abbreviation: needs a day or year beside it
	roleWeekday                       // n = 1 (Monday) .. 7 (Sunday)
	roleSeason                        // n = 1 (spring) .. 4 (winter)
	roleUnit                          // n = day, week, weekend, month or year (a gran)
	roleCount                         // n = the number ("two", "a")
	roleOrdinal                       // n = 1..4 ("third" quarter)
	rolePart                          // n = granQuarter or granHalf
	rolePartCode                      // "Q3", "H1": n = the number, part in the rolePart field
	roleShift                         // this, next, last: n = shift
	roleNarrative                     // same, following, previous, next: n = shift
	roleMod                           // early, late, mid, earlier, later
	roleSuffix                        // ago, later, earlier: n = direction
	roleDayWord                       // today, yesterday, tomorrow: n = shift
	roleCue                           // prepositions that announce a bare month
	roleBlocker                       // nouns that take a number: "Resolution 2254"
	roleQuantity                      // words before a quantity: "about 2000"
	roleCountNoun                     // nouns after a quantity: "2000 troops"
	roleDuration                      // "over the last year" is a duration
	roleDatelineWord                  // "date 2023-12-19"
	roleFuture                        // "will": the sentence speaks of what is to come
	rolePast                          // "said": the sentence speaks of the past
	roleFutureTo                      // "set", "plan": the future when "to" follows
	rolePeriodAdj                     // current, latest, full, fiscal, past: n = shift
	roleYearWord                      // nineteen, twenty …: n = the number
	roleHoliday                       // the first word of a holiday's name
	roleFutureObj                     // "planned": the future when "to" or an article follows
	roleCountMod                      // "nearly", "exactly": opens a counted date ("nearly two weeks ago")
	roleChange                        // "postponed": a verb of moving a date, whose "from" date is the old one
)

// roleOpens is the set of roles of a word that can open a date; a word
// with none of them is skipped without trying the patterns.
const roleOpens = roleMonth | roleWeekday | roleSeason | roleUnit | roleCount | roleOrdinal | rolePart |
	rolePartCode | roleShift | roleNarrative | roleMod | roleDayWord | rolePeriodAdj |
	roleYearWord | roleHoliday

// wordInfo is what the lexicon knows about a lower-case word.
type wordInfo struct {
	roles role
	n     int
	// part is the granularity a rolePartCode word stands for.
	part gran
}

// dateStage finds DATE expressions and normalises them to ISO values. It
// only reads its lexicon in Process, so it is safe for concurrent use.
type dateStage struct {
	lex map[string]wordInfo
	// byID holds the entries of lex by the words' vocabulary ids, for
	// the tokens' lower-case ids (see lexIndex).
	byID lexIndex
	// opens holds the ids of the words that may open a date (roleOpens).
	opens idSet
	// known filters out, before the map lookup, the words lex lacks.
	known *wordFilter
	// holidays maps the first lower-case word of a holiday's name to the
	// holidays it opens, longest first.
	holidays map[string][]*holiday
}

// dateWordClasses names the word classes of rules/date_words.tsv.
var dateWordClasses = map[string]role{
	"cue":        roleCue,
	"blocker":    roleBlocker,
	"quantity":   roleQuantity,
	"count-noun": roleCountNoun,
	"duration":   roleDuration,
	"dateline":   roleDatelineWord,
	"future":     roleFuture,
	"past":       rolePast,
	"future-to":  roleFutureTo,
	"future-obj": roleFutureObj,
	"count-mod":  roleCountMod,
	"change":     roleChange,
}

// newDateStage builds the date grammar's lexicon: its closed vocabulary
// (months, weekdays, numbers, relative words) from the code, its open word
// classes from rules/date_words.tsv.
func newDateStage(rs *rules.Set, vocab *vocabulary) (*dateStage, error) {
	s := &dateStage{lex: map[string]wordInfo{}}
	add := func(r role, n int, words ...string) {
		for _, w := range words {
			e := s.lex[w]
			e.roles |= r
			if n != 0 {
				e.n = n
			}
			s.lex[w] = e
		}
	}
	months := [...][]string{
		{"january", "jan", "jan."}, {"february", "feb", "feb."},
		{"march", "mar", "mar."}, {"april", "apr", "apr."}, {"may"},
		{"june", "jun", "jun."}, {"july", "jul", "jul."},
		{"august", "aug", "aug."}, {"september", "sep", "sep.", "sept", "sept."},
		{"october", "oct", "oct."}, {"november", "nov", "nov."},
		{"december", "dec", "dec."},
	}
	for i, names := range months {
		add(roleMonth, i+1, names[0])
		add(roleMonth|roleAbbr, i+1, names[1:]...)
	}
	weekdays := [...][]string{
		{"monday", "mon."}, {"tuesday", "tue.", "tues."},
		{"wednesday", "wed."}, {"thursday", "thu.", "thur.", "thurs."},
		{"friday", "fri."}, {"saturday", "sat."}, {"sunday", "sun."},
	}
	for i, names := range weekdays {
		add(roleWeekday, i+1, names[0])
		add(roleWeekday|roleAbbr, i+1, names[1:]...)
	}
	add(roleSeason, 1, "spring")
	add(roleSeason, 2, "summer")
	add(roleSeason, 3, "autumn", "fall")
	add(roleSeason, 4, "winter")
	add(roleUnit, int(granDay), "day", "days")
	add(roleUnit, int(granWeek), "week", "weeks")
	add(roleUnit, int(granWeekend), "weekend")
	add(roleUnit, int(granMonth), "month", "months")
	add(roleUnit, int(granYear), "year", "years")
	for i, w := range [...]string{"one", "two", "three", "four", "five", "six",
		"seven", "eight", "nine", "ten", "eleven", "twelve"} {
		add(roleCount, i+1, w)
	}
	add(roleCount, 1, "a", "an")
	add(roleCount, 20, "twenty")
	add(roleCount, 30, "thirty")
	add(roleCount, 50, "fifty")
	for i, w := range [...]string{"first", "second", "third", "fourth"} {
		add(roleOrdinal, i+1, w)
	}
	add(rolePart, int(granQuarter), "quarter")
	add(rolePart, int(granHalf), "half")
	for i, q := range [...]string{"q1", "q2", "q3", "q4"} {
		s.lex[q] = wordInfo{roles: rolePartCode, n: i + 1, part: granQuarter}
	}
	for i, h := range [...]string{"h1", "h2"} {
		s.lex[h] = wordInfo{roles: rolePartCode, n: i + 1, part: granHalf}
	}
	add(roleShift, 0, "this")
	add(roleShift|roleNarrative, 1, "next")
	add(roleShift, -1, "last")
	add(roleNarrative, 0, "same", "that")
	add(roleNarrative, 1, "following")
	add(roleNarrative, -1, "previous")
	add(roleMod, 0, "early", "late", "mid", "end", "beginning", "start", "middle")
	add(roleMod|roleSuffix, 1, "later")
	add(roleMod|roleSuffix, -1, "earlier")
	add(roleSuffix, -1, "ago")
	add(roleDayWord, 0, "today")
	add(roleDayWord, -1, "yesterday")
	add(roleDayWord, 1, "tomorrow")
	add(roleUnit, int(granDay), "morning", "afternoon", "evening", "night")
	add(rolePeriodAdj, 0, "current", "full")
	add(rolePeriodAdj, -1, "latest", "past")
	add(roleMod, 0, "fiscal", "fy")
	for i, w := range [...]string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
		"sixteen", "seventeen", "eighteen", "nineteen"} {
		add(roleYearWord, 10+i, w)
	}
	for i, w := range [...]string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"} {
		add(roleYearWord, 1+i, w)
	}
	for i, w := range [...]string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(roleYearWord, 20+10*i, w)
	}
	add(roleYearWord, 1000, "thousand")
	add(roleYearWord, 100, "hundred")
	words, err := rs.List("date_words.tsv", 2, 2)
	if err != nil {
		return nil, err
	}
	for _, e := range words {
		r, ok := dateWordClasses[e.Fields[1]]
		if !ok {
			return nil, fmt.Errorf("%s:%d: unknown date word class %q", e.File, e.Line, e.Fields[1])
		}
		add(r, 0, lower(e.Fields[0]))
	}
	if s.holidays, err = loadHolidays(rs); err != nil {
		return nil, err
	}
	s.known = new(wordFilter)
	for w := range s.lex {
		s.known.add(w)
	}
	for w := range s.holidays {
		add(roleHoliday, 0, w)
		s.known.add(w)
	}
	// In sorted order, so that every pipeline gives the words the same ids.
	lexWords := slices.Sorted(maps.Keys(s.lex))
	ids := make([]uint32, len(lexWords))
	for i, w := range lexWords {
		ids[i] = vocab.intern(w)
		if s.lex[w].roles&roleOpens != 0 {
			s.opens.add(ids[i])
		}
	}
	if s.byID, err = newLexIndex(ids, func(i int) wordInfo { return s.lex[lexWords[i]] }); err != nil {
		return nil, err
	}
	return s, nil
}

// lexIndex gives the date lexicon's entries by vocabulary id. The ids
// of its few hundred words spread over the whole vocabulary, so a table
// of entries by id would be mostly empty (some 350 KB, which a fresh
// process pays in page faults); slots holds a small number per id
// instead, an index into entries, whose entry 0 is empty.
type lexIndex struct {
	slots   []uint16
	entries []wordInfo
}

// newLexIndex returns the index of the entries entry(i) of the words
// with the vocabulary ids ids[i].
func newLexIndex(ids []uint32, entry func(i int) wordInfo) (lexIndex, error) {
	if len(ids) >= 1<<16 {
		return lexIndex{}, fmt.Errorf("the date lexicon has %d words, more than an index holds", len(ids))
	}
	x := lexIndex{entries: make([]wordInfo, len(ids)+1)}
	if len(ids) > 0 {
		x.slots = make([]uint16, slices.Max(ids)+1)
	}
	for i, id := range ids {
		x.slots[id] = uint16(i + 1)
		x.entries[i+1] = entry(i)
	}
	return x, nil
}

// get returns the entry of the word id, empty for a word the lexicon
// lacks.
func (x *lexIndex) get(id uint32) wordInfo {
	if int(id) < len(x.slots) {
		return x.entries[x.slots[id]]
	}
	return wordInfo{}
}

func (s *dateStage) Name() string { return "dates" }

// Process finds the dates of doc, reads the DCT from a dateline when doc
// has none, and appends the dates to doc.Candidates.
func (s *dateStage) Process(doc *Doc) error {
	p := dateParser{stage: s, holidays: s.holidays, doc: doc, toks: doc.Tokens, lastEnd: -1,
		out: doc.scratch.mentions[:0]}
	defer func() { doc.scratch.mentions = p.out[:0] }()
	sent, para, next := -1, -1, 0
	// (Locals, not p's fields: the loop's tests of every token read no
	// memory that the calls below might have changed.)
	toks, opens := p.toks, s.opens
	for i := range toks {
		t := &toks[i]
		if t.SentStart() {
			sent++
		}
		if i == 0 || t.Newline() { // a line break before the token
			para++
		}
		if i < next || t.Kind == Punct {
			continue
		}
		// A word that opens no date, by its id (p.word answers a
		// typographic apostrophe).
		if t.Kind == Word && (!t.curly() && !opens.has(t.lowID) || t.curly() && p.word(i).roles&roleOpens == 0) {
			continue
		}
		m, ok := p.parse(i, false)
		if !ok {
			m, ok = p.dayOfMonthBefore(i)
		}
		if !ok || p.crossesBreak(m.tokStart, m.tokEnd) {
			continue
		}
		m = p.dayRangeTo(p.extendRange(m))
		p.dayBeforeAfter(&m)
		p.lastOrNext(&m)
		if m.kind == yearless && m.tense == tenseNone {
			m.tense = p.tenseAround(m.tokStart, m.tokEnd)
		}
		m.sent, m.para = sent, para
		p.out = append(grow(p.out, 0), m)
		p.lastEnd = m.tokEnd
		next = m.tokEnd
	}
	if len(p.out) == 0 {
		return nil
	}
	if doc.win.from == 0 || !pastHeadline(doc.Text[:doc.win.from]) {
		p.markDateline(doc)
	}
	resolveDates(p.out, p.doc, parseDCT(doc.DCT))
	var buf [32]byte
	for _, m := range p.out {
		if m.dayShift != 0 && m.start.gran == granDay && m.start.year != 0 && m.end.gran == granNone {
			m.start = fromTime(time.Date(m.start.year, time.Month(m.start.month), m.start.day+m.dayShift, 0, 0, 0, 0, time.UTC))
		}
		if m.weekOf && m.start.gran == granDay && m.start.year != 0 {
			t := time.Date(m.start.year, time.Month(m.start.month), m.start.day, 0, 0, 0, 0, time.UTC)
			y, w := t.ISOWeek()
			m.start = point{year: y, sub: w, gran: granWeek}
		}
		v := m.start.appendTo(buf[:0])
		if m.end.gran != granNone {
			v = m.end.appendTo(append(v, '/'))
		}
		c := Span{
			Start: p.toks[m.tokStart].Start, End: p.toks[m.tokEnd-1].End,
			TokStart: m.tokStart, TokEnd: m.tokEnd,
			Label: Date, rule: doc.ruleID(m.rule),
			Priority: PriorityGrammar, Anchor: m.reason,
		}
		doc.SetValue(&c, string(v))
		doc.Candidates = append(grow(doc.Candidates, len(p.out)), c)
	}
	return nil
}

// dayRangeTo extends the day m over "to" and the bare day that ends a
// span of days ("Sept. 21 to 28", "November 6 through 23"), or over "and"
// and the next day ("May 9 and 10"): one DATE with a start and an end, as
// ANNOTATION.md writes ranges.
func (p *dateParser) dayRangeTo(m mention) mention {
	if m.start.gran != granDay || m.end.gran != granNone || m.start.month == 0 {
		return m
	}
	k := m.tokEnd
	and := p.lowerAt(k) == "and" // "May 9 and 10": the two days of one meeting
	if !isRangeWord(p.lowerAt(k)) && !and {
		return m
	}
	d := p.dayAt(k + 1)
	if d == 0 || d <= m.start.day || p.toks[k+1].Kind != Number {
		return m
	}
	// "to 28 June" and "to 28, 2024" are dates of their own; "to 5
	// people" is a count.
	if mo, _ := p.monthAt(k + 2); mo != 0 || p.lowerAt(k+2) == "," && p.yearAt(k+3) != 0 {
		return m
	}
	if k+2 < len(p.toks) && p.toks[k+2].Kind != Punct && !isClauseWord(p.lowerAt(k+2)) {
		return m
	}
	if and && d != m.start.day+1 {
		return m // "May 9 and 12" are two days, not a span
	}
	m.end = m.start
	m.end.day = d
	m.tokEnd, m.rule = k+2, "date:day-range"
	return m
}

// spanWord reports whether w joins two dates into one range ("Aug. 31 to
// Sept. 3", "May 31 through June 9"), as a dash does;
// "until" and "till" join two dates that the gold keeps apart ("from 1
// July 2021 until 30 August 2022").
func spanWord(w string) bool { return w == "to" || w == "through" }

// spanToYear returns the last day of a span of days that a range word at
// toks[k] opens after the day d, when a comma and a year close it ("Dec. 8
// to 12, 2026": one range in 2026, as "Dec. 8-12, 2026" is), or 0.
func (p *dateParser) spanToYear(k, d int) int {
	if !spanWord(p.lowerAt(k)) || k+3 >= len(p.toks) || p.toks[k+1].Kind != Number || p.lowerAt(k+2) != "," || p.yearAt(k+3) == 0 {
		return 0
	}
	if e := p.dayAt(k + 1); e > d {
		return e
	}
	return 0
}

// otherDay returns a mention of day d in m's month at token k.
func (m mention) otherDay(k, d int, rule string) mention {
	m.tokStart, m.tokEnd = k, k+1
	m.start.day = d
	m.rule = rule
	return m
}

// isRangeWord reports whether w joins the two ends of a span of days.
func isRangeWord(w string) bool {
	switch w {
	case "to", "through", "until", "till":
		return true
	}
	return false
}

// dayOfMonthBefore reads "on the 26th", a day of the month of the last
// date before it ("July 24 ... Also on the 26th").
func (p *dateParser) dayOfMonthBefore(i int) (mention, bool) {
	t := &p.toks[i]
	if t.Kind != Number || !isOrdinal(p.doc, t) || p.lowerAt(i-1) != "the" || p.lowerAt(i-2) != "on" || len(p.out) == 0 {
		return mention{}, false
	}
	d := p.dayAt(i)
	if d == 0 || i+1 < len(p.toks) && (p.lowerAt(i+1) == "of" || p.toks[i+1].Kind == Word && !isClauseWord(p.lowerAt(i+1))) {
		return mention{}, false
	}
	last := p.out[len(p.out)-1]
	if last.start.gran != granDay || last.start.month == 0 || last.end.gran != granNone {
		return mention{}, false
	}
	return last.otherDay(i, d, "date:day-of-month"), true
}

// isClauseWord reports whether w may follow a date and start a new
// phrase ("... to 28 in Hanoi", "... to 28 and ...").
func isClauseWord(w string) bool {
	switch w {
	case "in", "at", "on", "and", "or", "with", "for", "when", "while", "as", "after", "before", "the", "this", "that":
		return true
	}
	return false
}

// dayBeforeAfter widens m over "the day before" or "the day after" said
// of it ("the day before last Tuesday's hearing", "the day after
// Christmas"): its value moves by a day once resolved.
func (p *dateParser) dayBeforeAfter(m *mention) {
	i := m.tokStart
	day := m.start.gran == granDay || m.unit == granDay || m.unit == granWeekday || m.hol != nil
	if !day || i < 2 || i-2 <= p.lastEnd-1 || p.lowerAt(i-2) != "day" || m.end.gran != granNone {
		return
	}
	switch p.lowerAt(i - 1) {
	case "before":
		m.dayShift = -1
	case "after":
		m.dayShift = 1
	default:
		return
	}
	m.tokStart = i - 2
}

// lastOrNext takes a "last" or "next" before a yearless day or month into
// the mention, as its tense: "last August 23" (Philippine and Indian
// outlets' usage) is the August 23 before the document's date.
func (p *dateParser) lastOrNext(m *mention) {
	i := m.tokStart
	if m.kind != yearless || i == 0 || i-1 <= p.lastEnd-1 || p.toks[i-1].IsCap() {
		return
	}
	switch p.lowerAt(i - 1) {
	case "last":
		m.tense = tensePast
	case "next":
		m.tense = tenseFuture
	default:
		return
	}
	m.tokStart, m.strict = i-1, true
}

// thisPastOrComing reads "this past" or "this coming" before a weekday,
// "weekend" or a month at toks[i]: the day, weekend or month nearest the
// document's date on that side ("this past Friday", "this coming weekend",
// "this past April"), and "this past year", the document's own year.
func (p *dateParser) thisPastOrComing(i int) (mention, bool) {
	if p.lowerAt(i) != "this" {
		return mention{}, false
	}
	var t tense
	switch p.lowerAt(i + 1) {
	case "past":
		t = tensePast
	case "coming":
		t = tenseFuture
	default:
		return mention{}, false
	}
	next := p.word(i + 2)
	m := mention{tokStart: i, tokEnd: i + 3, rule: "date:relative", kind: deictic}
	switch {
	case next.roles&roleWeekday != 0 && next.roles&roleAbbr == 0 && i+2 < len(p.toks) && p.toks[i+2].IsCap():
		m.unit, m.tense = granWeekday, t
		m.start = point{sub: next.n, gran: granWeekday}
	case next.roles&roleUnit != 0 && gran(next.n) == granWeekend && p.lowerAt(i+2) == "weekend":
		m.unit, m.start.gran = granWeekend, granWeekend
		if t == tensePast {
			m.shift = -1
		}
	case next.roles&roleMonth != 0 && next.roles&roleAbbr == 0 && i+2 < len(p.toks) && p.toks[i+2].IsCap() && p.dayAt(i+3) == 0:
		// "this past April": the April nearest the document's date on
		// that side, as a yearless month with that tense.
		m.kind, m.tense, m.strict = yearless, t, true
		m.start = point{month: next.n, gran: granMonth}
	case t == tensePast && p.lowerAt(i+2) == "year":
		// "this past year": the year now ending, the document's own.
		m.unit, m.start.gran = granYear, granYear
	default:
		return mention{}, false
	}
	return m, true
}

// theWeekend reads "weekend" after "over the", "at the", "during the" or
// "on the": the weekend nearest the document's date, before it when the
// sentence tells of the past ("they met over the weekend"), else the
// coming one ("at the weekend"). The article stays out of the span, as
// ANNOTATION.md's rule 2 has it.
func (p *dateParser) theWeekend(i int) (mention, bool) {
	if p.lowerAt(i) != "weekend" || p.lowerAt(i-1) != "the" {
		return mention{}, false
	}
	switch p.lowerAt(i - 2) {
	case "over", "at", "during", "on":
	default:
		return mention{}, false
	}
	m := mention{tokStart: i, tokEnd: i + 1, rule: "date:relative", kind: deictic, unit: granWeekend}
	m.start.gran = granWeekend
	if p.tenseAround(i-2, i+1) == tensePast {
		m.shift = -1
	}
	return m, true
}

// dateParser holds the state of one Process call.
type dateParser struct {
	stage    *dateStage
	holidays map[string][]*holiday
	doc      *Doc
	toks     []Token
	out      []mention
	// lastEnd is the TokEnd of the last mention found, so that "in May
	// and June" accepts the bare "June".
	lastEnd int
	// order is how the document writes a numeric date whose first two
	// numbers could each be the month: 0 not known yet, orderMonthFirst
	// or orderDayFirst (see numericOrder).
	order int8
}

// The orders of numeric dates.
const (
	orderMonthFirst = 1 + iota // "05/09/2022" is May 9, as American texts write it
	orderDayFirst              // "05/09/2022" is 5 September, as British texts write it
)

// orderSample bounds the text that numericOrder reads: the same for the
// whole document and for each of its windows.
const orderSample = 64 << 10

// numericOrder returns the order of the numeric dates of text, from its
// spelling: American ("defense", "center", "-ize") before British
// ("defence", "centre", "-ise"), month first when nothing tells.
func numericOrder(text string) int8 {
	text = text[:min(len(text), orderSample)]
	us, uk := 0, 0
	for _, pair := range [...][2]string{{"efense", "efence"}, {"center", "centre"}, {"ization", "isation"}, {"ized", "ised"}, {"izing", "ising"}, {"program ", "programme"}, {"labor", "labour"}, {"color", "colour"}} {
		us += strings.Count(text, pair[0])
		uk += strings.Count(text, pair[1])
	}
	if uk > us {
		return orderDayFirst
	}
	return orderMonthFirst
}

// word returns the lexicon entry of token i, or the zero entry.
// crossesBreak reports whether a blank line falls between the tokens
// start and end: a date never runs from a headline's number into the
// dateline below it ("… Dragon 24", blank line, "Nov. 3, 2024").
func (p *dateParser) crossesBreak(start, end int) bool {
	for k := start + 1; k < end; k++ {
		if p.toks[k].Break() {
			return true
		}
	}
	return false
}

func (p *dateParser) word(i int) wordInfo {
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != Word {
		return wordInfo{}
	}
	return p.stage.wordOf(p.doc, &p.toks[i])
}

// wordOf returns what the date lexicon knows of the word token t of doc.
func (s *dateStage) wordOf(doc *Doc, t *Token) wordInfo {
	if !t.curly() {
		// The lower-case id is that of Lower but for a typographic
		// apostrophe, which the lexicon spells as it is.
		return s.byID.get(t.lowID)
	}
	if w := t.Lower(doc); s.known.mayHave(w) {
		return s.lex[w]
	}
	return wordInfo{}
}

// is reports whether token i plays role r.
func (p *dateParser) is(i int, r role) bool { return p.word(i).roles&r != 0 }

// lowerAt returns the lower-case text of token i, or "" out of range.
func (p *dateParser) lowerAt(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].Lower(p.doc)
}

// attached reports whether token i exists and no space precedes it.
func (p *dateParser) attached(i int) bool { return i < len(p.toks) && !p.toks[i].SpaceBefore() }

// isDash reports whether token i is a hyphen or a dash.
func (p *dateParser) isDash(i int) bool { return isDash(p.lowerAt(i)) }

// isDash reports whether s is a hyphen, an en dash or an em dash.
func isDash(s string) bool {
	switch s {
	case "-", "–", "—":
		return true
	}
	return false
}

// digits returns the value of token i when it is a Number of n plain
// digits (any length when n is 0) with an optional ordinal suffix when
// ordinal is set, or -1.
func (p *dateParser) digits(i, n int, ordinal bool) int {
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != Number {
		return -1
	}
	s := p.toks[i].Text(p.doc)
	if ordinal && len(s) > 2 && s[len(s)-1] > '9' {
		s = s[:len(s)-2]
	}
	if n != 0 && len(s) != n || len(s) > 4 {
		return -1
	}
	return atoiDigits(s)
}

// dayAt returns the day of month of token i ("18", "1st"), or 0.
func (p *dateParser) dayAt(i int) int {
	if d := p.digits(i, 0, true); d >= 1 && d <= 31 {
		return d
	}
	return 0
}

// yearAt returns the year of token i when it is four digits, or 0.
func (p *dateParser) yearAt(i int) int {
	if y := p.digits(i, 4, false); y >= 1000 && y <= 2999 {
		return y
	}
	return 0
}

// monthAt returns the month named by token i, or 0. Month names must be
// capitalised.
func (p *dateParser) monthAt(i int) (month int, abbr bool) {
	w := p.word(i)
	if w.roles&roleMonth == 0 || !p.toks[i].IsCap() {
		return 0, false
	}
	return w.n, w.roles&roleAbbr != 0
}

// yearAfter reads an optional comma and a year at i ("…, 2023", "…
// nineteen ninety-seven").
func (p *dateParser) yearAfter(i int) (year, end int) {
	k := i
	if p.lowerAt(k) == "," {
		k++
	}
	if y := p.yearAt(k); y != 0 {
		return y, k + 1
	}
	if y, e := p.yearWordsAt(k); y != 0 {
		return y, e
	}
	return 0, i
}

// parse tries every pattern at token i. cued says that a modifier before
// i already announces a date, so a bare month needs no preposition.
func (p *dateParser) parse(i int, cued bool) (mention, bool) {
	t := &p.toks[i]
	if t.Kind == Number {
		if m, ok := p.numeric(i); ok {
			return m, true
		}
		if m, ok := p.dayFirst(i); ok {
			return m, true
		}
		if m, ok := p.yearFirst(i); ok {
			return m, true
		}
		if m, ok := p.partOfYear(i, cued); ok {
			return m, true
		}
		return p.counted(i)
	}
	w := p.word(i)
	if w.roles&roleHoliday != 0 {
		if m, ok := p.holiday(i); ok {
			return m, true
		}
	}
	switch {
	case w.roles == 0:
		return mention{}, false
	case w.roles&roleMonth != 0:
		return p.monthFirst(i, cued)
	case w.roles&roleWeekday != 0:
		return p.weekday(i)
	case w.roles&roleDayWord != 0:
		return mention{tokStart: i, tokEnd: i + 1, rule: "date:relative", kind: deictic,
			start: point{gran: granDay}, unit: granDay, shift: w.n}, true
	}
	if w.roles&roleMod != 0 {
		if m, ok := p.modified(i); ok {
			return m, true
		}
	}
	if w.roles&roleUnit != 0 && gran(w.n) == granWeekend {
		if m, ok := p.theWeekend(i); ok {
			return m, true
		}
	}
	if w.roles&(roleShift|roleNarrative) != 0 {
		if m, ok := p.shifted(i, w); ok {
			return m, true
		}
	}
	if w.roles&(roleSeason|roleOrdinal|rolePartCode) != 0 {
		if m, ok := p.partOfYear(i, cued); ok {
			return m, true
		}
	}
	if w.roles&roleYearWord != 0 {
		if m, ok := p.yearInWords(i); ok {
			return m, true
		}
	}
	if w.roles&roleCount != 0 {
		if m, ok := p.counted(i); ok {
			return m, true
		}
	}
	return p.period(i, w)
}

// numeric reads all-number dates: "2023-12-18", "2023/12/18", and
// "12/18/2023" or "18/12/2023" when only one order makes sense; dotted
// "12.02.2024" (one token), month first as the U.S. military's news
// services write it unless only the day-first order makes sense; and
// "2021/03", a month.
func (p *dateParser) numeric(i int) (mention, bool) {
	if m, ok := p.dotted(i); ok {
		return m, true
	}
	sep := p.lowerAt(i + 1)
	if sep == "/" && p.attached(i+1) && p.attached(i+2) && !(p.lowerAt(i+3) == "/" && p.attached(i+3)) {
		if y, mo := p.yearAt(i), p.digits(i+2, 2, false); y != 0 && mo >= 1 && mo <= 12 && len(p.toks[i+2].Text(p.doc)) == 2 {
			return mention{tokStart: i, tokEnd: i + 3, rule: "date:numeric",
				start: point{year: y, month: mo, gran: granMonth}}, true
		}
	}
	if sep != "-" && sep != "/" || !p.attached(i+1) || !p.attached(i+2) ||
		p.lowerAt(i+3) != sep || !p.attached(i+3) || !p.attached(i+4) {
		return mention{}, false
	}
	var y, mo, d int
	if y = p.yearAt(i); y != 0 {
		mo, d = p.digits(i+2, 2, false), p.digits(i+4, 2, false)
	} else if y = p.yearAt(i + 4); y != 0 && sep == "/" {
		a, b := p.digits(i, 0, false), p.digits(i+2, 0, false)
		switch {
		case a == b || b > 12:
			mo, d = a, b
		case a > 12:
			mo, d = b, a
		default: // 05/06/2016: either order, so the document's
			if p.order == 0 {
				p.order = numericOrder(p.doc.Text)
			}
			mo, d = a, b
			if p.order == orderDayFirst {
				mo, d = b, a
			}
		}
	}
	if y == 0 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return mention{}, false
	}
	return mention{tokStart: i, tokEnd: i + 5, rule: "date:numeric",
		start: point{year: y, month: mo, day: d, gran: granDay}}, true
}

// dotted reads a date written as one token "MM.DD.YYYY" (or
// "DD.MM.YYYY" when the first number cannot be a month).
func (p *dateParser) dotted(i int) (mention, bool) {
	s := p.toks[i].Text(p.doc)
	if len(s) != 10 || s[2] != '.' || s[5] != '.' {
		return mention{}, false
	}
	a, b, y := atoiDigits(s[0:2]), atoiDigits(s[3:5]), atoiDigits(s[6:10])
	if a < 0 || b < 0 || y < 1000 {
		return mention{}, false
	}
	mo, d := a, b
	if a > 12 {
		mo, d = b, a
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return mention{}, false
	}
	return mention{tokStart: i, tokEnd: i + 1, rule: "date:numeric",
		start: point{year: y, month: mo, day: d, gran: granDay}}, true
}

// atoiDigits returns the number that s spells in ASCII digits, or -1.
func atoiDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// dayFirst reads "18 December 2023", "18th of December", "5-6 April 2016".
func (p *dateParser) dayFirst(i int) (mention, bool) {
	d := p.dayAt(i)
	if d == 0 {
		return mention{}, false
	}
	k, last := i+1, 0
	if p.isDash(k) || isRangeWord(p.lowerAt(k)) && p.dayAt(k+1) > d {
		if last = p.dayAt(k + 1); last <= d {
			return mention{}, false
		}
		k += 2
	}
	if p.lowerAt(k) == "of" {
		k++
	}
	mo, _ := p.monthAt(k)
	if mo == 0 {
		return mention{}, false
	}
	y, end := p.yearAfter(k + 1)
	return p.dayMention(i, end, "date:day-month", y, mo, d, last), true
}

// monthFirst reads "December 18, 2023", "Dec. 18", "November 22-23",
// "April 2022", "November, 2016", and a bare "February" after a cue.
func (p *dateParser) monthFirst(i int, cued bool) (mention, bool) {
	mo, abbr := p.monthAt(i)
	if mo == 0 {
		return mention{}, false
	}
	if d := p.dayAt(i + 1); d != 0 {
		k, last := i+2, 0
		if p.isDash(k) {
			if e := p.dayAt(k + 1); e > d {
				last, k = e, k+2
			}
		} else if e := p.spanToYear(k, d); e > d {
			last, k = e, k+2 // "Dec. 8 to 12, 2026"
		}
		y, end := p.yearAfter(k)
		return p.dayMention(i, end, "date:month-day", y, mo, d, last), true
	}
	k := i + 1
	if p.lowerAt(k) == "of" {
		k++
	}
	if y, end := p.yearAfter(k); y != 0 {
		return mention{tokStart: i, tokEnd: end, rule: "date:month-year",
			start: point{year: y, month: mo, gran: granMonth}}, true
	}
	// "June last year", "April next year", "December of last year"
	if rel, ok := p.shifted(k, p.word(k)); ok && rel.kind == deictic && rel.unit == granYear && rel.start.gran == granYear {
		return mention{tokStart: i, tokEnd: rel.tokEnd, rule: "date:month-year", kind: deictic,
			unit: granYear, shift: rel.shift, start: point{month: mo, gran: granMonth}}, true
	}
	if abbr || !cued && !p.monthCue(i) {
		return mention{}, false
	}
	return mention{tokStart: i, tokEnd: i + 1, rule: "date:month", kind: yearless,
		start: point{month: mo, gran: granMonth}}, true
}

// monthCue reports whether the words before a bare month name at i make it
// a month: a preposition ("in February"), or a connective right after
// another date ("in May and June").
func (p *dateParser) monthCue(i int) bool {
	if p.is(i-1, roleCue) {
		return true
	}
	if p.lowerAt(i-1) == "for" && p.lowerAt(i) != "may" {
		return true // "for October", not "voted for May"
	}
	switch p.lowerAt(i - 1) {
	case "and", "or", ",", "to", "-", "–", "—":
		return p.lastEnd == i-1
	}
	// "a June agreement", "the March elections": an article, the month,
	// and a lower-case noun it dates; not a preposition's object ("the
	// March on Rome") nor "May", a name as often.
	return isArticle(p.lowerAt(i-1)) && p.lowerAt(i) != "may" && p.datedNoun(i+1)
}

// datedNoun reports whether toks[i] may be a noun that a month before it
// dates: a lower-case word of four letters or more that is no cue
// preposition and does not end in "ly".
func (p *dateParser) datedNoun(i int) bool {
	if i >= len(p.toks) || p.toks[i].Kind != Word || p.toks[i].IsCap() || !p.toks[i].SpaceBefore() || p.is(i, roleCue) {
		return false
	}
	w := p.lowerAt(i)
	return len(w) >= 4 && !strings.HasSuffix(w, "ly")
}

// dayMention builds the mention of a day date, or of a range of days in
// one month when last is not 0.
func (p *dateParser) dayMention(start, end int, rule string, y, mo, d, last int) mention {
	m := mention{tokStart: start, tokEnd: end, rule: rule,
		start: point{year: y, month: mo, day: d, gran: granDay}}
	if last != 0 {
		m.rule = "date:day-range"
		m.end = m.start
		m.end.day = last
	}
	if y == 0 {
		m.kind = yearless
	}
	return m
}

// yearFirst reads "2016", "1990s", "2017-18", "2017/18".
func (p *dateParser) yearFirst(i int) (mention, bool) {
	y := p.yearAt(i)
	if y == 0 {
		return mention{}, false
	}
	m := mention{tokStart: i, tokEnd: i + 1, rule: "date:year",
		start: point{year: y, gran: granYear}}
	switch {
	case y%10 == 0 && p.attached(i+1) && (p.lowerAt(i+1) == "s" || isPossessiveToken(p.lowerAt(i+1))):
		m.rule, m.tokEnd, m.start.gran = "date:decade", i+2, granDecade
		return m, true
	case (p.isDash(i+1) || p.lowerAt(i+1) == "/") && p.attached(i+1) && p.attached(i+2):
		// "2017-18", "2017/18", "2017/2018"; "2017-2020" is left to
		// extendRange.
		end := p.yearAt(i + 2)
		if yy := p.digits(i+2, 2, false); yy > y%100 {
			end = y - y%100 + yy
		} else if p.isDash(i + 1) {
			end = 0
		}
		if end > y {
			m.rule, m.tokEnd = "date:year-range", i+3
			m.end = point{year: end, gran: granYear}
			return m, true
		}
	}
	if y < 1900 || y > 2099 || !p.bareYearContext(i) {
		return mention{}, false
	}
	// "the 1988 third quarter"
	if part, ok := p.partOfYear(i+1, true); ok && part.kind == yearless && part.start.gran == granQuarter {
		m.start, m.tokEnd = part.start, part.tokEnd
		m.start.year = y
	}
	// "the 1988 quarter": the quarter reported on, in 1988
	if n := p.lowerAt(i + 1); p.lowerAt(i-1) == "the" && (n == "quarter" || n == "period") {
		m.rule, m.kind, m.unit, m.tokEnd = ruleYearPeriod, narrative, granQuarter, i+2
	}
	return m, true
}

// isPossessiveToken reports whether s is the token "'s" ("1990's").
func isPossessiveToken(s string) bool { return s == "'s" || s == "’s" }

// bareYearContext reports whether the tokens around a bare four-digit
// number at i let it be a year: not "Resolution 2254", "about 2000",
// "2000 troops", "F-2000", "$2000", "2000%" or "2000-strong" (but
// "pre-2003", "mid-2017").
func (p *dateParser) bareYearContext(i int) bool {
	prev := p.lowerAt(i - 1)
	if p.is(i-1, roleBlocker|roleQuantity) {
		return false
	}
	if prev == "of" && i >= 2 && p.toks[i-2].IsCap() && p.lowerAt(i-2) == "class" {
		return false // "Class of 1986": a cohort's name
	}
	if !p.toks[i].SpaceBefore() {
		switch prev {
		case "$", "£", "€", "#", ":", ".":
			return false
		case "/":
			return false // the year of "05/06/2016", whose order is unknown
		case "-":
			if w := p.lowerAt(i - 2); i >= 2 && p.toks[i-2].Kind == Word && w != "pre" && w != "post" && w != "mid" {
				return false
			}
		}
	}
	next := p.lowerAt(i + 1)
	if p.attached(i + 1) {
		switch next {
		case "%", "/", ":":
			return false
		case "-":
			if i+2 < len(p.toks) && p.toks[i+2].Kind == Word && p.attached(i+2) {
				return false
			}
		}
	}
	return !p.is(i+1, roleCountNoun)
}

// weekday reads "Tuesday, Dec. 26", "Monday 19 December" and a bare
// "Sunday".
func (p *dateParser) weekday(i int) (mention, bool) {
	if !p.toks[i].IsCap() {
		return mention{}, false
	}
	k := i + 1
	if p.lowerAt(k) == "," {
		k++
	}
	if k < len(p.toks) {
		m, ok := p.monthFirst(k, false)
		if !ok {
			m, ok = p.dayFirst(k)
		}
		if ok && m.start.gran == granDay {
			m.tokStart = i
			return m, true
		}
	}
	w := p.word(i)
	if w.roles&roleAbbr != 0 {
		return mention{}, false
	}
	return mention{tokStart: i, tokEnd: i + 1, rule: "date:weekday", kind: deictic,
		start: point{sub: w.n, gran: granWeekday}, unit: granWeekday, tense: p.tenseAround(i, i+1)}, true
}

// maxTenseLookback and maxTenseLookahead bound how far in its sentence a
// date looks for a word that tells its tense.
const (
	maxTenseLookback  = 30
	maxTenseLookahead = 12
)

// tenseAround returns the tense of the sentence around the date at tokens
// [i, end): that of the nearest word of tense before it ("said Friday",
// "will meet on Tuesday", "planned to leave on Thursday"), else after it
// ("On Tuesday the council will vote"). A past participle ("-ed") counts
// as past; "as soon as" and "as early as" announce the future, "since"
// the past.
func (p *dateParser) tenseAround(i, end int) tense {
	switch {
	case p.lowerAt(i-1) == "as" && (p.lowerAt(i-2) == "soon" || p.lowerAt(i-2) == "early"):
		return tenseFuture
	case p.lowerAt(i-1) == "since":
		return tensePast
	}
	for k := i - 1; k >= 0 && i-k <= maxTenseLookback; k-- {
		if t := p.tenseOf(k); t != tenseNone {
			return t
		}
		if p.toks[k].SentStart() {
			break
		}
	}
	for k := end; k < len(p.toks) && k-end < maxTenseLookahead && !p.toks[k].SentStart(); k++ {
		if t := p.tenseOf(k); t != tenseNone {
			return t
		}
	}
	return tenseNone
}

// tenseOf returns the tense token k gives its sentence, if any.
func (p *dateParser) tenseOf(k int) tense {
	t := &p.toks[k]
	if t.Kind != Word {
		return tenseNone
	}
	w := p.word(k)
	switch {
	case w.roles&roleFuture != 0 || w.roles&(roleFutureTo|roleFutureObj) != 0 && p.lowerAt(k+1) == "to":
		return tenseFuture // "will", "set to resume"
	case w.roles&roleFutureObj != 0 && isArticle(p.lowerAt(k+1)):
		return tenseFuture // "planned a rally on Saturday"
	case w.roles&rolePast != 0:
		return tensePast
	case w.roles != 0 || len(t.Lower(p.doc)) < 5 || t.Text(p.doc) != t.Lower(p.doc):
		return tenseNone
	case strings.HasSuffix(t.Lower(p.doc), "ed") && !strings.HasSuffix(t.Lower(p.doc), "eed"):
		switch p.lowerAt(k - 1) {
		case "be", "been", "being":
			return tenseNone // a passive: "will be raised"
		case "a", "an", "the", "its", "their", "his", "her", "this", "still":
			return tenseNone // an adjective: "a revised plan"
		}
		if strings.HasPrefix(t.Lower(p.doc), "un") {
			return tenseNone // "unspecified", "undisclosed"
		}
		return tensePast
	}
	return tenseNone
}

// isArticle reports whether w is an article.
func isArticle(w string) bool { return w == "a" || w == "an" || w == "the" }

// modified reads a date after "early", "late", "mid(-)", "earlier" or
// "later", or after "end of" and its kin: "late 2016", "mid-December",
// "earlier today", "end of March".
func (p *dateParser) modified(i int) (mention, bool) {
	k := i + 1
	switch p.lowerAt(i) {
	case "end", "beginning", "start", "middle":
		// "the end of March", "the beginning of 2024": a part of a date
		// named after "of".
		if p.lowerAt(k) != "of" {
			return mention{}, false
		}
		k++
	case "earlier", "later":
		// "earlier in the week", "later in the year": a part of the
		// period of the time of writing ("later in the day" is a time of
		// day, which TimeBank leaves out; shifted takes no day).
		if p.lowerAt(k) == "in" && p.lowerAt(k+1) == "the" && p.is(k+2, roleUnit) {
			if m, ok := p.shifted(k+1, wordInfo{roles: roleShift}); ok {
				m.tokStart = i
				return m, true
			}
		}
	}
	if p.lowerAt(k) == "-" && p.attached(k) && p.attached(k+1) {
		k++ // "mid-December", "late-November", "fiscal-first quarter"
	}
	// "fiscal year 2023": the year's number after "year".
	if lw := p.lowerAt(i); (lw == "fiscal" || lw == "fy") && p.lowerAt(k) == "year" && k+1 < len(p.toks) && p.toks[k+1].Kind == Number {
		k++
	}
	if k >= len(p.toks) || p.is(k, roleMod) {
		return mention{}, false
	}
	m, ok := p.parse(k, true)
	if !ok && k > i+1 && p.lowerAt(k-1) == "of" && p.lowerAt(k) == "the" {
		// "the end of the current fiscal year": the article of the part
		// named after "of"; "the end of the year", "the beginning of the
		// month": the one of the time of writing, as "this year" ("the
		// end of the day" is no date).
		m, ok = p.parse(k+1, true)
		if !ok && p.is(k+1, roleUnit) {
			m, ok = p.shifted(k, wordInfo{roles: roleShift})
		}
	}
	if !ok || m.end.gran != granNone {
		return mention{}, false
	}
	m.tokStart = i
	return m, true
}

// shifted reads "next year", "last week", "this weekend", "last summer",
// "next Monday", "last May", "this quarter", "this year's third quarter"
// (relative to the time of writing) and "the same day", "the following
// year", "the previous Friday", "that year" (relative to the last date
// mentioned).
func (p *dateParser) shifted(i int, w wordInfo) (mention, bool) {
	if m, ok := p.thisPastOrComing(i); ok {
		return m, true
	}
	prev := p.lowerAt(i - 1)
	that := p.lowerAt(i) == "that"
	afterThe := prev == "the" || prev == "that" && w.n == 0
	if afterThe && p.is(i-2, roleDuration) {
		return mention{}, false // "over the next year", "for the same period"
	}
	m := mention{tokStart: i, tokEnd: i + 2, rule: "date:relative", shift: w.n}
	next := p.word(i + 1)
	nextCap := i+1 < len(p.toks) && p.toks[i+1].IsCap() && next.roles&roleAbbr == 0
	switch {
	case (afterThe || that) && w.roles&roleNarrative != 0:
		// "the same day", "the following year", "the previous Friday",
		// "that year"
		switch {
		case next.roles&roleWeekday != 0 && nextCap && w.n != 0:
			m.kind, m.unit = narrative, granWeekday
			m.start = point{sub: next.n, gran: granWeekday}
			return m, true
		case next.roles&rolePart != 0 && gran(next.n) == granQuarter && p.toks[i+1].Lower(p.doc) == "quarter":
			m.kind, m.unit = narrative, granQuarter // "that quarter"
			m.start.gran = granQuarter
			return m, true
		case next.roles&roleUnit == 0 || gran(next.n) == granWeekend:
			return mention{}, false
		case that && strings.HasSuffix(p.toks[i+1].Lower(p.doc), "s"):
			return mention{}, false // "that days are numbered"
		}
		m.kind, m.unit = narrative, gran(next.n)
	case afterThe || w.roles&roleShift == 0:
		return mention{}, false // "the last year" is a duration
	case next.roles&roleUnit != 0 && gran(next.n) != granDay && !strings.HasSuffix(p.toks[i+1].Lower(p.doc), "s"):
		// a singular unit: "next week", not "last days" or "next months"
		m.kind, m.unit = deictic, gran(next.n)
		if m.unit == granYear {
			p.possessivePart(&m)
		}
	case next.roles&rolePart != 0 && gran(next.n) == granQuarter && p.toks[i+1].Lower(p.doc) == "quarter":
		m.kind, m.unit = deictic, granQuarter
	case next.roles&roleSeason != 0:
		m.kind, m.unit = deictic, granYear
		m.start = point{sub: next.n, gran: granSeason}
		return m, true
	case next.roles&roleWeekday != 0 && nextCap:
		m.kind, m.unit = deictic, granWeekday
		m.start = point{sub: next.n, gran: granWeekday}
		return m, true
	case next.roles&roleMonth != 0 && nextCap && p.dayAt(i+2) == 0:
		// "last May": the last May at least two months back; "last June
		// 15, 2018" is left to the day
		m.kind, m.unit = deictic, granMonth
		m.start = point{month: next.n, gran: granMonth}
		return m, true
	default:
		if h, ok := p.holiday(i + 1); ok && w.n != 0 {
			// "last Thanksgiving": the year before or after, as the
			// tense of a yearless date would choose it
			h.tokStart, h.tense = i, tense(w.n)
			return h, true
		}
		return mention{}, false
	}
	if m.start.gran == granNone {
		m.start.gran = m.unit
	}
	return m, true
}

// possessivePart extends a year shift over a part of that year: "this
// year's third quarter", "next year's first half".
func (p *dateParser) possessivePart(m *mention) {
	if !isPossessiveToken(p.lowerAt(m.tokEnd)) || m.tokEnd+1 >= len(p.toks) {
		return
	}
	part, ok := p.partOfYear(m.tokEnd+1, true)
	if !ok || part.kind != yearless || part.start.gran == granSeason {
		return
	}
	m.start, m.tokEnd = part.start, part.tokEnd
}

// counted reads "two years later", "a year ago", "3 days earlier".
func (p *dateParser) counted(i int) (mention, bool) {
	n := p.word(i).n
	if p.toks[i].Kind == Number {
		n = p.digits(i, 0, false)
	} else if !p.is(i, roleCount) {
		return mention{}, false
	}
	unit, suffix := p.word(i+1), p.word(i+2)
	if n < 1 || n > 999 || unit.roles&roleUnit == 0 || gran(unit.n) == granWeekend ||
		suffix.roles&roleSuffix == 0 {
		return mention{}, false
	}
	m := mention{tokStart: p.countModBefore(i), tokEnd: i + 3, rule: ruleCounted, kind: narrative,
		unit: gran(unit.n), shift: n * suffix.n}
	if p.lowerAt(i+2) == "ago" {
		m.kind = deictic
	}
	m.start.gran = m.unit
	return m, true
}

// countModBefore returns the first token of the words that qualify the
// count at toks[i], which the date holds (as TimeBank's do): a count-mod
// word or two ("nearly two weeks ago", "just under a year ago"), or "more", "less"
// or "fewer" before "than", after "no" maybe ("more than four decades
// ago"); or i.
func (p *dateParser) countModBefore(i int) int {
	if i >= 2 && p.lowerAt(i-1) == "than" {
		switch p.lowerAt(i - 2) {
		case "more", "less", "fewer":
			if i >= 3 && p.lowerAt(i-3) == "no" {
				return i - 3
			}
			return i - 2
		}
		return i
	}
	if i >= 1 && p.is(i-1, roleCountMod) {
		if i >= 2 && p.is(i-2, roleCountMod) {
			return i - 2 // "just under a year ago", "just over a month ago"
		}
		return i - 1
	}
	return i
}

// partOfYear reads seasons, quarters and halves of a year: "summer of
// 2017", "the third quarter of 2023", "first half of next year", "Q3
// 2023", "third-quarter"; a quarter without a year ("the third quarter"),
// and a season after a preposition ("in the summer"), are yearless.
func (p *dateParser) partOfYear(i int, cued bool) (mention, bool) {
	w := p.word(i)
	var pt point
	k := i + 1
	switch {
	case w.roles&roleSeason != 0:
		pt = point{sub: w.n, gran: granSeason}
	case w.roles&rolePartCode != 0:
		pt = point{sub: w.n, gran: w.part}
	default:
		ord := w.n
		if w.roles&roleOrdinal == 0 {
			ord = p.digits(i, 0, true)
		}
		if p.isDash(k) && p.attached(k) && p.attached(k+1) {
			k++ // "third-quarter"
		}
		part := p.word(k)
		if part.roles&rolePart == 0 || ord < 1 || ord > 4 || gran(part.n) == granHalf && ord > 2 {
			return mention{}, false
		}
		pt = point{sub: ord, gran: gran(part.n)}
		k++
	}
	of := k
	if p.lowerAt(k) == "of" {
		k++
		// "the fourth quarter of fiscal 2025", "of fiscal year 2024"
		if p.lowerAt(k) == "fiscal" && k+1 < len(p.toks) {
			if p.lowerAt(k+1) == "year" {
				k++
			}
			k++
		}
	}
	m := mention{tokStart: i, rule: "date:part", start: pt}
	if y, end := p.yearAfter(k); y != 0 && p.lowerAt(k) != "," {
		m.start.year, m.tokEnd = y, end
		return m, true
	}
	// "… of next year", "… of this year"
	if rel, ok := p.shifted(k, p.word(k)); ok && rel.kind == deictic && rel.unit == granYear {
		m.kind, m.unit, m.shift, m.tokEnd = deictic, granYear, rel.shift, rel.tokEnd
		return m, true
	}
	switch p.lowerAt(k) {
	case "the", "a", "an", "its", "their", "his", "her":
		return mention{}, false // "the first quarter of the match"
	}
	switch {
	case pt.gran == granQuarter && w.roles&rolePartCode == 0, pt.gran == granHalf && cued,
		pt.gran == granSeason && k == of && p.lowerAt(i-1) != "of" && p.lowerAt(i-2) != "of" &&
			(cued || p.monthCue(i) || p.lowerAt(i-1) == "the" && p.is(i-2, roleCue|roleDuration)):
		// "in the summer", not "the end of summer training"
		m.kind, m.tokEnd, m.tense = yearless, of, p.tenseAround(i, of)
		return m, true
	}
	return mention{}, false
}

// holiday reads the name of a holiday ("Christmas Day", "Thanksgiving"),
// with its year when one follows ("Christmas 2016").
func (p *dateParser) holiday(i int) (mention, bool) {
	if !p.is(i, roleHoliday) {
		return mention{}, false
	}
	t := &p.toks[i]
	if !t.IsCap() {
		return mention{}, false
	}
	for _, h := range p.holidays[t.Lower(p.doc)] {
		end := i + len(h.words)
		if end > len(p.toks) || !p.wordsAt(i, h.words) {
			continue
		}
		m := mention{tokStart: i, tokEnd: end, rule: "date:holiday", kind: yearless, hol: h,
			start: point{month: h.month, day: h.day, gran: granDay}}
		if h.nth != 0 || h.easter {
			m.start.month, m.start.day = 0, 0
		}
		if y, e := p.yearAfter(end); y != 0 {
			m.kind, m.tokEnd = absolute, e
			m.setYear(y)
			return m, true
		}
		if p.lowerAt(end) == "week" {
			m.tokEnd, m.weekOf = end+1, true // "Easter week"
		}
		m.tense = p.tenseAround(i, end)
		return m, true
	}
	return mention{}, false
}

// wordsAt reports whether the tokens from i spell words, a possessive in
// any of its spellings.
func (p *dateParser) wordsAt(i int, words []string) bool {
	for k, w := range words {
		got := p.toks[i+k].Lower(p.doc)
		if got != w && !(isPossessiveToken(w) && isPossessiveToken(got)) {
			return false
		}
	}
	return true
}

// yearWordsAt reads a year in words at i: "nineteen ninety-six",
// "nineteen seventy", "twenty twelve". It returns the year and the end
// of its tokens, or 0.
func (p *dateParser) yearWordsAt(i int) (year, end int) {
	c := p.word(i)
	if c.roles&roleYearWord == 0 || c.n < 18 || c.n > 20 {
		return 0, i
	}
	rest, end := p.numberWordsAt(i + 1)
	if rest < 10 || rest > 99 {
		return 0, i
	}
	return c.n*100 + rest, end
}

// numberWordsAt reads a number from 1 to 99 in words at i ("seven",
// "ninety-six", "ninety six"), or returns 0.
func (p *dateParser) numberWordsAt(i int) (n, end int) {
	w := p.word(i)
	if w.roles&roleYearWord == 0 || w.n >= 100 {
		return 0, i
	}
	n, end = w.n, i+1
	if n >= 20 && n%10 == 0 {
		k := end
		dash := p.isDash(k) && p.attached(k)
		if dash {
			k++
		}
		switch u := p.word(k); {
		case u.roles&roleYearWord != 0 && u.n < 10:
			n, end = n+u.n, k+1
		case dash:
			return 0, i // "twenty-somethings"
		}
	}
	return n, end
}

// yearInWords reads a year written in words: "nineteen ninety-six", and
// "two thousand (and) one" after "year" ("the year two thousand").
func (p *dateParser) yearInWords(i int) (mention, bool) {
	y, end := p.yearWordsAt(i)
	if y == 0 && p.lowerAt(i-1) == "year" && p.word(i).n == 2 && p.lowerAt(i+1) == "thousand" {
		y, end = 2000, i+2
		k := end
		if p.lowerAt(k) == "and" {
			k++
		}
		if n, e := p.numberWordsAt(k); n != 0 {
			y, end = y+n, e
		}
	}
	if y == 0 || p.is(end, roleCountNoun) {
		return mention{}, false
	}
	return mention{tokStart: i, tokEnd: end, rule: "date:year-words",
		start: point{year: y, gran: granYear}}, true
}

// period reads the periods of company reports and their kin: "the
// quarter", "the latest quarter", "the current fiscal year", "the full
// year", "the past year", "the year-ago quarter", "year-end".
func (p *dateParser) period(i int, w wordInfo) (mention, bool) {
	lw := p.lowerAt(i)
	k := i
	if w.roles&rolePeriodAdj != 0 {
		if p.lowerAt(i-1) != "the" || lw == "past" && p.is(i-2, roleDuration) {
			return mention{}, false // "over the past year" is a duration
		}
		k++
		if p.lowerAt(k) == "fiscal" {
			k++
		}
	}
	unit := p.word(k)
	switch noun := p.lowerAt(k); {
	case w.roles&rolePeriodAdj != 0:
		// "the latest quarter", "the current year", "the past week"
		u := gran(unit.n)
		switch {
		case noun == "period" && lw == "latest":
			u = granQuarter
		case unit.roles&rolePart != 0 && u == granQuarter && noun == "quarter",
			unit.roles&roleUnit != 0 && u == granYear:
		default:
			return mention{}, false
		}
		if lw == "full" && u != granYear {
			return mention{}, false
		}
		m := mention{tokStart: i, tokEnd: k + 1, rule: "date:period", kind: deictic,
			unit: u, shift: w.n, start: point{gran: u}}
		return m, true
	case noun == "quarter":
		// "in the quarter": the quarter the report is about
		if p.lowerAt(i-1) != "the" || !p.is(i-2, roleCue|roleDuration) {
			return mention{}, false
		}
		return mention{tokStart: i, tokEnd: i + 1, rule: "date:period", kind: narrative,
			unit: granQuarter, start: point{gran: granQuarter}}, true
	case noun == "week" && p.lowerAt(i+1) == "of" && i+2 < len(p.toks):
		// "the week of March 6"
		m, ok := p.monthFirst(i+2, false)
		if !ok {
			m, ok = p.dayFirst(i + 2)
		}
		if !ok || m.start.gran != granDay || m.end.gran != granNone {
			return mention{}, false
		}
		m.tokStart, m.weekOf = i, true
		return m, true
	case noun != "year":
		return mention{}, false
	}
	// "year-ago quarter", "year-earlier period", "year-ago results"
	if s := p.word(k + 2); p.isDash(k+1) && p.attached(k+1) && p.attached(k+2) && s.roles&roleSuffix != 0 && s.n < 0 {
		m := mention{tokStart: i, tokEnd: k + 3, rule: ruleCounted, kind: narrative,
			unit: granYear, shift: -1, start: point{gran: granYear}}
		if n := p.lowerAt(k + 3); n == "quarter" || n == "period" {
			m.tokEnd++
			m.unit, m.shift, m.start.gran = granQuarter, -4, granQuarter
		} else if part, ok := p.partOfYear(k+3, true); ok && part.kind == yearless && part.start.gran == granQuarter {
			// "the year-earlier third quarter"
			m.kind, m.start, m.tokEnd = deictic, part.start, part.tokEnd
		}
		return m, true
	}
	// "year-end", "year end", "year's end"
	e := k + 1
	if p.isDash(e) && p.attached(e) || isPossessiveToken(p.lowerAt(e)) {
		e++
	}
	if p.lowerAt(e) == "end" {
		return mention{tokStart: i, tokEnd: e + 1, rule: "date:period", kind: deictic,
			unit: granYear, start: point{gran: granYear}}, true
	}
	// "the fiscal year": the year of writing (a bare "the year" is vague)
	if p.lowerAt(i-1) == "fiscal" && p.lowerAt(i-2) == "the" {
		return mention{tokStart: i, tokEnd: i + 1, rule: "date:period", kind: deictic,
			unit: granYear, start: point{gran: granYear}}, true
	}
	return mention{}, false
}

// extendRange joins m and a date after a dash into one range ("2018 –
// 2028", "December 2016 - January 2017") when both have the same
// granularity and the second comes later; after "to" or "through"
// (spanWord) only days and months ("Aug. 31 to Sept. 3"): "from 2015 to
// 2018" stays two years (docs/decisions.md, "Dates").
func (p *dateParser) extendRange(m mention) mention {
	k := m.tokEnd
	if m.kind > yearless || m.end.gran != granNone || !p.isDash(k) && !(spanWord(p.lowerAt(k)) && m.start.gran != granYear && !p.dateChanged(m.tokStart)) || k+1 >= len(p.toks) {
		return m
	}
	m2, ok := p.parse(k+1, false)
	if !ok || m2.kind > yearless || m2.end.gran != granNone || m2.start.gran != m.start.gran {
		return m
	}
	a := m.start
	if a.year == 0 {
		a.year = m2.start.year
	}
	if !a.before(m2.start) {
		return m
	}
	m.start, m.end, m.tokEnd, m.rule = a, m2.start, m2.tokEnd, "date:range"
	if a.year != 0 {
		m.kind = absolute
	}
	return m
}

// dateChanged reports whether the date at toks[i] is the old one of a
// change, after a verb of moving a date (date_words.tsv's `change`) and "from" ("postponed from March
// 3 to March 10", "delayed the launch from"): the two dates are apart, no
// range.
func (p *dateParser) dateChanged(i int) bool {
	if p.lowerAt(i-1) != "from" {
		return false
	}
	// The verb may have its object before "from": "delayed the launch
	// from", "pushed the vote back from".
	for k := i - 2; k >= max(0, i-maxChangeGap) && p.toks[k].Kind == Word; k-- {
		if p.is(k, roleChange) {
			return true
		}
	}
	return false
}

// maxChangeGap bounds the words between a verb of moving a date and the
// "from" of the old date.
const maxChangeGap = 5

// before reports whether a comes strictly before b (unknown fields count
// as zero).
func (a point) before(b point) bool {
	if a.year != b.year {
		return a.year < b.year
	}
	if a.month != b.month {
		return a.month < b.month
	}
	return a.day < b.day
}

// appendTo appends the TIMEX3-style value of pt to b, with X for unknown
// digits.
func (pt point) appendTo(b []byte) []byte {
	if pt.gran == granDecade {
		return appendDigits(b, pt.year/10, 3)
	}
	if pt.gran == granWeekday {
		return appendDigits(append(b, "XXXX-WXX-"...), pt.sub, 1)
	}
	b = appendDigits(b, pt.year, 4)
	switch pt.gran {
	case granHalf:
		b = appendDigits(append(b, "-H"...), pt.sub, 1)
	case granQuarter:
		b = appendDigits(append(b, "-Q"...), pt.sub, 1)
	case granSeason:
		b = append(b, [...]string{"", "-SP", "-SU", "-FA", "-WI"}[pt.sub]...)
	case granMonth:
		b = appendDigits(append(b, '-'), pt.month, 2)
	case granDay:
		b = appendDigits(append(b, '-'), pt.month, 2)
		b = appendDigits(append(b, '-'), pt.day, 2)
	case granWeek, granWeekend:
		b = appendDigits(append(b, "-W"...), pt.sub, 2)
		if pt.gran == granWeekend {
			b = append(b, "-WE"...)
		}
	}
	return b
}

// appendDigits appends v as n digits, or n X's when v is 0.
func appendDigits(b []byte, v, n int) []byte {
	for i := n - 1; i >= 0; i-- {
		c := byte('X')
		if v != 0 {
			d := v
			for range i {
				d /= 10
			}
			c = byte('0' + d%10)
		}
		b = append(b, c)
	}
	return b
}
