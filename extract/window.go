package extract

import (
	"cmp"
	"slices"
	"strings"
)

// Windowed processing bounds the memory of a huge document by its window:
// the stages run over one stretch of the text at a time, with the offsets
// of the whole text, and the entities and relations of the windows are
// merged. Each window is a core, whose entities (by their start) it
// keeps, with an overlap on either side that gives the stages the context
// they would have seen in the whole document.

// pastHeadline reports whether text holds two non-empty lines, after which
// no date can be a dateline (see isDateline).
func pastHeadline(text string) bool {
	lines := 0
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if strings.TrimSpace(line) != "" {
			lines++
			if lines >= 2 {
				return true
			}
		}
	}
	return false
}

// cutBefore returns a place to cut text at or before limit and after min:
// the start of the whitespace before a paragraph (a blank line), else
// before a sentence (after ". ", "! " or "? "), else before a token. It
// returns limit when no whitespace lies in between.
func cutBefore(text string, min, limit int) int {
	if limit >= len(text) {
		return len(text)
	}
	if i := strings.LastIndex(text[min:limit], "\n\n"); i >= 0 {
		return wsStart(text, min+i)
	}
	for k := limit - 1; k > min; k-- {
		if isSpaceByte(text[k]) && (text[k-1] == '.' || text[k-1] == '!' || text[k-1] == '?') {
			return k
		}
	}
	for k := limit - 1; k > min; k-- {
		if isSpaceByte(text[k]) {
			return wsStart(text, k)
		}
	}
	return limit
}

// cutAfter is cutBefore's mirror: a place at or after from, before max.
func cutAfter(text string, from, max int) int {
	if max >= len(text) || from >= len(text) {
		return len(text)
	}
	if i := strings.Index(text[from:max], "\n\n"); i >= 0 {
		return wsStart(text, from+i)
	}
	for k := from; k < max; k++ {
		if isSpaceByte(text[k]) && k > 0 && (text[k-1] == '.' || text[k-1] == '!' || text[k-1] == '?') {
			return k
		}
	}
	for k := from; k < max; k++ {
		if isSpaceByte(text[k]) {
			return wsStart(text, k)
		}
	}
	return len(text)
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// wsStart returns the start of the run of ASCII whitespace around k.
func wsStart(text string, k int) int {
	for k > 0 && isSpaceByte(text[k-1]) {
		k--
	}
	return k
}

// window is one stretch of the text: the stages see [from, to), the
// entities that start in [core, coreEnd) are kept.
type window struct{ from, to, core, coreEnd int }

// windows cuts text into windows of cores about size bytes long, each
// with about overlap bytes of context on either side.
func windows(text string, size, overlap int) []window {
	var ws []window
	for core := 0; core < len(text); {
		end := cutBefore(text, core+size/2, core+size)
		if end <= core {
			end = min(len(text), core+size)
		}
		w := window{core: core, coreEnd: end}
		w.from = 0
		if core > 0 {
			w.from = cutBefore(text, max(0, core-2*overlap), core-overlap+1)
			if core-overlap+1 <= 0 {
				w.from = 0
			}
		}
		w.to = cutAfter(text, min(len(text), end+overlap), min(len(text), end+2*overlap))
		ws = append(ws, w)
		core = end
	}
	return ws
}

// processWindowed runs the stages over doc one window at a time and merges
// what they find.
func (p *Pipeline) processWindowed(doc *Doc, size, overlap int) error {
	wd := &Doc{ID: doc.ID, Text: doc.Text, DCT: doc.DCT}
	buf, _ := p.candidates.Get().(*[]Span)
	if buf == nil {
		buf = new([]Span)
	}
	defer func() {
		clear(*buf)
		*buf = (*buf)[:0]
		p.candidates.Put(buf)
	}()
	type relKey struct {
		t          RelationType
		arg1, arg2 int
	}
	seen := map[relKey]bool{}
	local := []int{}
	ws := windows(doc.Text, size, overlap)
	wd.acronyms = p.acronymsOf(wd, ws)
	for k, w := range ws {
		wd.win.from, wd.win.to = w.from, w.to
		wd.Candidates = (*buf)[:0]
		wd.Entities = wd.Entities[:0]
		wd.Relations = wd.Relations[:0]
		wd.People = nil
		if err := p.Run(wd); err != nil {
			return err
		}
		*buf = wd.Candidates[:0]
		if k == 0 {
			// The first window holds the dateline, whose date is the
			// document's DCT for the others.
			doc.DCT = wd.DCT
		}
		// Keep the entities that start in the core, and find each
		// entity of the window in the merged list.
		local = slices.Grow(local[:0], len(wd.Entities))[:len(wd.Entities)]
		for i, e := range wd.Entities {
			local[i] = -1
			e.TokStart, e.TokEnd = 0, 0
			if start := int(e.Start); start >= w.core && start < w.coreEnd {
				local[i] = len(doc.Entities)
				doc.Entities = append(doc.Entities, e)
				continue
			}
			if int(e.Start) < w.core {
				j, ok := slices.BinarySearchFunc(doc.Entities, e.Start, func(a Span, s uint32) int { return cmp.Compare(a.Start, s) })
				if ok && doc.Entities[j].End == e.End && doc.Entities[j].Label == e.Label {
					local[i] = j
				}
			}
		}
		_ = k
		for _, r := range wd.Relations {
			a1, a2 := local[r.Arg1], local[r.Arg2]
			if a1 < 0 || a2 < 0 {
				continue
			}
			key := relKey{r.Type, a1, a2}
			if !seen[key] {
				seen[key] = true
				doc.Relations = append(doc.Relations, Relation{r.Type, a1, a2})
			}
		}
	}
	// The windows' spans keep their values and rule names in wd, which
	// the merged entities point into.
	doc.values, doc.moreRules = wd.values, wd.moreRules
	return nil
}

// acronymsOf is the first pass over the windows' cores: the set of
// acronyms the whole text spells. The cores are cut at whitespace, so their
// tokens are those of the whole text.
func (p *Pipeline) acronymsOf(doc *Doc, ws []window) map[string]bool {
	set := map[string]bool{}
	tk := p.stages[0].(*tokenizer)
	for _, w := range ws {
		tk.tokenizeInto(doc, w.core, w.coreEnd)
		for k := range doc.Tokens {
			if t := &doc.Tokens[k]; t.isAcronym() {
				set[t.Text(doc)] = true
			}
		}
	}
	return set
}

// windowOverlap is the context on either side of a window's core: far
// more than the longest entity and than the reach of a relation.
const windowOverlap = 4096
