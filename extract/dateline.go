package extract

import "strings"

// markDateline recognises the first date of doc as a dateline when it
// opens the text: "2023-12-19" or "December 19, 2023 —" alone at the
// start of the first line, "date 2023-12-19", or "PARIS, Dec. 18 (Reuters)
// -". It renames the mention's rule and, when doc has no DCT and the
// dateline gives a year, sets doc.DCT from it.
func (p *dateParser) markDateline(doc *Doc) {
	m := &p.out[0]
	if m.start.gran != granDay || m.end.gran != granNone || !p.isDateline(doc.Text, m) {
		return
	}
	m.rule = "date:dateline"
	if doc.DCT == "" && m.start.year != 0 {
		doc.DCT = string(m.start.appendTo(nil))
	}
}

// maxDatelinePlace bounds the tokens of the place before a dateline's date
// ("Bentiu , South Sudan ,").
const maxDatelinePlace = 8

// isDateline reports whether the place of m makes it a dateline: at the
// start of the first line, or of the line after a one-line headline, alone
// or after "date" or a capitalised place and a comma, and followed by a
// dash, a bracket or the end of the line.
func (p *dateParser) isDateline(text string, m *mention) bool {
	first := p.toks[m.tokStart].Start
	lines := strings.Split(strings.TrimLeft(text[:first], " \t\r\n\uFEFF"), "\n")
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
	marked := after == len(p.toks) || p.isDash(after) || p.toks[after].Text == "(" ||
		strings.ContainsRune(text[p.toks[after-1].End:p.toks[after].Start], '\n')
	switch {
	case m.tokStart == lineStart:
		return marked
	case p.is(lineStart, roleDatelineWord):
		return m.tokStart == lineStart+1 || m.tokStart == lineStart+2 && p.toks[lineStart+1].Text == ":"
	case p.toks[m.tokStart-1].Text != "," || m.tokStart-lineStart > maxDatelinePlace:
		return false
	}
	// "PARIS, Dec. 18 (Reuters) -", "Bentiu, South Sudan, Jan. 5, 2024 -":
	// a capitalised place and a comma.
	for _, t := range p.toks[lineStart : m.tokStart-1] {
		if !(t.Kind == Word && t.IsCap() || t.Text == ",") {
			return false
		}
	}
	return marked
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
