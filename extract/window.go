package extract

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
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

// windowed is how a document was cut into windows, and the tokenizer
// that reads them.
type windowed struct {
	tk   *tokenizer
	cuts []window
}

// window is one stretch of the text: the stages see [from, to), the
// entities that start in [core, coreEnd) are kept.
type window struct{ from, to, core, coreEnd int }

// windows cuts text into windows of cores about size bytes long, each
// with about before bytes of context before it and after bytes after it.
func windows(text string, size, before, after int) []window {
	var ws []window
	for core := 0; core < len(text); {
		end := cutBefore(text, core+size/2, core+size)
		if end <= core {
			end = min(len(text), core+size)
		}
		w := window{core: core, coreEnd: end}
		if limit := core - before + 1; limit > 0 {
			w.from = cutBefore(text, max(0, core-2*before), limit)
		}
		w.to = cutAfter(text, min(len(text), end+after), min(len(text), end+2*after))
		ws = append(ws, w)
		core = end
	}
	return ws
}

// processWindowed runs the stages over doc one window at a time, so that
// its memory is bounded by a window's tokens and candidates and by the
// entities of the whole document. The stages that read the whole document
// get what they need from passes over the windows, each tokenizing one
// window at a time:
//
//  1. the acronyms the text spells, the capitalised words of its headings
//     and where the body writes them (see headingBody);
//  2. the stages up to the resolver, which give the entities of each
//     core, the names of the events and people they name and the labels
//     of the short forms;
//  3. the other mentions of those events and people, HAS_RANK and
//     HAS_ROLE, and what ALIAS and the people records read of each
//     entity's tokens.
//
// ALIAS and the people records are then made over the merged entities.
func (p *Pipeline) processWindowed(ctx context.Context, doc *Doc, size int) error {
	ws := windows(doc.Text, size, contextBefore, contextAfter)
	wd := &Doc{ID: doc.ID, Text: doc.Text, DCT: doc.DCT, acronyms: map[string]bool{}, relations: map[string]bool{}, body: newHeadingBody(doc.Text)}
	for _, w := range ws {
		if err := ctx.Err(); err != nil {
			return err
		}
		p.tokenizeWindow(wd, w)
		wd.scratch.reset()
		lo, hi := w.coreTokens(wd.Tokens)
		heading := p.headings.headingTokens(wd)
		wd.body.addHeadings(wd, heading, lo, hi)
		wd.body.addBody(wd, heading, lo, hi)
		for k := lo; k < hi; k++ {
			if t := &wd.Tokens[k]; t.isAcronym() {
				p.lx.addAcronym(wd.acronyms, wd, k)
			}
			p.lx.addRelation(wd.relations, wd, k)
		}
	}
	wd.body.keepHeadings()
	names, err := p.resolveWindows(ctx, doc, wd, ws)
	if err != nil {
		return err
	}
	doc.windowed = &windowed{p.tk, ws}
	return p.linkWindows(ctx, doc, wd, ws, names)
}

// tokenizeWindow sets the tokens of wd to those of the window w.
func (p *Pipeline) tokenizeWindow(wd *Doc, w window) {
	wd.win.from, wd.win.to = w.from, w.to
	p.tk.tokenizeInto(wd, w.from, w.to)
}

// coreTokens returns the range of toks, a window's tokens, that start in
// its core.
func (w window) coreTokens(toks []Token) (lo, hi int) {
	lo, _ = slices.BinarySearchFunc(toks, w.core, func(t Token, off int) int { return int(t.Start) - off })
	hi, _ = slices.BinarySearchFunc(toks, w.coreEnd, func(t Token, off int) int { return int(t.Start) - off })
	return lo, hi
}

// spansFrom returns the index of the first of spans, sorted by offset,
// that starts at or after off.
func spansFrom(spans []Span, off int) int {
	i, _ := slices.BinarySearchFunc(spans, off, func(s Span, off int) int { return int(s.Start) - off })
	return i
}

// resolveWindows is the second pass: it runs the stages up to the resolver
// over each window, appends the entities of its core to doc.Entities,
// gives the other mentions of a short form its label (see
// relabelShortForms) and returns the names of the events and people they
// name (see mentionStage). An entity's TokEnd is left its number of
// tokens, and TokStart 0.
func (p *Pipeline) resolveWindows(ctx context.Context, doc, wd *Doc, ws []window) (*mentionNames, error) {
	buf, _ := p.candidates.Get().(*[]Span)
	if buf == nil {
		buf = new([]Span)
	}
	defer func() {
		clear(*buf)
		*buf = (*buf)[:0]
		p.candidates.Put(buf)
	}()
	names := &mentionNames{copies: true}
	var labels map[string]Label // the labels of the short forms
	for k, w := range ws {
		wd.win.from, wd.win.to = w.from, w.to
		wd.Candidates = (*buf)[:0]
		wd.Entities = wd.Entities[:0]
		for _, s := range p.stages[:p.resolved] {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			err := s.Process(wd)
			wd.scratch.reset()
			if err != nil {
				return nil, fmt.Errorf("stage %s: %w", s.Name(), err)
			}
		}
		*buf = wd.Candidates[:0]
		if k == 0 {
			// The first window holds the dateline, whose date is the
			// document's DCT for the others.
			doc.DCT = wd.DCT
		}
		core := wd.Entities[spansFrom(wd.Entities, w.core):spansFrom(wd.Entities, w.coreEnd)]
		if k == 0 && len(ws) > 1 {
			// Size the entities from the first core's, with an eighth
			// more for the other mentions, rather than copy a huge
			// slice each time it grows. It is the one large
			// allocation: the garbage of the first pass (the tokens
			// of every window) is collected first, so that the heap
			// does not peak at both at once.
			runtime.GC()
			doc.Entities = slices.Grow(doc.Entities, len(core)*len(doc.Text)/max(1, w.coreEnd)*9/8)
		}
		p.lx.addMentionNames(names, wd, core)
		labels = shortFormLabels(labels, wd, core)
		for _, e := range core {
			e.TokStart, e.TokEnd = 0, e.TokEnd-e.TokStart // the whole document has no tokens
			doc.Entities = append(doc.Entities, e)
		}
	}
	relabelAcronyms(wd, labels, doc.Entities)
	return names, nil
}

// linkWindows is the third pass: with the tokens of each window again and
// the entities of the second pass, it adds the other mentions of events
// and people, finds HAS_RANK and HAS_ROLE and reads what ALIAS and the
// people records need, then merges the mentions into doc.Entities and
// makes the ALIAS relations and the people records.
func (p *Pipeline) linkWindows(ctx context.Context, doc, wd *Doc, ws []window, names *mentionNames) error {
	ents := doc.Entities // the resolver's, in text order
	var mentions []Span  // the other mentions, in text order
	// merged returns the index in the merged entities of the resolver's
	// entity ents[i] or of the mention mentions[i], once every mention
	// before it is known.
	merged := func(e *Span, i int, mention bool) int {
		if mention {
			return i + spansFrom(ents, int(e.Start))
		}
		return i + spansFrom(mentions, int(e.Start))
	}
	var rels []Relation
	aliases := aliasIndex{copies: true}
	affiliations := map[int][2]string{} // office -> its organisation and country, when it has one
	rs, ps := &relationStage{p.lx}, &peopleStage{p.lx}
	var index []int // each window entity's index in the merged entities, or -1
	for _, w := range ws {
		if err := ctx.Err(); err != nil {
			return err
		}
		p.tokenizeWindow(wd, w)
		lo := spansFrom(ents, w.from)
		wd.Entities = wd.Entities[:0]
		for _, e := range ents[lo:spansFrom(ents, w.to)] {
			if int(e.End) <= w.to {
				wd.Entities = append(wd.Entities, e)
			}
		}
		onTokens(wd.Tokens, wd.Entities)
		wd.scratch.reset()
		p.lx.addMentions(wd, names)
		wd.Relations = wd.Relations[:0]
		rs.ranksAndRoles(wd)
		index = slices.Grow(index[:0], len(wd.Entities))[:len(wd.Entities)]
		next := lo // the resolver's next entity
		for i := range wd.Entities {
			e := &wd.Entities[i]
			start := int(e.Start)
			inCore := start >= w.core && start < w.coreEnd
			index[i] = -1
			switch {
			case next < len(ents) && ents[next].Start == e.Start:
				// The resolver's, which mentionStage may have made a
				// person ("Langley said") or widened into the event's
				// name that opens with it ("Pacific Kessa").
				if start < w.coreEnd {
					index[i] = merged(e, next, false)
				}
				if inCore {
					ents[next].Label, ents[next].rule = e.Label, e.rule
					ents[next].End, ents[next].TokEnd, ents[next].Priority = e.End, e.TokEnd-e.TokStart, e.Priority
				}
				next++
			case start >= w.coreEnd:
			case inCore:
				mentions = append(mentions, *e)
				index[i] = merged(e, len(mentions)-1, true)
			default:
				if j, ok := slices.BinarySearchFunc(mentions, e.Start, func(s Span, off uint32) int { return cmp.Compare(s.Start, off) }); ok {
					index[i] = merged(e, j, true)
				}
			}
			if !inCore {
				continue
			}
			aliases.add(p.lx, wd, i, index[i])
			if e.Label == Role {
				if org, country := ps.affiliation(wd, i); org != "" || country != "" {
					affiliations[index[i]] = [2]string{org, country}
				}
			}
		}
		// A relation belongs to the window whose core holds the later
		// of its two entities.
		for _, r := range wd.Relations {
			a1, a2 := index[r.Arg1], index[r.Arg2]
			if a1 >= 0 && a2 >= 0 && int(max(wd.Entities[r.Arg1].Start, wd.Entities[r.Arg2].Start)) >= w.core {
				rels = append(rels, Relation{r.Type, a1, a2})
			}
		}
	}
	doc.Entities = mergeByStart(ents, mentions)
	// The windows' spans keep their values and rule names in wd, which
	// the merged entities point into.
	doc.values, doc.moreRules = wd.values, wd.moreRules
	// In the order of their ranks and offices, as ranksAndRoles gives them.
	slices.SortStableFunc(rels, func(a, b Relation) int { return a.Arg2 - b.Arg2 })
	doc.Relations = aliases.links(rels)
	buildPeople(doc, func(k int) (string, string) {
		a := affiliations[k]
		return a[0], a[1]
	})
	return nil
}

// onTokens sets the token range of each of spans, sorted by offset, whose
// bounds are those of tokens of toks.
func onTokens(toks []Token, spans []Span) {
	k := 0
	for i := range spans {
		s := &spans[i]
		for toks[k].Start < s.Start {
			k++
		}
		s.TokStart = k
		for k < len(toks) && toks[k].Start < s.End {
			k++
		}
		s.TokEnd = k
		k = s.TokStart
	}
}

// contextBefore and contextAfter are the context a window's stages see
// around its core: far more than the longest entity and than the reach of
// a relation. The context before is the larger one for the dates that a
// narrative date counts from ("two days later"), which may lie several
// paragraphs back.
const (
	contextBefore = 16 << 10
	contextAfter  = 4 << 10
)
