// Package extract finds the people, ranks, offices, organisations, places,
// dates, agreements and events of ANNOTATION.md in raw English news text.
//
// One Doc flows through a Pipeline of Stages. The Doc keeps the original text
// unchanged; every layer above it (tokens, candidate spans, entities,
// relations, people) points into that text by byte offsets. Code-point
// offsets, which the brat and JSON outputs use, are computed only at the
// output boundary (see Doc.CodePoints).
package extract

import (
	"fmt"
	"iter"
	"slices"
	"unicode/utf8"
)

// Label is an entity type of the annotation schema. Its text form (String,
// MarshalText) is the schema's name ("PERSON"); the zero Label is no label.
type Label uint8

// The entity labels of the schema.
const (
	Person Label = iota + 1
	Org
	GPE
	Loc
	Rank
	Role
	Date
	Agreement
	Event
)

// labelNames are the schema's names of the labels, by value.
var labelNames = [...]string{"", "PERSON", "ORG", "GPE", "LOC", "RANK", "ROLE", "DATE", "AGREEMENT", "EVENT"}

// Labels lists every label of the schema in a fixed order.
var Labels = []Label{Person, Org, GPE, Loc, Rank, Role, Date, Agreement, Event}

// ParseLabel returns the label the schema names s ("PERSON"), and whether
// there is one.
func ParseLabel(s string) (Label, bool) {
	for l, name := range labelNames {
		if l > 0 && name == s {
			return Label(l), true
		}
	}
	return 0, false
}

// String returns the schema's name of the label, or "" for no label.
func (l Label) String() string {
	if int(l) < len(labelNames) {
		return labelNames[l]
	}
	return ""
}

// MarshalText returns the schema's name of the label.
func (l Label) MarshalText() ([]byte, error) {
	if l == 0 || int(l) >= len(labelNames) {
		return nil, fmt.Errorf("no label %d", uint8(l))
	}
	return []byte(l.String()), nil
}

// UnmarshalText sets the label the schema names text.
func (l *Label) UnmarshalText(text []byte) error {
	v, ok := ParseLabel(string(text))
	if !ok {
		return fmt.Errorf("unknown label %q", text)
	}
	*l = v
	return nil
}

// RelationType is a relation type of the annotation schema.
type RelationType string

// The relation types of the schema.
const (
	HasRank RelationType = "HAS_RANK"
	HasRole RelationType = "HAS_ROLE"
	Alias   RelationType = "ALIAS"
)

// RelationTypes lists every relation type of the schema in a fixed order.
var RelationTypes = []RelationType{HasRank, HasRole, Alias}

// TokenKind classifies a token by its characters.
type TokenKind uint8

// Token kinds.
const (
	Word   TokenKind = iota // letters, possibly with digits, apostrophes or abbreviation periods
	Number                  // digits, possibly with internal separators ("1,500", "6.5", "1st")
	Punct                   // any other single symbol
)

// Token is one token of a Doc: byte offsets into Doc.Text, the vocabulary
// ids of its text and lower-case form, its kind and flags. It holds no
// pointer, so the garbage collector never scans a document's tokens; its
// text and lower-case form are read through the document (Token.Text,
// Token.Lower).
type Token struct {
	// Start and End are byte offsets into Doc.Text, end exclusive.
	Start, End uint32
	// id and lowID are the vocabulary ids of the text and of the lower
	// case, with typographic apostrophes made plain (0 for a word no
	// rule names).
	id, lowID uint32
	// low locates the lower-case form: an offset into Doc.lows when
	// tokLowered is set, an index into Doc.oddLows when tokOddLower is.
	low   uint32
	Kind  TokenKind
	flags tokenFlags
	// shape says whether a word is an acronym or in capitals (see
	// wordShape), and whether the token ends in "s" (shapeEndsS).
	shape uint8
	// props are the facts the stages' first tests ask of the word.
	props tokenProps
}

// tokenFlags are the yes/no facts the tokenizer records about a token.
type tokenFlags uint8

const (
	// tokSpace: whitespace separates the token from the previous one.
	tokSpace tokenFlags = 1 << iota
	// tokNewline: that whitespace holds a line break.
	tokNewline
	// tokBreak: that whitespace holds a blank line (a paragraph break).
	tokBreak
	// tokSentStart: the token starts a sentence.
	tokSentStart
	// tokUpper: the token starts with an upper-case letter.
	tokUpper
	// tokCurly: the token holds a typographic apostrophe (’).
	tokCurly
	// tokLowered: the lower-case form differs from the text and has its
	// length; it is Doc.lows[low:low+End-Start].
	tokLowered
	// tokOddLower: the lower-case form has another length than the
	// text; it is Doc.oddLows[low].
	tokOddLower
)

// Text returns the token's text, d.Text[t.Start:t.End]; d is the document
// the token belongs to.
func (t *Token) Text(d *Doc) string { return d.Text[t.Start:t.End] }

// Lower returns the lower-case form of the token's text; d is the document
// the token belongs to.
func (t *Token) Lower(d *Doc) string {
	switch {
	case t.flags&tokLowered != 0:
		return d.lows[t.low : t.low+t.End-t.Start]
	case t.flags&tokOddLower != 0:
		return d.oddLows[t.low]
	}
	return d.Text[t.Start:t.End]
}

// IsCap reports whether the token starts with an upper-case letter, as the
// tokenizer recorded it.
func (t *Token) IsCap() bool { return t.flags&tokUpper != 0 }

// SpaceBefore reports whether whitespace separates the token from the
// previous one.
func (t *Token) SpaceBefore() bool { return t.flags&tokSpace != 0 }

// Newline reports whether the whitespace before the token holds a line
// break.
func (t *Token) Newline() bool { return t.flags&tokNewline != 0 }

// Break reports whether the whitespace before the token holds a blank line
// (a paragraph break).
func (t *Token) Break() bool { return t.flags&tokBreak != 0 }

// SentStart reports whether the token is the first of a sentence.
func (t *Token) SentStart() bool { return t.flags&tokSentStart != 0 }

// curly reports whether the token holds a typographic apostrophe.
func (t *Token) curly() bool { return t.flags&tokCurly != 0 }

// Span is a labelled stretch of Doc.Text: a candidate while stages propose
// them (candidates may overlap), an entity once the resolver has chosen
// (entities never overlap). Start and End are byte offsets, end exclusive;
// TokStart and TokEnd index Doc.Tokens, end exclusive. It holds no
// pointer: its value and rule name are kept by the document (Span.Value,
// Span.Rule).
type Span struct {
	TokStart, TokEnd int
	Start, End       uint32
	// value is 1 + the index of the normalised value in Doc.values, or 0
	// for none.
	value uint32
	// rule names the stage and rule that proposed the span.
	rule  ruleID
	Label Label
	// Priority orders competing candidates in the resolver: higher wins.
	Priority int8
	// Anchor says what a DATE's value was worked out from.
	Anchor Anchor
}

// Value returns the normalised value of s, a span of d: ISO date for DATE,
// canonical rank for RANK, empty otherwise.
func (s *Span) Value(d *Doc) string {
	if s.value == 0 {
		return ""
	}
	return d.values[s.value-1]
}

// SetValue sets the normalised value of s, a span of d.
func (d *Doc) SetValue(s *Span, v string) {
	s.value = 0
	if v != "" {
		d.values = append(d.values, v)
		s.value = uint32(len(d.values))
	}
}

// Rule names the stage and rule that proposed s, a span of d, for
// --explain and debugging.
func (s *Span) Rule(d *Doc) string { return d.ruleName(s.rule) }

// SetRule sets the name of the rule that proposed s, a span of d.
func (d *Doc) SetRule(s *Span, rule string) { s.rule = d.ruleID(rule) }

// Relation links two entities by their indexes in Doc.Entities.
type Relation struct {
	Type       RelationType
	Arg1, Arg2 int
}

// Doc is one document and every annotation layer over it.
type Doc struct {
	// ID names the document (the file name without extension, or the id
	// of a JSON Lines record).
	ID string
	// Text is the original text. It is never modified.
	Text string
	// DCT is the document creation time as YYYY-MM-DD, given by the caller
	// or read from a dateline; empty when unknown.
	DCT string

	// Tokens is nil for a document processed in windows (see
	// Config.WindowBytes): AllTokens gives its tokens one window at a
	// time.
	Tokens []Token
	// values holds the normalised values of the spans, moreRules the
	// names of their rules that ruleNames does not list (see Span.Value,
	// Span.Rule).
	values    []string
	moreRules []string
	// lows holds the lower-case forms of the tokens with upper-case
	// letters, one after the other; oddLows those whose lower case has
	// another length than their text (see Token.Lower).
	lows    string
	oddLows []string
	// lowBuf is the buffer lows is copied from, kept for the next
	// document when this one is recycled.
	lowBuf []byte
	// capitals holds the indices of the tokens that start with a
	// capital (Token.IsCap), in order: a stage that acts only at such a
	// token walks them instead of every token.
	capitals   []int32
	Candidates []Span
	Entities   []Span
	Relations  []Relation
	People     []PersonRecord

	// win, when win.to > 0, limits the stages to Text[win.from:win.to]:
	// the document is one window of a larger one (see window.go).
	win struct{ from, to int }
	// acronyms is the set of acronyms the whole document spells, nil
	// until the first stage asks (see acronymSet); a window gets it from
	// a first pass over the whole document.
	acronyms map[string]bool
	// relations is the set of one-word organisation heads that the
	// whole document writes as a relation between states ("the U.S. –
	// Tarvo Alliance"), nil until the organisations' stage first asks (see
	// namesRelation); a window gets it from a first pass over the whole
	// document.
	relations map[string]bool
	// body, when not nil, is the whole document's body for the headings
	// stage of a window (see headingBody).
	body *headingBody
	// windowed, for a document processed in windows, tokenizes it again
	// window by window for AllTokens.
	windowed *windowed

	// scratch lends the stages their per-token buffers; spareSpans is
	// the entities' second buffer, which the resolver fills when it
	// inserts short forms.
	scratch    scratch
	spareSpans []Span
	// peopleMentions and peopleRoles hold the People records' Mentions
	// and Roles, each record's a slice of them (see buildPeople).
	peopleMentions []int
	peopleRoles    []string

	// cp maps byte offsets to code-point offsets; built on first use.
	cp []int32
}

// PersonRecord gathers what the document says about one person.
type PersonRecord struct {
	Name     string   `json:"name"`
	Mentions []int    `json:"mentions"` // indexes into Doc.Entities
	Rank     string   `json:"rank,omitempty"`
	Roles    []string `json:"roles,omitempty"`
	Org      string   `json:"org,omitempty"`
	Country  string   `json:"country,omitempty"`
}

// SpanText returns the text a span covers.
func (d *Doc) SpanText(s Span) string { return d.Text[s.Start:s.End] }

// CodePoints converts a byte offset into Doc.Text, such as a span's Start
// or End, to a code-point offset. Doc.Text must be valid UTF-8
// (Pipeline.Process guarantees it).
func (d *Doc) CodePoints(byteOff uint32) int {
	if len(d.cp) == 0 {
		d.cp = slices.Grow(d.cp[:0], len(d.Text)/cpStride+1)[:len(d.Text)/cpStride+1]
		n := int32(0)
		for i := 0; i < len(d.Text); i++ {
			if i%cpStride == 0 {
				d.cp[i/cpStride] = n
			}
			if utf8.RuneStart(d.Text[i]) {
				n++
			}
		}
		if len(d.Text)%cpStride == 0 {
			d.cp[len(d.Text)/cpStride] = n
		}
	}
	off := int(byteOff)
	n := int(d.cp[off/cpStride])
	for i := off / cpStride * cpStride; i < off; i++ {
		if utf8.RuneStart(d.Text[i]) {
			n++
		}
	}
	return n
}

// cpStride is the stride, in bytes, of the counts CodePoints keeps, a
// sixteenth of the text's size whatever the order of the calls.
const cpStride = 64

// AllTokens yields the tokens of the document in order: Tokens or, for a
// document processed in windows, the tokens of one window at a time, read
// through that window's document.
func (d *Doc) AllTokens() iter.Seq2[*Doc, Token] {
	return func(yield func(*Doc, Token) bool) {
		if d.windowed == nil {
			for _, t := range d.Tokens {
				if !yield(d, t) {
					return
				}
			}
			return
		}
		wd := &Doc{Text: d.Text}
		for _, w := range d.windowed.cuts {
			d.windowed.tk.tokenizeInto(wd, w.from, w.to)
			lo, hi := w.coreTokens(wd.Tokens)
			for _, t := range wd.Tokens[lo:hi] {
				if !yield(wd, t) {
					return
				}
			}
		}
	}
}
