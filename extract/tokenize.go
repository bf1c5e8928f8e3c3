package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/rules"
)

// tokenizer splits text into tokens and marks sentence starts. It keeps a
// period with the word before it when the word is a known abbreviation
// ("Gen.", "Lt.") or a run of single letters ("U.N.", "E.U."); it splits
// hyphenated words ("Vietnam-France") and possessive "'s", so that names
// inside them stand as tokens of their own.
type tokenizer struct {
	// abbrev holds the lower-case forms, without the period, of words that
	// keep a following period.
	abbrev *wordSet
	// openers holds the lower-case common words that, capitalised after an
	// abbreviation of several letters, open a new sentence: the period
	// then ends the sentence ("met Hun Sen. The minister left").
	openers *wordSet
	// vocab gives each token the ids of its text and lower-case form.
	vocab *vocabulary
	// props gives it the facts of those ids (see tokenProps), once the
	// rules are loaded.
	props propTable
}

// newTokenizer builds the tokenizer with the abbreviations of the rules;
// the words of every rule loaded afterwards go into vocab.
func newTokenizer(rs *rules.Set, vocab *vocabulary) (*tokenizer, error) {
	abbrev, err := loadWordSet(rs, vocab, "abbreviations.txt")
	if err != nil {
		return nil, err
	}
	openers, err := loadWordSet(rs, vocab, "common_words.txt")
	if err != nil {
		return nil, err
	}
	return &tokenizer{abbrev: abbrev, openers: openers, vocab: vocab}, nil
}

func (t *tokenizer) Name() string { return "tokens" }

func (t *tokenizer) Process(doc *Doc) error {
	if doc.win.to > 0 {
		// A window of a larger document: its tokens only, with the
		// offsets of the whole text.
		t.tokenizeInto(doc, doc.win.from, doc.win.to)
		return nil
	}
	t.tokenizeInto(doc, 0, len(doc.Text))
	return nil
}

// isLetter and isSpace answer ASCII inline and call the unicode tables only
// for other runes, which keeps them small enough to be inlined in the
// tokenizer's loops.

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return isUpperNonASCII(r)
}

// isUpperNonASCII is isUpper outside ASCII, kept out of line so that
// isUpper is inlined.
//
//go:noinline
func isUpperNonASCII(r rune) bool { return unicode.IsUpper(r) }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		r |= 'a' - 'A' // ASCII capitals to small letters
		return 'a' <= r && r <= 'z'
	}
	return isLetterNonASCII(r)
}

// isLetterNonASCII is isLetter outside ASCII: letters and the combining
// marks that follow them.
func isLetterNonASCII(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return unicode.IsSpace(r)
}

// asciiSpace marks the ASCII white space characters.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\n': true, '\t': true, '\r': true, '\v': true, '\f': true}

// isInvisible reports whether r is a format character that shows no glyph:
// zero-width space and joiners, direction marks, the word joiner, the soft
// hyphen and the byte-order mark. It ends a token but is no space: the
// words on either side stay as close as they look ("Jean\u00adPaul" reads as
// two tokens of one name), so it never breaks a name.
func isInvisible(r rune) bool {
	switch r {
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF':
		return true
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// lower returns the lower-case form of s without allocating when s has no
// upper-case letter.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// tokenize returns a document of text with its tokens and nothing else
// (rule phrases, names looked up in the lists).
func (t *tokenizer) tokenize(text string) *Doc {
	d := &Doc{Text: text}
	t.tokenizeInto(d, 0, len(text))
	return d
}

// tokenizeInto sets d.Tokens, reusing their memory, to the tokens of
// d.Text[from:to], offsets counted from the start of d.Text.
func (t *tokenizer) tokenizeInto(d *Doc, from, to int) {
	text := d.Text[:to]
	d.Tokens = d.Tokens[:0]
	if d.Tokens == nil {
		// News text averages about six bytes a token; sizing the slice
		// up front saves the copies of growing it token by token.
		d.Tokens = make([]Token, 0, (to-from)/5+4)
	}
	// The lower-case forms of tokens with capitals go into one buffer,
	// turned into one string at the end, instead of one allocation per
	// capitalised token. (It, the tokens and the capitals are appended
	// to in place, not through locals: the token loop has fewer
	// registers to save, which took a tenth of its instructions.)
	d.lowBuf = d.lowBuf[:0]
	d.capitals = d.capitals[:0]
	d.oddLows = d.oddLows[:0]
	i := from
	var flags tokenFlags
	for i < len(text) {
		for i < len(text) && text[i] == ' ' {
			// The common separator, without the tests below.
			flags |= tokSpace
			i++
		}
		if i == len(text) {
			break
		}
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
			if isInvisible(r) {
				i += n
				continue
			}
		}
		if isSpace(r) {
			if r == '\n' && flags&tokNewline != 0 {
				flags |= tokBreak
			}
			flags |= tokSpace
			if r == '\n' {
				flags |= tokNewline
			}
			i += n
			continue
		}
		start := i
		kind, cs := Punct, lowerASCII
		// hash is the vocabulary's hash (hashWord) of a word the loop
		// below read alone, as it read it, or 0.
		hash := uint32(0)
		switch {
		case isLetter(r):
			kind = Word
			// Most words are ASCII letters and digits up to a space or
			// a mark that is neither a period nor an apostrophe: they
			// end here without the call.
			var upper, nonASCII bool
			j, class, h := i, uint8(0), hashSeed
			for j < len(text) {
				c := asciiAlnum[text[j]]
				if c == 0 {
					break
				}
				class |= c
				h = hashByte(h, text[j])
				j++
			}
			if j == len(text) || text[j] < utf8.RuneSelf && text[j] != '.' && text[j] != '\'' {
				i, upper, hash = j, class&alnumUpper != 0, h
			} else {
				i, upper, nonASCII = t.scanWord(text, i)
			}
			if nonASCII {
				cs = notASCII
			} else if upper {
				cs = hasUpperASCII
			}
		case isDigit(r):
			kind = Number
			i = scanNumber(text, i) // digits, separators and "st", "nd"...
		case isApostrophe(r) && isPossessive(text, i+n):
			i += n + 1 // "'s" stays one token
			cs = asciiCase(text[start:i])
		default:
			i += n
			if r >= utf8.RuneSelf {
				cs = notASCII
			}
		}
		if isUpper(r) {
			flags |= tokUpper
		}
		tok := Token{Start: uint32(start), End: uint32(i), Kind: kind}
		s := text[start:i]
		// A capitalised ASCII word with a small second letter has no
		// shape: most capitalised words skip the call.
		if kind == Word && len(s) > 1 && cs != lowerASCII && !(cs == hasUpperASCII && 'a' <= s[1] && s[1] <= 'z') {
			tok.shape = wordShape(s, cs)
		}
		if s[len(s)-1]|0x20 == 's' {
			tok.shape |= shapeEndsS
		}
		switch cs {
		case lowerASCII:
			if hash != 0 && len(s) > 1 {
				tok.id = t.vocab.find(hash, s)
			} else {
				tok.id = t.vocab.id(s)
			}
			tok.lowID = tok.id
		case hasUpperASCII:
			// The lower case is hashed as it is written; the text was
			// as it was read, unless it went through scanWord.
			lows := roomFor(d.lowBuf, len(s))
			tok.low = uint32(len(lows))
			flags |= tokLowered
			hl := hashSeed
			for k := 0; k < len(s); k++ {
				c := s[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				hl = hashByte(hl, c)
				lows = append(lows, c)
			}
			d.lowBuf = lows
			if hash == 0 {
				hash = hashWord(s)
			}
			tok.id = t.vocab.find(hash, s)
			tok.lowID = t.vocab.findBytes(hl, lows[tok.low:])
		case notASCII:
			curly := strings.Contains(s, "’")
			if curly {
				flags |= tokCurly
			}
			low := lowerNonASCII(s, kind, r)
			switch {
			case low == s:
			case len(low) == len(s):
				d.lowBuf = roomFor(d.lowBuf, len(s))
				tok.low = uint32(len(d.lowBuf))
				flags |= tokLowered
				d.lowBuf = append(d.lowBuf, low...)
			default:
				tok.low = uint32(len(d.oddLows))
				flags |= tokOddLower
				d.oddLows = append(d.oddLows, low)
			}
			t.setIDs(&tok, s, low, curly)
		}
		tok.flags = flags
		tok.props = t.props.of(tok.id, tok.lowID)
		if flags&tokUpper != 0 {
			d.capitals = append(d.capitals, int32(len(d.Tokens)))
		}
		d.Tokens = append(grow(d.Tokens, 0), tok)
		flags = 0
	}
	d.lows = string(d.lowBuf)
	markSentences(d)
}

// setIDs gives tk the vocabulary ids of its text and of low, its
// lower-case form, with typographic apostrophes made plain when curly so
// that "People’s" is the word "People's".
func (t *tokenizer) setIDs(tk *Token, text, low string, curly bool) {
	if curly {
		text = strings.ReplaceAll(text, "’", "'")
		low = strings.ReplaceAll(low, "’", "'")
	}
	tk.id = t.vocab.id(text)
	tk.lowID = tk.id
	if low != text {
		tk.lowID = t.vocab.id(low)
	}
}

// roomFor returns b with room for n more bytes, doubling it when it is
// full (see grow): text of capitalised words only copies it fewer times.
func roomFor(b []byte, n int) []byte {
	if cap(b)-len(b) >= n {
		return b
	}
	return slices.Grow(b, max(cap(b), n, 64))
}

// lowerNonASCII returns the lower-case form of s, a token of kind that
// starts with r and is not all ASCII. Only words and possessives ("’S")
// hold letters; a symbol of one code point is its own lower case unless it
// has case ("Ⓐ").
func lowerNonASCII(s string, kind TokenKind, r rune) string {
	if kind != Word && utf8.RuneLen(r) == len(s) && unicode.ToLower(r) == r {
		return s
	}
	return lower(s)
}

// Shapes of a word token in capitals, which the tokenizer records.
const (
	// shapeAcronym: two to eight ASCII capitals, digits and periods, at
	// least two capitals, not a Roman numeral ("NATO", "U.N.", "G20").
	shapeAcronym = 1 << iota
	// shapeCaps: no lower-case letter, some upper-case one ("HANOI").
	shapeCaps
	// shapeEndsS: the token, of any kind, ends in "s" or "S", as a
	// plural does: the first test of the plural heads of offices,
	// agreements and kinds of ship, which then need not read the text.
	shapeEndsS
)

// wordShape returns the shape of the word s of more than one byte, whose
// case cs is not lowerASCII.
func wordShape(s string, cs int) uint8 {
	var shape uint8
	if cs == hasUpperASCII && len(s) <= 8 {
		caps, roman, acronym := 0, true, true
		for i := 0; i < len(s) && acronym; i++ {
			switch c := s[i]; {
			case 'A' <= c && c <= 'Z':
				caps++
				roman = roman && (c == 'I' || c == 'V' || c == 'X')
			case c == '.' || '0' <= c && c <= '9':
			default:
				acronym = false
			}
		}
		if acronym && caps >= 2 && !roman {
			shape |= shapeAcronym
		}
	}
	if isAllCaps(s) && (cs == hasUpperASCII || lower(s) != s) {
		shape |= shapeCaps
	}
	return shape
}

// Results of asciiCase.
const (
	lowerASCII    = iota // ASCII without upper-case letters: its own lower case
	hasUpperASCII        // ASCII with upper-case letters
	notASCII             // not all ASCII
)

func asciiCase(s string) int {
	upper := false
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= utf8.RuneSelf {
			return notASCII
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if upper {
		return hasUpperASCII
	}
	return lowerASCII
}

// endsName reports whether the abbreviation w at text[start:] is rather
// the last word of a name that ends a sentence: a capitalised word stands
// before it, a sentence opens after its period, and it is no name's
// suffix ("met Hun Sen. The minister left", but "Ivo Tarn Jr. The").
func (t *tokenizer) endsName(text string, start int, w string, k int) bool {
	switch lower(w) {
	case "jr", "sr":
		return false
	}
	p := start - 1
	for p >= 0 && text[p] == ' ' {
		p--
	}
	if p == start-1 || p < 0 || !('a' <= text[p] && text[p] <= 'z') {
		return false // glued, or after another abbreviation ("Lt. Gen. He Lei")
	}
	q := p
	for q > 0 && ('a' <= text[q-1] && text[q-1] <= 'z' || 'A' <= text[q-1] && text[q-1] <= 'Z') {
		q--
	}
	if q == p || !('A' <= text[q] && text[q] <= 'Z') {
		return false
	}
	return t.opensSentence(text, k)
}

// opensSentence reports whether the text at k, after spaces or line
// breaks, is a capitalised common word of two letters or more ("The",
// "He"), which opens a sentence: "Sen." before it is a name's word and its
// period.
func (t *tokenizer) opensSentence(text string, k int) bool {
	for k < len(text) && isSpaceByte(text[k]) { // the next line's too
		k++
	}
	if k >= len(text) || !('A' <= text[k] && text[k] <= 'Z') {
		return false
	}
	e := k + 1
	for e < len(text) && ('a' <= text[e] && text[e] <= 'z') {
		e++
	}
	if e-k < 2 || e < len(text) && text[e] == '.' {
		return false // an initial, or another abbreviation
	}
	return t.openers.has(lower(text[k:e]))
}

// isAbbrev reports whether the word w, without its period, is a known
// abbreviation, without allocating for short ASCII words.
func (t *tokenizer) isAbbrev(w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return t.abbrev.has(lower(w))
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return t.abbrev.has(lower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return t.abbrev.has(string(buf[:len(w)]))
}

// scanWord returns the end of the word starting at i, and whether it holds
// an ASCII capital or a byte outside ASCII.
func (t *tokenizer) scanWord(text string, i int) (end int, upper, nonASCII bool) {
	start := i
	letters := 0 // letters since the last period, for "U.N."
	for i < len(text) {
		if c := text[i]; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			letters++ // the common cases, without the rune checks below
			i++
			continue
		} else if 'A' <= c && c <= 'Z' {
			letters++
			upper = true
			i++
			continue
		}
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isLetter(r) || isDigit(r):
			letters++
			nonASCII = nonASCII || n > 1
			i += n
		case isApostrophe(r):
			// Keep an apostrophe followed by a letter ("O'Brien",
			// "d'Ivoire") unless it starts a possessive "'s".
			r2, _ := utf8.DecodeRuneInString(text[i+n:])
			if !isLetter(r2) {
				return i, upper, nonASCII
			}
			if isPossessive(text, i+n) {
				return i, upper, nonASCII
			}
			nonASCII = nonASCII || n > 1
			i += n
		case r == '.':
			if letters == 1 && followedByLetterPeriod(text, i+1) {
				// "U.N.", "E.U.": single letters with periods.
				i++
				letters = 0
				continue
			}
			if letters == 1 && i-start >= 2 && text[i-2] == '.' {
				return i + 1, upper, nonASCII // the last period of "U.N."
			}
			w := text[start:i]
			if t.isAbbrev(w) && (letters == 1 || !t.endsName(text, start, w, i+1)) || (letters == 1 && isUpper(rune(w[0]))) {
				return i + 1, upper, nonASCII
			}
			return i, upper, nonASCII
		default:
			return i, upper, nonASCII
		}
	}
	return i, upper, nonASCII
}

// Classes of asciiAlnum.
const (
	alnumLower = 1 << iota // a small letter or a digit
	alnumUpper             // a capital
)

// asciiAlnum classes the ASCII letters and digits; other bytes are 0.
var asciiAlnum = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = alnumLower
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = alnumLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = alnumUpper
	}
	return t
}()

// isPossessive reports whether text[i:] is the "s" of a possessive "'s".
func isPossessive(text string, i int) bool {
	return i < len(text) && (text[i] == 's' || text[i] == 'S') && !followedByLetter(text, i+1)
}

func followedByLetter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return i < len(text) && isLetter(r)
}

// followedByLetterPeriod reports whether text[i:] starts with a letter and
// a period ("N." in "U.N.").
func followedByLetterPeriod(text string, i int) bool {
	r, n := utf8.DecodeRuneInString(text[i:])
	return i < len(text) && isLetter(r) && i+n < len(text) && text[i+n] == '.'
}

// scanNumber returns the end of the number starting at i: digits with
// internal separators ("1,500", "6.5") and an ordinal suffix ("1st").
func scanNumber(text string, i int) int {
	for i < len(text) {
		c := text[i]
		switch {
		case isDigit(rune(c)):
			i++
		case (c == ',' || c == '.') && i+1 < len(text) && isDigit(rune(text[i+1])):
			i++
		default:
			for _, suf := range [...]string{"st", "nd", "rd", "th"} {
				if strings.HasPrefix(text[i:], suf) && !followedByLetter(text, i+2) {
					return i + 2
				}
			}
			return i
		}
	}
	return i
}

// markSentences marks the first token of each sentence: the first token,
// a token after a paragraph break, and a capitalised or quoted token after
// a sentence-final mark.
func markSentences(d *Doc) {
	toks := d.Tokens
	for i := range toks {
		if i == 0 || toks[i].Break() {
			toks[i].flags |= tokSentStart
			continue
		}
		if toks[i-1].Kind != Punct {
			continue // neither a sentence mark nor a quote
		}
		prev := toks[i-1].Text(d)
		if prev == "." || prev == "!" || prev == "?" {
			if toks[i].IsCap() || toks[i].Kind != Word {
				toks[i].flags |= tokSentStart
			}
		}
		// A quote opening a sentence passes the start on.
		if toks[i-1].SentStart() && isQuote(prev) && toks[i].Kind == Word {
			toks[i].flags |= tokSentStart
		}
	}
}

func isQuote(s string) bool {
	return s == "\"" || s == "“" || s == "'" || s == "‘"
}
