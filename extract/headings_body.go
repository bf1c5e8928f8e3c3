package extract

import "slices"

// headingBody is what the headings stage checks the names of a heading
// against: where the body (the lines that are no heading) writes each
// capitalised word, as byte offsets, the first maxBodyLookups times. A
// document processed whole builds it from its own tokens; a document
// processed in windows from a pass over the windows, which keeps only the
// words of its headings (see window.go).
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
	scratch []Token
}

func newHeadingBody(text string) *headingBody {
	return &headingBody{text: text, at: map[string][]int{}}
}

// capWord reports whether t is a capitalised word, the only tokens the
// body is searched for.
func capWord(t *Token) bool { return t.Kind == Word && t.IsCap() }

// addHeadings records the capitalised words of the heading tokens among
// toks[from:to]; heading marks them (nil for none).
func (b *headingBody) addHeadings(toks []Token, heading []bool, from, to int) {
	if heading == nil {
		return
	}
	if b.heads == nil {
		b.heads = map[string]bool{}
	}
	for k := from; k < to; k++ {
		if heading[k] && capWord(&toks[k]) {
			b.heads[toks[k].Text] = true
		}
	}
}

// addBody records the occurrences of the capitalised words among the body
// tokens of toks[from:to], up to maxBodyLookups each.
func (b *headingBody) addBody(toks []Token, heading []bool, from, to int) {
	for k := from; k < to; k++ {
		t := &toks[k]
		if heading != nil && heading[k] || !capWord(t) {
			continue
		}
		b.any = true
		if offs := b.at[t.Text]; len(offs) < maxBodyLookups {
			b.at[t.Text] = append(offs, t.Start)
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
	for _, off := range b.at[toks[i].Text] {
		k, ok := slices.BinarySearchFunc(toks, off, func(t Token, off int) int { return t.Start - off })
		at := toks[min(k, len(toks)):]
		if !ok || len(at) < n && !toEnd {
			at = b.tokensAt(tk, off, n)
		}
		if sameTokens(toks[i:j], at) {
			return true
		}
	}
	return false
}

// tokensAt returns at least n+2 tokens of the text from off (fewer at the
// end of the text), so that the first n are those of the whole text.
func (b *headingBody) tokensAt(tk *tokenizer, off, n int) []Token {
	for size := 64 * (n + 2); ; size *= 2 {
		end := min(len(b.text), off+size)
		b.scratch = tk.tokenizeFrom(b.text[:end], off, b.scratch[:0])
		if len(b.scratch) >= n+2 || end == len(b.text) {
			return b.scratch
		}
	}
}
