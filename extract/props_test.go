package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTokenProps checks that each property bit the tokenizer gives a
// token is exactly the membership test of the sets behind it, for every
// word of the rules as written, in lower case, capitalised and in
// capitals, and for words no rule names.
func TestTokenProps(t *testing.T) {
	p := pipeline(t)
	lx := p.lx
	var gaz *gazetteerStage
	for _, s := range p.Stages() {
		if s, ok := s.(*gazetteerStage); ok {
			gaz = s
		}
	}
	if gaz == nil {
		t.Fatal("no gazetteer stage")
	}
	tests := []struct {
		prop tokenProps
		name string
		want func(tok *Token) bool
	}{
		{propListedFirst, "listed first word", func(tok *Token) bool {
			return gaz.firstWords.has(tok.id) || gaz.firstWords.has(tok.lowID)
		}},
		{propRoleStart, "office start", func(tok *Token) bool {
			return lx.roleMods.starts.has(tok.lowID) || lx.roleHeads.starts.has(tok.lowID)
		}},
		{propAgreementStart, "agreement start", func(tok *Token) bool { return lx.agreementHeads.starts.has(tok.lowID) }},
		{propRankStart, "rank start", func(tok *Token) bool {
			return lx.ranks.starts.has(tok.lowID) || lx.rankAbbrev.keys.has(tok.lowID)
		}},
		{propPlacePrep, "place preposition", func(tok *Token) bool {
			return lx.placePreps.hasTok(tok) || lx.placeWeakPreps.hasTok(tok) || lx.placeBefore.hasTok(tok) || lx.placeBeforeOf.hasTok(tok) || lx.placeState.hasTok(tok) || lx.placeWeakWords.hasTok(tok) || lx.placePartWords.hasTok(tok) || lx.placeWith.hasTok(tok)
		}},
		{propPersonCue, "person cue", func(tok *Token) bool {
			return lx.honorifics.starts.has(lx.honorifics.key(tok)) || lx.nicknameCues.starts.has(lx.nicknameCues.key(tok)) ||
				lx.personCues.hasTok(tok)
		}},
		{propShipType, "ship type", func(tok *Token) bool { return lx.shipTypes.hasTok(tok) }},
		{propOrgCue, "organisation cue", func(tok *Token) bool { return lx.orgCues.hasTok(tok) }},
	}
	words := append([]string{"zqxvv", "Zqxvv", "ZQXVV", "’s", "’S"}, lx.tk.vocab.words()[1:]...)
	seen := make([]int, len(tests)) // tokens with each property
	var b strings.Builder
	for _, w := range words {
		for _, form := range []string{w, capitalised(w), strings.ToUpper(w)} {
			b.Reset()
			b.WriteString(form)
			doc := lx.tk.tokenize(b.String())
			for i := range doc.Tokens {
				tok := &doc.Tokens[i]
				for k, tt := range tests {
					got := tok.props&tt.prop != 0
					if want := tt.want(tok); got != want {
						t.Errorf("%q: %s is %v, want %v", tok.Text(doc), tt.name, got, want)
					}
					if got {
						seen[k]++
					}
				}
			}
		}
	}
	for k, tt := range tests {
		if seen[k] == 0 {
			t.Errorf("no word has the property %s", tt.name)
		}
	}
}

// capitalised returns w with its first letter in upper case.
func capitalised(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// TestCapitals checks that a document's capitals are the indices of its
// tokens that start with a capital, also when its buffers are reused, and
// which tokens end in "s".
func TestCapitals(t *testing.T) {
	tk := pipeline(t).lx.tk
	doc := &Doc{}
	for _, text := range []string{
		"Gen. Ivan Petrov met the ÉLITE unit in Hanoi on 5 March.",
		"no capitals here, 42 of them",
		"Über 'S Ångström ’S x Y",
		"Ministers’ talks: US-ASEAN SEALS, 1990s; ’s is",
		"",
	} {
		doc.Text = text
		tk.tokenizeInto(doc, 0, len(text))
		var want []int32
		for i := range doc.Tokens {
			if doc.Tokens[i].IsCap() {
				want = append(want, int32(i))
			}
		}
		if !slices.Equal(doc.capitals, want) {
			t.Errorf("%q: capitals %v, want %v", text, doc.capitals, want)
		}
		for i := range doc.Tokens {
			tok := &doc.Tokens[i]
			if want := doc.Text[tok.End-1]|0x20 == 's'; tok.endsInS() != want {
				t.Errorf("%q: %q ends in s: %v, want %v", text, tok.Text(doc), tok.endsInS(), want)
			}
		}
	}
}

// TestPlurals checks that the filters of plurals let the plural of every
// kind of ship and of every one-word office through.
func TestPlurals(t *testing.T) {
	lx := pipeline(t).lx
	for _, tt := range []struct {
		name   string
		words  idSet
		filter *wordFilter
	}{
		{"kinds of ship", lx.shipTypes.ids, &newOrgStage(lx).shipPlurals},
		{"offices", lx.roleHeadWords.keys, &lx.rolePlurals},
	} {
		n := 0
		for id, w := range lx.tk.vocab.words() {
			if tt.words.has(uint32(id)) {
				n++
				if !tt.filter.mayHave(w + "s") {
					t.Errorf("%s: the filter stops %q", tt.name, w+"s")
				}
			}
		}
		if n == 0 {
			t.Errorf("no %s", tt.name)
		}
	}
}
