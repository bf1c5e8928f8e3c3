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
	"iter"
	"unicode/utf8"
)

// Label is an entity type of the annotation schema.
type Label string

// The entity labels of the schema.
const (
	Person    Label = "PERSON"
	Org       Label = "ORG"
	GPE       Label = "GPE"
	Loc       Label = "LOC"
	Rank      Label = "RANK"
	Role      Label = "ROLE"
	Date      Label = "DATE"
	Agreement Label = "AGREEMENT"
	Event     Label = "EVENT"
)

// Labels lists every label of the schema in a fixed order.
var Labels = []Label{Person, Org, GPE, Loc, Rank, Role, Date, Agreement, Event}

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

// Token is one token of a Doc. Start and End are byte offsets into Doc.Text;
// Text is Doc.Text[Start:End] and Lower its lower-case form.
type Token struct {
	Start, End int
	Text       string
	Lower      string
	Kind       TokenKind
	// SpaceBefore is true when whitespace separates this token from the
	// previous one; Newline is true when that whitespace holds a line
	// break, and Break when it holds a blank line (a paragraph break).
	SpaceBefore bool
	Newline     bool
	Break       bool
	// SentStart is true for the first token of a sentence.
	SentStart bool
	// upper is true when Text starts with an upper-case letter; curly
	// when it holds a typographic apostrophe (’).
	upper, curly bool
	// id and lowID are the vocabulary ids of Text and Lower (0 for a
	// word no rule names).
	id, lowID uint32
}

// IsCap reports whether the token starts with an upper-case letter, as the
// tokenizer recorded it.
func (t *Token) IsCap() bool { return t.upper }

// Span is a labelled stretch of Doc.Text: a candidate while stages propose
// them (candidates may overlap), an entity once the resolver has chosen
// (entities never overlap). Start and End are byte offsets, end exclusive;
// TokStart and TokEnd index Doc.Tokens, end exclusive.
type Span struct {
	Start, End       int
	TokStart, TokEnd int
	Label            Label
	// Value is the normalised value: ISO date for DATE, canonical rank for
	// RANK, empty otherwise.
	Value string
	// Rule names the stage and rule that proposed the span, for --explain
	// and debugging.
	Rule string
	// Priority orders competing candidates in the resolver: higher wins.
	Priority int
	// Anchor says what a DATE's value was worked out from.
	Anchor Anchor
}

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
	Tokens     []Token
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
	// body, when not nil, is the whole document's body for the headings
	// stage of a window (see headingBody).
	body *headingBody
	// windowed, for a document processed in windows, tokenizes it again
	// window by window for AllTokens.
	windowed *windowed

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

// AllTokens yields the tokens of the document in order: Tokens or, for a
// document processed in windows, the tokens of one window at a time.
func (d *Doc) AllTokens() iter.Seq[Token] {
	return func(yield func(Token) bool) {
		if d.windowed == nil {
			for _, t := range d.Tokens {
				if !yield(t) {
					return
				}
			}
			return
		}
		var toks []Token
		for _, w := range d.windowed.cuts {
			toks = d.windowed.tk.tokenizeFrom(d.Text[:w.to], w.from, toks[:0])
			lo, hi := w.coreTokens(toks)
			for _, t := range toks[lo:hi] {
				if !yield(t) {
					return
				}
			}
		}
	}
}

// SpanText returns the text a span covers.
func (d *Doc) SpanText(s Span) string { return d.Text[s.Start:s.End] }

// CodePoints converts a byte offset into Doc.Text to a code-point offset.
// Doc.Text must be valid UTF-8 (Pipeline.Process guarantees it). It keeps
// the count of every cpStride-th byte, so that its memory is a sixteenth
// of the text's whatever the order of the calls.
func (d *Doc) CodePoints(byteOff int) int {
	if d.cp == nil {
		d.cp = make([]int32, len(d.Text)/cpStride+1)
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
	n := int(d.cp[byteOff/cpStride])
	for i := byteOff / cpStride * cpStride; i < byteOff; i++ {
		if utf8.RuneStart(d.Text[i]) {
			n++
		}
	}
	return n
}

// cpStride is the stride, in bytes, of the counts CodePoints keeps.
const cpStride = 64
