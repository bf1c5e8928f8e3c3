package extract

import (
	"time"

	"github.com/newsextract/newsextract/extract/timex"
)

// Anchoring: the values of dates the text gives only in part. A yearless
// date takes the year of a date beside it, else the year of the DCT that
// the tense of its sentence allows; a deictic date counts from the DCT; a
// narrative date counts from the last date the text gives in full, never
// from another relative date. Each mention records its Anchor.

// Anchor says what a DATE's value was worked out from, for --explain-style
// traceability ("value_reason" in the JSON output).
type Anchor uint8

const (
	// AnchorNone: the span is no DATE, or nothing anchors it and its
	// value keeps X's for the unknown parts.
	AnchorNone Anchor = iota
	// AnchorText: the text gives the whole value ("18 December 2023").
	AnchorText
	// AnchorDCT: counted from the document creation time ("next year").
	AnchorDCT
	// AnchorTense: the DCT, with the year or direction chosen from the
	// tense of the sentence ("said Friday", "will meet in January").
	AnchorTense
	// AnchorDate: another date in the text ("two years later" after
	// 2018, "3 March" beside "the 2016 summit").
	AnchorDate
)

// String returns the name of a used in the JSON output: "text", "dct",
// "tense", "date", or "none".
func (a Anchor) String() string {
	switch a {
	case AnchorText:
		return "text"
	case AnchorDCT:
		return "dct"
	case AnchorTense:
		return "tense"
	case AnchorDate:
		return "date"
	}
	return "none"
}

// tense is the time a sentence speaks of, as far as the words around a date
// tell.
type tense int8

const (
	tensePast   tense = -1
	tenseNone   tense = 0
	tenseFuture tense = 1
)

// maxMonthsAhead is how many months after the DCT a yearless date in a
// sentence without a future cue may fall; a later month is last year's.
const maxMonthsAhead = 3

// parseDCT reads a YYYY-MM-DD creation date; the zero point when dct is
// empty or malformed.
func parseDCT(dct string) point {
	t, err := time.Parse(time.DateOnly, dct)
	if err != nil {
		return point{}
	}
	return fromTime(t)
}

// fromTime returns the day of t as a point.
func fromTime(t time.Time) point {
	y, mo, d := t.Date()
	return point{year: y, month: int(mo), day: d, gran: granDay}
}

// resolveDates fills in the values of yearless and relative mentions:
// first the yearless ones, from a year in the same sentence, earlier in the
// paragraph, or the DCT and the tense; then the relative ones in document
// order, so that each can lean on the dates resolved before it.
func resolveDates(ms []mention, doc *Doc, dct point) {
	years := contextYears(ms, dct.gran == granNone)
	for k := range ms {
		m := &ms[k]
		if m.kind != yearless {
			if m.kind == absolute {
				m.reason = AnchorText
			}
			continue
		}
		y, reason := years[k], AnchorDate
		if m.tense == tenseFuture && dct.year != 0 && (y < dct.year || y > dct.year+1) {
			// "joined in July 1997 and will host the summit on March 12";
			// "will redeem on Nov. 16 its notes due March 1, 2011"
			y = 0
		}
		if y == 0 || m.start.gran == granQuarter {
			y, reason = dct.year, AnchorNone
			if y != 0 {
				t := m.tense
				if m.start.gran == granQuarter {
					t = tenseNone // "expects third-quarter net": the quarter reported on
				}
				y, reason = yearByTense(m.firstMonth(), dct, t)
				if m.strict {
					y = strictYear(m, dct, y)
				}
			}
		}
		m.setYear(y)
		m.reason = reason
	}
	for k := range ms {
		m := &ms[k]
		var ref point
		switch m.kind {
		case deictic:
			ref, m.reason = dct, AnchorDCT
			if m.unit == granWeekday && m.shift == 0 {
				m.reason = AnchorTense
			}
			if ref.gran == granNone {
				ref, m.reason = deicticFallback(ms, k, doc, years[k])
			}
		case narrative:
			ref, m.reason = narrativeAnchor(ms, k, m.unit), AnchorDate
			if ref.gran == granNone {
				ref, m.reason = dct, AnchorDCT
				if m.unit == granQuarter {
					ref = shiftQuarter(dct, -1) // the last quarter reported on
				}
			}
		default:
			continue
		}
		if ref.gran == granNone {
			m.reason = AnchorNone
		}
		switch {
		case (m.rule == ruleCounted || m.ofPeriod(doc)) && m.quarterContext(ms, k, doc):
		case m.rule == ruleYearPeriod:
			y := m.start.year
			m.apply(ref)
			m.start.year = y
		default:
			m.apply(ref)
		}
	}
	quarterEnded(ms, doc)
}

// quarterEnded values an unnumbered quarter followed by the day it ended
// ("the quarter ended July 31"): the calendar quarter holding most of the
// three months up to that day, so a fiscal quarter ended July 31 is Q2.
func quarterEnded(ms []mention, doc *Doc) {
	toks := doc.Tokens
	for k := 0; k+1 < len(ms); k++ {
		m, d := &ms[k], &ms[k+1]
		if m.start.gran != granQuarter || m.rule != "date:period" || d.tokStart != m.tokEnd+1 {
			continue
		}
		if w := toks[m.tokEnd].Lower(doc); w != "ended" && w != "ending" {
			continue
		}
		if d.start.gran != granDay || d.start.year == 0 || d.end.gran != granNone {
			continue
		}
		mid := time.Date(d.start.year, time.Month(d.start.month), d.start.day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -45)
		m.start = shiftQuarter(fromTime(mid), 0)
		m.reason = AnchorDate
	}
}

// endsQuarter reports whether ms[j] is the day a quarter named just before
// it ended: "the quarter ended Sept. 30".
func (m *mention) endsQuarter(ms []mention, j int, doc *Doc) bool {
	toks := doc.Tokens
	if j == 0 || ms[j-1].start.gran != granQuarter || m.tokStart != ms[j-1].tokEnd+1 {
		return false
	}
	w := toks[ms[j-1].tokEnd].Lower(doc)
	return w == "ended" || w == "ending"
}

// yearByTense returns the year of a month named without one: the DCT's,
// unless the month falls more than maxMonthsAhead after the DCT in a
// sentence that does not speak of the future (then last year's), or before
// the DCT's month in one that does (then next year's).
func yearByTense(month int, dct point, t tense) (int, Anchor) {
	ahead := month - dct.month
	switch {
	case t == tenseFuture && ahead < 0:
		return dct.year + 1, AnchorTense
	case t != tenseFuture && ahead > maxMonthsAhead:
		return dct.year - 1, AnchorTense
	}
	return dct.year, AnchorDCT
}

// strictYear returns the year of a yearless mention that says whether it
// is past or to come ("last August 23", "next June"): the year y that
// yearByTense gave, moved by one where the day would otherwise fall on the
// wrong side of the DCT.
func strictYear(m *mention, dct point, y int) int {
	month, day := m.firstMonth(), max(m.start.day, 1)
	after := month > dct.month || month == dct.month && day > dct.day
	switch {
	case m.tense == tensePast && y == dct.year && after:
		return y - 1
	case m.tense == tenseFuture && y == dct.year && !after:
		return y + 1
	}
	return y
}

// firstMonth returns the month in which a yearless mention starts.
func (m *mention) firstMonth() int {
	switch m.start.gran {
	case granQuarter:
		return 3*m.start.sub - 2
	case granHalf:
		return 6*m.start.sub - 5
	case granSeason:
		return 3 * m.start.sub
	}
	if m.hol != nil {
		return m.hol.month
	}
	return m.start.month
}

// setYear gives a yearless mention its year, and a holiday its day.
func (m *mention) setYear(y int) {
	m.start.year = y
	if m.end.gran != granNone {
		m.end.year = y
	}
	if m.hol != nil && y != 0 {
		m.start = fromTime(m.hol.date(y))
	}
}

// contextYears returns, for each mention, the year of the nearest dated
// mention in the same sentence, else, when paragraphs is set (the document
// has no DCT), of the last one earlier in its paragraph, or 0. Three
// passes keep it linear in the number of mentions.
func contextYears(ms []mention, paragraphs bool) []int {
	years := make([]int, len(ms))
	// Nearest dated mention before and after, within the sentence.
	before := make([]int, len(ms))
	last := -1
	for k := range ms {
		if last >= 0 && ms[last].sent != ms[k].sent {
			last = -1
		}
		before[k] = last
		if ms[k].hasYear() {
			last = k
		}
	}
	next := -1
	paraYear, para := 0, -1
	for k := len(ms) - 1; k >= 0; k-- {
		if next >= 0 && ms[next].sent != ms[k].sent {
			next = -1
		}
		b := before[k]
		switch {
		case b >= 0 && (next < 0 || k-b <= next-k):
			years[k] = ms[b].start.year
		case next >= 0:
			years[k] = ms[next].start.year
		}
		if ms[k].hasYear() {
			next = k
		}
	}
	if !paragraphs {
		return years
	}
	// Else the last dated mention earlier in the paragraph.
	for k := range ms {
		if ms[k].para != para {
			para, paraYear = ms[k].para, 0
		}
		if years[k] == 0 {
			years[k] = paraYear
		}
		if ms[k].hasYear() {
			paraYear = ms[k].start.year
		}
	}
	return years
}

// hasYear reports whether m carries a known calendar year given by the
// text, not worked out from another relative date.
func (m *mention) hasYear() bool {
	return m.start.year != 0 && m.start.gran != granDecade && m.kind <= yearless
}

// deicticFallback gives a deictic mention ms[k] a reference when there is
// no DCT: the date set beside it in apposition ("today (23 December)"),
// or, for a year-level shift ("last year"), the year the paragraph speaks
// of. Days and weeks get no fallback: a date near "yesterday" is seldom
// the day of writing.
func deicticFallback(ms []mention, k int, doc *Doc, contextYear int) (point, Anchor) {
	toks := doc.Tokens
	m := &ms[k]
	if k+1 < len(ms) && m.unit == granDay && m.shift == 0 {
		n := &ms[k+1]
		sep := toks[m.tokEnd].Text(doc)
		if n.tokStart == m.tokEnd+1 && (sep == "(" || sep == ",") && n.start.gran == granDay && n.end.gran == granNone {
			return n.start, AnchorDate
		}
	}
	if m.unit == granYear && contextYear != 0 {
		return point{year: contextYear, gran: granYear}, AnchorDate
	}
	return point{}, AnchorNone
}

// maxAnchorLookback bounds how many mentions back a narrative expression
// looks for its anchor, which keeps resolution linear.
const maxAnchorLookback = 32

// narrativeAnchor returns the value of the last mention before ms[k]
// precise enough to count unit from, or the zero point. Years and quarters
// count only from dates the text gives ("a year earlier" never counts from
// another relative date); days may follow a chain ("two days later …
// the same day").
func narrativeAnchor(ms []mention, k int, unit gran) point {
	for j := k - 1; j >= 0 && k-j <= maxAnchorLookback; j-- {
		pt := ms[j].start
		switch {
		case unit == granQuarter:
			if pt.gran == granQuarter && pt.year != 0 && ms[j].kind <= yearless {
				if t := topicQuarter(ms, k); t.gran == granQuarter {
					return t
				}
				return pt
			}
		case unit == granYear && ms[j].hasYear(),
			unit == granMonth && pt.month != 0 && (pt.gran == granMonth || pt.gran == granDay),
			pt.gran == granDay && pt.month != 0 && pt.day != 0:
			return pt
		}
	}
	return point{}
}

// maxQuarterContext is how many sentences back a quarter gives "a year
// ago" its granularity.
const maxQuarterContext = 3

// quarterContext values a counted year shift ("a year ago", "a year
// earlier") said of a quarter named shortly before ("net rose in the
// third quarter from $2 million a year earlier") as that quarter of the
// year before, and reports whether it did.
func (m *mention) quarterContext(ms []mention, k int, doc *Doc) bool {
	if m.unit != granYear {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= maxAnchorLookback && m.sent-ms[j].sent <= maxQuarterContext; j-- {
		q := ms[j].start
		switch {
		case ms[j].rule == ruleCounted:
			// "the year-ago quarter" is no quarter to count back from
		case q.gran == granQuarter && q.year != 0:
			m.start = q
			m.start.year += m.shift
			m.reason = AnchorDate
			return true
		case (q.gran == granDay || q.gran == granMonth) && ms[j].endsQuarter(ms, j, doc):
			// "the first quarter ended Sept. 30": the quarter is named next
		case q.gran == granDay || q.gran == granMonth:
			return false // a nearer date of its own
		}
	}
	return false
}

// shiftQuarter returns the quarter n quarters from the one of pt.
func shiftQuarter(pt point, n int) point {
	q := pt.sub - 1
	if pt.gran != granQuarter {
		q = (pt.month - 1) / 3
	}
	i := pt.year*4 + q + n
	return point{year: i / 4, sub: i%4 + 1, gran: granQuarter}
}

// apply sets the value of a relative mention: ref moved by m.shift units
// of m.unit, at the granularity of m.start. Fields ref does not know stay
// unknown.
func (m *mention) apply(ref point) {
	switch m.unit {
	case granYear:
		if ref.year != 0 {
			m.start.year = ref.year + m.shift
		}
		return
	case granQuarter:
		if ref.year != 0 && (ref.month != 0 || ref.gran == granQuarter) {
			m.start = shiftQuarter(ref, m.shift)
		}
		return
	case granMonth:
		switch {
		case ref.year == 0 || ref.month == 0:
		case m.start.month != 0:
			m.start.year = namedMonthYear(m.start.month, ref, m.shift)
		default:
			t := time.Date(ref.year, time.Month(ref.month+m.shift), 1, 0, 0, 0, 0, time.UTC)
			m.start.year, m.start.month = t.Year(), int(t.Month())
		}
		return
	}
	if ref.gran != granDay || ref.month == 0 || ref.day == 0 {
		return
	}
	// A day without a year ("the following day" after "December 19")
	// is counted in a leap year and keeps its year unknown.
	y := ref.year
	if y == 0 {
		y = 2000
	}
	t := time.Date(y, time.Month(ref.month), ref.day, 0, 0, 0, 0, time.UTC)
	switch m.unit {
	case granDay:
		t = t.AddDate(0, 0, m.shift)
	case granWeek, granWeekend:
		t = t.AddDate(0, 0, 7*m.shift)
	case granWeekday:
		t = timex.ShiftWeekday(t, m.start.sub, m.shift, m.tense == tenseFuture)
	}
	if ref.year == 0 {
		if m.unit == granDay {
			m.start.month, m.start.day = int(t.Month()), t.Day()
		}
		return
	}
	if m.unit == granWeek || m.unit == granWeekend {
		m.start.year, m.start.sub = t.ISOWeek()
		return
	}
	m.start = fromTime(t)
}

// minMonthsBack is how many months before the DCT's month "last May" must
// lie: a month just past is "last month", so "last February" said in March
// is the February of the year before.
const minMonthsBack = 2

// namedMonthYear returns the year of a month named with "last", "this" or
// "next" (shift -1, 0, 1) as seen from ref.
func namedMonthYear(month int, ref point, shift int) int {
	switch {
	case shift < 0 && month > ref.month-minMonthsBack:
		return ref.year - 1
	case shift > 0 && month <= ref.month:
		return ref.year + 1
	}
	return ref.year
}

// ruleCounted is the rule of a counted shift ("two years later", "a year
// ago", "year-earlier"), which takes the granularity of a quarter just
// named.
const ruleCounted = "date:counted"

// ruleYearPeriod is the rule of "the 1988 quarter": the quarter comes from
// the quarter last named, the year from the text.
const ruleYearPeriod = "date:year-period"

// topicQuarter returns the first quarter the text names before ms[k] with a
// year of its own, or the zero point.
func topicQuarter(ms []mention, k int) point {
	for j := 0; j < k && j < maxAnchorLookback; j++ {
		if pt := ms[j].start; pt.gran == granQuarter && pt.year != 0 && ms[j].kind <= yearless && ms[j].rule != ruleCounted {
			return pt
		}
	}
	return point{}
}

// ofPeriod reports whether m, a year shift, is said of a period: "last
// year's quarter", "the same period last year".
func (m *mention) ofPeriod(doc *Doc) bool {
	toks := doc.Tokens
	if m.unit != granYear || m.shift == 0 {
		return false
	}
	if m.tokEnd+1 < len(toks) && isPossessiveToken(toks[m.tokEnd].Text(doc)) && isPeriodNoun(toks[m.tokEnd+1].Lower(doc)) {
		return true
	}
	return m.tokStart > 0 && isPeriodNoun(toks[m.tokStart-1].Lower(doc))
}

// isPeriodNoun reports whether w names a reporting period.
func isPeriodNoun(w string) bool { return w == "quarter" || w == "period" }
