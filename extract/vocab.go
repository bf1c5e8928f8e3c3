package extract

import "unicode/utf8"

// vocabulary interns every word the rules name: each gets a small integer
// id when the rules load, and the tokenizer gives every token the ids of
// its text and of its lower-case form, so that word sets and phrase tries
// look tokens up by id instead of hashing their text again. Words no rule
// names get id 0, which no set holds. It is filled while the pipeline is
// built and only read afterwards.
//
// The words are found by an FNV-1a hash in an open-addressing table kept
// at most half full, behind a bitmap of hashes that answers most lookups
// of words not in the vocabulary without probing it.
type vocabulary struct {
	// words[id] is the word of id; words[0] is "".
	words []string
	// slots holds the hash and id of every word; an id of 0 is an
	// empty slot. Its length is a power of two.
	slots []vocabSlot
	// seen has the bit hashBit(h) of the hash h of every word.
	seen [seenBits / 64]uint64
	// single holds the ids of the one-byte words (punctuation, "a"),
	// which id answers without hashing.
	single [utf8.RuneSelf]uint32
}

// vocabSlot is one slot of the vocabulary's table.
type vocabSlot struct{ hash, id uint32 }

// newVocabulary returns a vocabulary with room for about size words,
// and for some more that stages intern after the lexicon's (the date
// grammar's), so that they do not copy the list of words.
func newVocabulary(size int) *vocabulary {
	return &vocabulary{words: append(make([]string, 0, size+size/16+64), ""), slots: make([]vocabSlot, tableSize(size))}
}

// tableSize is the length of a table for n entries: a power of two at
// least twice n.
func tableSize(n int) int {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return size
}

// rebuild makes the table the one of a vocabulary created for its words
// and given them in the order of their ids, whatever its size was: the
// lexicon compiled from the text files is then the one read back from its
// compiled form (TestCompiledLexicon).
func (v *vocabulary) rebuild() {
	v.slots = make([]vocabSlot, tableSize(len(v.words)))
	for id, w := range v.words[1:] {
		v.insert(vocabSlot{hashWord(w), uint32(id + 1)})
	}
}

// hashWord returns the 32-bit FNV-1a hash of w.
func hashWord(w string) uint32 {
	h := hashSeed
	for i := 0; i < len(w); i++ {
		h = hashByte(h, w[i])
	}
	return h
}

// hashSeed and hashByte are FNV-1a's start and step, for callers that
// hash a word as they read it.
const hashSeed = uint32(2166136261)

func hashByte(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

// seenBits is the size of vocabulary.seen: with the ~20,000 words of the
// rules about one bit in seven is set.
const seenBits = 1 << 17

// hashBit is the bit of seen for the hash h.
func hashBit(h uint32) uint32 { return h >> (32 - 17) }

// intern returns the id of w, adding w when it is new.
func (v *vocabulary) intern(w string) uint32 {
	h := hashWord(w)
	if id := v.find(h, w); id != 0 || w == "" {
		return id
	}
	id := uint32(len(v.words))
	v.words = append(v.words, w)
	if 2*len(v.words) > len(v.slots) {
		old := v.slots
		v.slots = make([]vocabSlot, 2*len(old))
		for _, s := range old {
			if s.id != 0 {
				v.insert(s)
			}
		}
	}
	v.insert(vocabSlot{h, id})
	if len(w) == 1 && w[0] < utf8.RuneSelf {
		v.single[w[0]] = id
	}
	b := hashBit(h)
	v.seen[b/64] |= 1 << (b % 64)
	return id
}

// insert puts s in the first free slot from its hash on.
func (v *vocabulary) insert(s vocabSlot) {
	mask := uint32(len(v.slots) - 1)
	i := s.hash & mask
	for v.slots[i].id != 0 {
		i = (i + 1) & mask
	}
	v.slots[i] = s
}

// id returns the id of w, or 0 when no rule names w.
func (v *vocabulary) id(w string) uint32 {
	if len(w) == 1 && w[0] < utf8.RuneSelf {
		return v.single[w[0]]
	}
	return findWord(v, hashWord(w), w)
}

// find returns the id of w, whose hash is h, or 0.
func (v *vocabulary) find(h uint32, w string) uint32 { return findWord(v, h, w) }

// findBytes is find for a word in a byte slice, which it does not copy.
func (v *vocabulary) findBytes(h uint32, w []byte) uint32 { return findWord(v, h, w) }

func findWord[W string | []byte](v *vocabulary, h uint32, w W) uint32 {
	if b := hashBit(h); v.seen[b/64]&(1<<(b%64)) == 0 {
		return 0
	}
	mask := uint32(len(v.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := v.slots[i]
		if s.id == 0 {
			return 0
		}
		if s.hash == h && v.words[s.id] == string(w) {
			return s.id
		}
	}
}

// idSet is a set of vocabulary ids, one bit each. It never holds id 0,
// the id of every word no rule names, so that has needs no test for it.
type idSet []uint64

// add puts id in the set; 0 (the empty word) stays out.
func (s *idSet) add(id uint32) {
	if id == 0 {
		return
	}
	for int(id/64) >= len(*s) {
		*s = append(*s, 0)
	}
	(*s)[id/64] |= 1 << (id % 64)
}

// union adds the ids of other to the set.
func (s *idSet) union(other idSet) {
	for len(*s) < len(other) {
		*s = append(*s, 0)
	}
	for i, w := range other {
		(*s)[i] |= w
	}
}

// has reports whether id is in the set; id 0 never is.
func (s idSet) has(id uint32) bool {
	return int(id/64) < len(s) && s[id/64]&(1<<(id%64)) != 0
}

// wordMap maps lower-case words to values, looked up by a token's id or,
// for words that are not tokens, by text.
type wordMap struct {
	vocab *vocabulary
	// keys holds the ids of the words, which answers most lookups
	// without the map.
	keys   idSet
	values map[uint32]string
}

func newWordMap(vocab *vocabulary) *wordMap {
	return &wordMap{vocab: vocab, values: map[uint32]string{}}
}

// set maps w to v.
func (m *wordMap) set(w, v string) {
	id := m.vocab.intern(w)
	m.keys.add(id)
	m.values[id] = v
}

// get returns the value of w.
func (m *wordMap) get(w string) (string, bool) { return m.getID(m.vocab.id(w)) }

// getTok returns the value of the lower-case form of t.
func (m *wordMap) getTok(t *Token) (string, bool) { return m.getID(t.lowID) }

func (m *wordMap) getID(id uint32) (string, bool) {
	if !m.keys.has(id) {
		return "", false
	}
	v, ok := m.values[id]
	return v, ok
}
