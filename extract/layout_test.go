package extract

import (
	"reflect"
	"slices"
	"testing"
)

// hasPointers reports whether values of type t hold a pointer the garbage
// collector must follow.
func hasPointers(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Struct:
		for i := range t.NumField() {
			if hasPointers(t.Field(i).Type) {
				return true
			}
		}
		return false
	case reflect.Array:
		return t.Len() > 0 && hasPointers(t.Elem())
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return false
	}
	return true
}

// TestLayout keeps the per-token and per-span layers small and free of
// pointers, so that the garbage collector never scans them (issue 16).
func TestLayout(t *testing.T) {
	for _, c := range []struct {
		typ      reflect.Type
		maxBytes uintptr
	}{
		{reflect.TypeFor[Token](), 24},
		{reflect.TypeFor[Span](), 32},
	} {
		if got := c.typ.Size(); got > c.maxBytes {
			t.Errorf("%v is %d bytes, want at most %d", c.typ, got, c.maxBytes)
		}
		if hasPointers(c.typ) {
			t.Errorf("%v holds pointers", c.typ)
		}
	}
}

// TestTokenLower checks the lower-case forms the tokens derive from the
// text: ASCII, the same length in UTF-8, another length, and none at all.
func TestTokenLower(t *testing.T) {
	tk, _ := newDateTestStages(t)
	for _, c := range []struct{ text, want string }{
		{"NATO said", "nato said"},
		{"Élysée ÉTÉ été", "élysée été été"},
		{"İstanbul K", "istanbul k"}, // shorter in UTF-8
		{"People’s O’Neill", "people ’s o’neill"},
		{"", ""},
	} {
		doc := tk.tokenize(c.text)
		got := ""
		for i := range doc.Tokens {
			if i > 0 {
				got += " "
			}
			got += doc.Tokens[i].Lower(doc)
		}
		if got != c.want {
			t.Errorf("%q: lower-case tokens %q, want %q", c.text, got, c.want)
		}
	}
}

// TestSpanSideTables checks the values and rule names a span keeps in its
// document: none, listed and unlisted rule names, and a document given
// back and reused.
func TestSpanSideTables(t *testing.T) {
	p, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for round := range 2 {
		doc, err := p.Process("d", "Gen. Ivan Petrov met them on 5 March 2024.", "")
		if err != nil {
			t.Fatal(err)
		}
		var s, u Span
		doc.SetValue(&s, "General")
		doc.SetRule(&s, "rank")
		doc.SetRule(&u, "test:unlisted")
		if got := s.Value(doc); got != "General" {
			t.Errorf("round %d: value %q, want General", round, got)
		}
		if got := s.Rule(doc) + " " + u.Rule(doc); got != "rank test:unlisted" {
			t.Errorf("round %d: rules %q", round, got)
		}
		var none Span
		if none.Value(doc) != "" || none.Rule(doc) != "" {
			t.Errorf("round %d: the zero span has value %q, rule %q", round, none.Value(doc), none.Rule(doc))
		}
		vals := map[string]string{}
		for _, e := range doc.Entities {
			vals[doc.SpanText(e)] = e.Value(doc) + " " + e.Rule(doc)
		}
		if got := vals["Gen."]; got != "General rank" {
			t.Errorf("round %d: Gen. has %q", round, got)
		}
		if got := vals["5 March 2024"]; got != "2024-03-05 date:day-month" {
			t.Errorf("round %d: the date has %q", round, got)
		}
		p.Recycle(doc)
	}
}

// TestRuleNamesSorted keeps the listed rule names sorted and free of
// duplicates.
func TestRuleNamesSorted(t *testing.T) {
	for i := 1; i < len(ruleNames); i++ {
		if ruleNames[i-1] >= ruleNames[i] {
			t.Errorf("ruleNames: %q before %q", ruleNames[i-1], ruleNames[i])
		}
	}
}

// TestRuleIDs checks that every listed rule name has its index as its id,
// found within a few probes of its home slot, and that names not listed
// get ids of their own, kept by the document.
func TestRuleIDs(t *testing.T) {
	doc := &Doc{}
	for i, name := range ruleNames {
		if got := doc.ruleID(name); got != ruleID(i) {
			t.Errorf("ruleID(%q) = %d, want %d", name, got, i)
		}
		probes := 0
		for k := ruleHash(name); int(ruleSlots[k]) != i+1; k = (k + 1) % ruleSlotCount {
			probes++
		}
		if probes > 3 {
			t.Errorf("%q is %d slots from its home", name, probes)
		}
	}
	for k, name := range []string{"user:rule", "role:", "Rank", "date:day-months", "user:rule"} {
		id := doc.ruleID(name)
		if int(id) < len(ruleNames) || doc.ruleName(id) != name {
			t.Errorf("ruleID(%q) = %d, named %q", name, id, doc.ruleName(id))
		}
		if want := len(ruleNames) + k%4; int(id) != want {
			t.Errorf("ruleID(%q) = %d, want %d", name, id, want)
		}
	}
}

// TestTokenShapes checks the shapes the tokenizer records for words in
// capitals.
func TestTokenShapes(t *testing.T) {
	tk, _ := newDateTestStages(t)
	for _, c := range []struct {
		text              string
		acronym, capsWord bool
	}{
		{"NATO", true, true},
		{"U.N.", true, true},
		{"G20", false, true}, // one capital
		{"F-35", false, false},
		{"FFG06", true, true},
		{"XIV", false, true}, // a Roman numeral
		{"HANOI", true, true},
		{"AGUINALDO", false, true}, // longer than eight
		{"ÉLYSÉE", false, true},
		{"Élysée", false, false},
		{"NATO’s", true, true}, // the possessive is a token of its own
		{"Nato", false, false},
		{"nato", false, false},
		{"A", false, false},
	} {
		doc := tk.tokenize(c.text)
		tok := &doc.Tokens[0]
		if got := tok.isAcronym(); got != c.acronym {
			t.Errorf("%q: acronym %v, want %v", c.text, got, c.acronym)
		}
		if got := tok.isCapsWord(); got != c.capsWord {
			t.Errorf("%q: in capitals %v, want %v", c.text, got, c.capsWord)
		}
	}
}

// TestAbbreviationEndsName checks that an abbreviation after a name,
// before a sentence's capitalised common word, gives up its period: the
// sentence ends there, and the name does.
func TestAbbreviationEndsName(t *testing.T) {
	tk, _ := newDateTestStages(t)
	for _, c := range []struct {
		text string
		want []string // the tokens' texts
	}{
		{"met Hun Sen. The", []string{"met", "Hun", "Sen", ".", "The"}},
		{"met Dong Jun.\n\nThe", []string{"met", "Dong", "Jun", ".", "The"}},
		{"Lt. Gen. He Lei", []string{"Lt.", "Gen.", "He", "Lei"}},
		{"Ivo Tarn Jr. The", []string{"Ivo", "Tarn", "Jr.", "The"}},
		{"Republican Sen. John", []string{"Republican", "Sen.", "John"}},
		{"on 5 Jan. The", []string{"on", "5", "Jan.", "The"}},
		{"met Hun Sen. A. Tarn", []string{"met", "Hun", "Sen.", "A.", "Tarn"}},
	} {
		doc := tk.tokenize(c.text)
		var got []string
		for k := range doc.Tokens {
			got = append(got, doc.Tokens[k].Text(doc))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: tokens %q, want %q", c.text, got, c.want)
		}
	}
}

// TestEdgeTable checks the phrase tries' flat table of edges: every edge
// built is found, no other.
func TestEdgeTable(t *testing.T) {
	b := newPhraseBuilder(newVocabulary(0), false, 0)
	const n = 5000
	for k := range n {
		b.parents = append(b.parents, edge(int32(k%97), uint32(k+1)))
		b.ends = append(b.ends, 0)
	}
	table := b.freeze().edges
	for k := range n {
		if c, ok := table.get(edge(int32(k%97), uint32(k+1))); !ok || c != int32(k+1) {
			t.Fatalf("edge %d: got %d, %v", k, c, ok)
		}
		if _, ok := table.get(edge(int32(k%97+1), uint32(k+1))); ok {
			t.Fatalf("edge %d from another node found", k)
		}
	}
}

// TestNamedTexts checks that the first test of namedTexts lets every name
// through and that get answers as the map would.
func TestNamedTexts(t *testing.T) {
	long := string(make([]byte, 200))
	var s namedTexts
	if _, ok := s.get("Cobra Gold"); ok {
		t.Fatal("an empty set has a name")
	}
	s.add("Cobra Gold", Event)
	s.add("Dauntless", Org)
	s.add("CE 23", Event)
	s.add("x"+long, Event)
	tests := []struct {
		text string
		want Label
		ok   bool
	}{
		{"Cobra Gold", Event, true},
		{"Dauntless", Org, true},
		{"CE 23", Event, true},
		{"x" + long, Event, true},
		{"Cobra Gole", 0, false},     // same first byte and length
		{"Cobra", 0, false},          // same first byte
		{"Zobra Gold", 0, false},     // same length
		{"x" + long + "y", 0, false}, // both lengths over 127
		{"", 0, false},
	}
	for _, tt := range tests {
		if got, ok := s.get(tt.text); got != tt.want || ok != tt.ok {
			t.Errorf("get(%.12q) = %v, %v; want %v, %v", tt.text, got, ok, tt.want, tt.ok)
		}
	}
	for _, b := range []byte("CDx") {
		if !s.opens(b) {
			t.Errorf("opens(%q) = false", b)
		}
	}
	if s.opens('Z') {
		t.Error("opens('Z') = true")
	}
}

// TestEdgeSlot checks that a slot gives back the edge key and the child
// it packed, at the limits of their bits.
func TestEdgeSlot(t *testing.T) {
	tests := []struct {
		node  int32
		id    uint32
		child int32
	}{
		{0, 1, 1},
		{maxTrieNodes - 1, maxTrieWord - 1, maxTrieNodes - 1},
		{12345, 678, 9012},
	}
	for _, tt := range tests {
		s := newEdgeSlot(edge(tt.node, tt.id), tt.child)
		if node, id := edgeEnds(s.key()); node != tt.node || id != tt.id || s.child() != tt.child || s == 0 || s.inner() || s.ends() {
			t.Errorf("slot of %d -%d-> %d: node %d, id %d, child %d", tt.node, tt.id, tt.child, node, id, s.child())
		}
		// The facts markSlots adds change neither.
		if m := s | slotInner | slotEnds; m.key() != s.key() || m.child() != tt.child || !m.inner() || !m.ends() {
			t.Errorf("marked slot of %d -%d-> %d: key %x, child %d", tt.node, tt.id, tt.child, m.key(), m.child())
		}
	}
}

// TestEditionAhead checks that the first test of editionName lets through
// every token that may end an edition's name (editionYear).
func TestEditionAhead(t *testing.T) {
	tk, _ := newDateTestStages(t)
	doc := tk.tokenize("Cobra Gold 2024, Eagle Partner 23, Kestrel Gull XII and Talisman Sabre IV; also I, II, 5th, 1.5, 07, x")
	for i := range doc.Tokens {
		tok := &doc.Tokens[i]
		if editionYear(doc, tok) && tok.Kind != Number && !tok.isCapsWord() {
			t.Errorf("%q ends an edition, but editionAhead skips it", tok.Text(doc))
		}
		if i >= 2 && editionYear(doc, tok) && !editionAhead(doc.Tokens, i-2) {
			t.Errorf("editionAhead(%d) = false before %q", i-2, tok.Text(doc))
		}
	}
}

// TestVocabularyGrows checks the words interned after the vocabulary's
// flat table was made (more) and freeze, which moves them into a new
// table: every word keeps its id and is found by text and by bytes.
func TestVocabularyGrows(t *testing.T) {
	v := newWordTable([]string{"", "army", "navy", "a"})
	late := []string{"air force", "b", "marines"}
	want := map[string]uint32{"army": 1, "navy": 2, "a": 3}
	for i, w := range late {
		if id := v.intern(w); id != uint32(4+i) {
			t.Fatalf("intern(%q) = %d, want %d", w, id, 4+i)
		}
		want[w] = uint32(4 + i)
	}
	for _, stage := range []string{"before freeze", "after freeze"} {
		for w, id := range want {
			if got := v.id(w); got != id {
				t.Errorf("%s: id(%q) = %d, want %d", stage, w, got, id)
			}
			if got := v.findBytes(hashWord(w), []byte(w)); got != id {
				t.Errorf("%s: findBytes(%q) = %d, want %d", stage, w, got, id)
			}
			if got := v.word(id); got != w {
				t.Errorf("%s: word(%d) = %q, want %q", stage, id, got, w)
			}
		}
		if v.id("coast guard") != 0 || v.word(99) != "" {
			t.Errorf("%s: a word not interned is found", stage)
		}
		v.freeze()
		if v.more != nil || v.size() != 7 {
			t.Fatalf("freeze left %d words in more, %d in all", len(v.more), v.size())
		}
	}
}
