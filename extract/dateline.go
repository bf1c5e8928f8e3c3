package extract

import "strings"

// markDateline recognises one of the first dates of doc as a dateline
// when it opens the text or the line after its headline: "2023-12-19" or "December 19, 2023 —" alone at the
// start of the first line, "date 2023-12-19", or "PARIS, Dec. 18 (Reuters)
// -". It renames the mention's rule and, when doc has no DCT and the
// dateline gives a year, sets doc.DCT from it.
func (p *dateParser) markDateline(doc *Doc) {
	// The first dates of the text: a headline may hold one before the
	// dateline ("Balikatan 2024 ...\n\nApril 23, 2024 | By ...").
	var m *mention
	for k := range p.out[:min(len(p.out), maxHeadlineDates)] {
		if c := &p.out[k]; c.start.gran == granDay && c.end.gran == granNone && p.isDateline(doc.Text, c) {
			m = c
			break
		}
	}
	if m == nil {
		return
	}
	m.rule = "date:dateline"
	if doc.DCT == "" && m.start.year != 0 {
		doc.DCT = string(m.start.appendTo(nil))
	}
}

// maxHeadlineDates bounds how many dates before the dateline a headline
// may hold.
const maxHeadlineDates = 3

// maxDatelinePlace bounds the tokens of the place before a dateline's date
// ("Bentiu , South Sudan ,").
const maxDatelinePlace = 8

// isDateline reports whether the place of m makes it a dateline: at the
// start of the first line, or of the line after a one-line headline, alone
// or after "date" or a capitalised place and a comma, and followed by a
// dash, a bracket or the end of the line.
func (p *dateParser) isDateline(text string, m *mention) bool {
	first := p.toks[m.tokStart].Start
	prefix := strings.TrimLeft(text[:first], " \t\r\n\uFEFF")
	// Two lines with words before the date's line make it no dateline:
	// found without splitting a long text into lines.
	if nonEmptyLines(prefix, 2) == 2 {
		return false
	}
	lines := strings.Split(prefix, "\n")
	switch {
	case len(lines) == 1: // the first line
	case strings.TrimSpace(lines[len(lines)-2]) == "" && nonEmpty(lines[:len(lines)-1]) == 1:
		// The first line after a headline and a blank line.
	default:
		return false
	}
	// lineStart is the first token of the dateline's line.
	lineStart := m.tokStart
	for lineStart > 0 && !strings.ContainsRune(text[p.toks[lineStart-1].End:p.toks[lineStart].Start], '\n') {
		lineStart--
	}
	after := m.tokEnd
	marked := after == len(p.toks) || p.isDash(after) || p.toks[after].Text(p.doc) == "(" || p.toks[after].Text(p.doc) == "|" ||
		strings.ContainsRune(text[p.toks[after-1].End:p.toks[after].Start], '\n')
	switch {
	case m.tokStart == lineStart:
		return marked
	case p.is(lineStart, roleDatelineWord):
		// "date 2023-12-19", "Published 4 March 2019", "Posted On: 25
		// FEB 2024".
		k := lineStart + 1
		if p.lowerAt(k) == "on" {
			k++
		}
		if p.lowerAt(k) == ":" {
			k++
		}
		return m.tokStart == k
	case p.toks[m.tokStart-1].Text(p.doc) != "," || m.tokStart-lineStart > maxDatelinePlace:
		return false
	}
	// "PARIS, Dec. 18 (Reuters) -", "Bentiu, South Sudan, Jan. 5, 2024 -":
	// a capitalised place and a comma.
	for _, t := range p.toks[lineStart : m.tokStart-1] {
		if !(t.Kind == Word && t.IsCap() || t.Text(p.doc) == ",") {
			return false
		}
	}
	return marked
}

// nonEmptyLines returns the number of the lines of s that a line break
// ends and that hold more than white space, counting up to most.
func nonEmptyLines(s string, most int) int {
	n := 0
	for n < most {
		k := strings.IndexByte(s, '\n')
		if k < 0 {
			break
		}
		if strings.TrimSpace(s[:k]) != "" {
			n++
		}
		s = s[k+1:]
	}
	return n
}

// nonEmpty counts the lines that hold more than white space.
func nonEmpty(lines []string) int {
	n := 0
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}
