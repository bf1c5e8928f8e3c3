package extract

import "slices"

// headingBody is what the headings stage of a window checks the names of
// a heading against: where the body (the lines that are no heading) of the
// whole document writes each capitalised word of a heading, as byte
// offsets, the first maxBodyLookups times. A pass over the windows builds
// it (see window.go).
type headingBody struct {
	text string
	// any is whether the body has a capitalised word at all.
	any bool
	// at maps a capitalised word to its body occurrences.
	at map[string][]int
	// heads holds the capitalised words of the headings, when the
	// document is read in windows.
	heads map[string]bool
	// scratch holds the tokens read at an occurrence outside a window.
	scratch *Doc
}

func newHeadingBody(text string) *headingBody {
	return &headingBody{text: text, at: map[string][]int{}}
}

// capWord reports whether t is a capitalised word, the only tokens the
// body is searched for.
func capWord(t *Token) bool { return t.Kind == Word && t.IsCap() }

// addHeadings records the capitalised words of the heading tokens among
// toks[from:to]; heading marks them (nil for none).
func (b *headingBody) addHeadings(doc *Doc, heading []bool, from, to int) {
	if heading == nil {
		return
	}
	if b.heads == nil {
		b.heads = map[string]bool{}
	}
	for k := from; k < to; k++ {
		if t := &doc.Tokens[k]; heading[k] && capWord(t) {
			b.heads[t.Text(doc)] = true
		}
	}
}

// addBody records the occurrences of the capitalised words among the body
// tokens of toks[from:to], up to maxBodyLookups each.
func (b *headingBody) addBody(doc *Doc, heading []bool, from, to int) {
	for k := from; k < to; k++ {
		t := &doc.Tokens[k]
		if heading != nil && heading[k] || !capWord(t) {
			continue
		}
		b.any = true
		if offs := b.at[t.Text(doc)]; len(offs) < maxBodyLookups {
			b.at[t.Text(doc)] = append(offs, int(t.Start))
		}
	}
}

// keepHeadings forgets the words that no heading has, once the whole
// document is read.
func (b *headingBody) keepHeadings() {
	for w := range b.at {
		if !b.heads[w] {
			delete(b.at, w)
		}
	}
}

// writes reports whether the body writes doc.Tokens[i:j] (the same words
// with the same spacing) at one of the occurrences of its first word. An
// occurrence outside the tokens of a window is tokenized again with tk.
func (b *headingBody) writes(doc *Doc, tk *tokenizer, i, j int) bool {
	toks, n := doc.Tokens, j-i
	toEnd := doc.win.to == 0 || doc.win.to == len(doc.Text) // the tokens run to the end of the text
	for _, off := range b.at[toks[i].Text(doc)] {
		k, ok := slices.BinarySearchFunc(toks, off, func(t Token, off int) int { return int(t.Start) - off })
		at := toks[min(k, len(toks)):]
		if !ok || len(at) < n && !toEnd {
			at = b.tokensAt(tk, off, n)
		}
		if sameWords(doc, toks[i:j], at) {
			return true
		}
	}
	return false
}

// sameWords reports whether the tokens b start with the tokens a, both of
// doc's text: the same texts with the same spacing.
func sameWords(doc *Doc, a, b []Token) bool {
	if len(b) < len(a) {
		return false
	}
	for d := range a {
		if a[d].Text(doc) != b[d].Text(doc) || d > 0 && a[d].SpaceBefore() != b[d].SpaceBefore() {
			return false
		}
	}
	return true
}

// tokensAt returns at least n+2 tokens of the text from off (fewer at the
// end of the text), so that the first n are those of the whole text.
func (b *headingBody) tokensAt(tk *tokenizer, off, n int) []Token {
	if b.scratch == nil {
		b.scratch = &Doc{Text: b.text}
	}
	for size := 64 * (n + 2); ; size *= 2 {
		end := min(len(b.text), off+size)
		tk.tokenizeInto(b.scratch, off, end)
		if len(b.scratch.Tokens) >= n+2 || end == len(b.text) {
			return b.scratch.Tokens
		}
	}
}
