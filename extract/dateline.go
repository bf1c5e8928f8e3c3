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

// isDateline reports whether the place of m in the first line of text
// makes it a dateline.
func (p *dateParser) isDateline(text string, m *mention) bool {
	first := p.toks[m.tokStart].Start
	if strings.ContainsRune(strings.TrimLeft(text[:first], " \t\r\n\uFEFF"), '\n') {
		return false
	}
	after := m.tokEnd
	marked := after == len(p.toks) || p.isDash(after) || p.toks[after].Text == "(" ||
		strings.ContainsRune(text[p.toks[after-1].End:p.toks[after].Start], '\n')
	switch {
	case m.tokStart == 0:
		return marked
	case p.is(0, roleDatelineWord):
		return m.tokStart == 1 || m.tokStart == 2 && p.toks[1].Text == ":"
	case p.toks[m.tokStart-1].Text != "," || m.tokStart > 5:
		return false
	}
	// "PARIS, Dec. 18 (Reuters) -": a capitalised place and a comma.
	for _, t := range p.toks[:m.tokStart-1] {
		if t.Kind != Word || !t.IsCap() {
			return false
		}
	}
	return marked
}
