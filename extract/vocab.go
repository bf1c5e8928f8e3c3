package extract

// vocabulary interns every word the rules name: each gets a small integer
// id when the rules load, and the tokenizer gives every token the ids of
// its text and of its lower-case form, so that word sets and phrase tries
// look tokens up by id instead of hashing their text again. Words no rule
// names get id 0, which no set holds. It is filled while the pipeline is
// built and only read afterwards.
type vocabulary struct {
	ids map[string]uint32
	// filter answers most lookups of words not in the vocabulary without
	// hashing them.
	filter wordFilter
}

// newVocabulary returns a vocabulary with room for about size words.
func newVocabulary(size int) *vocabulary {
	ids := make(map[string]uint32, size)
	ids[""] = 0
	return &vocabulary{ids: ids}
}

// intern returns the id of w, adding w when it is new.
func (v *vocabulary) intern(w string) uint32 {
	id, ok := v.ids[w]
	if !ok {
		id = uint32(len(v.ids))
		v.ids[w] = id
		v.filter.add(w)
	}
	return id
}

// id returns the id of w, or 0 when no rule names w.
func (v *vocabulary) id(w string) uint32 {
	if !v.filter.mayHave(w) {
		return 0
	}
	return v.ids[w]
}

// idSet is a set of vocabulary ids, one bit each.
type idSet []uint64

// add puts id in the set.
func (s *idSet) add(id uint32) {
	for int(id/64) >= len(*s) {
		*s = append(*s, 0)
	}
	(*s)[id/64] |= 1 << (id % 64)
}

// has reports whether id is in the set; id 0 never is.
func (s idSet) has(id uint32) bool {
	return id != 0 && int(id/64) < len(s) && s[id/64]&(1<<(id%64)) != 0
}

// wordMap maps lower-case words to values, looked up by a token's id or,
// for words that are not tokens, by text.
type wordMap struct {
	vocab  *vocabulary
	values map[uint32]string
}

func newWordMap(vocab *vocabulary) *wordMap {
	return &wordMap{vocab: vocab, values: map[uint32]string{}}
}

// set maps w to v.
func (m *wordMap) set(w, v string) { m.values[m.vocab.intern(w)] = v }

// get returns the value of w.
func (m *wordMap) get(w string) (string, bool) { return m.getID(m.vocab.id(w)) }

// getTok returns the value of the lower-case form of t.
func (m *wordMap) getTok(t *Token) (string, bool) { return m.getID(t.lowID) }

func (m *wordMap) getID(id uint32) (string, bool) {
	if id == 0 {
		return "", false
	}
	v, ok := m.values[id]
	return v, ok
}
