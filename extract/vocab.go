package extract

import (
	"encoding/binary"
	"fmt"
	"strings"
	"unicode/utf8"
)

// vocabulary interns every word the rules name: each gets a small integer
// id when the rules load, and the tokenizer gives every token the ids of
// its text and of its lower-case form, so that word sets and phrase tries
// look tokens up by id instead of hashing their text again. Words no rule
// names get id 0, which no set holds. It is filled while the pipeline is
// built and only read afterwards.
//
// Most words are in a flat table (see flat.go), which the compiled
// lexicon holds ready to use: the words are found by an FNV-1a hash in an
// open-addressing table kept at most half full, behind a bitmap of hashes
// that answers most lookups of words not in the vocabulary without
// probing it. Words interned after the table was made are in a map
// (more) until freeze moves them into a new table.
type vocabulary struct {
	// n is the number of words in the table, id 0 included: ids below
	// n are the table's.
	n uint32
	// slots holds 8 bytes a slot, a power of two of them: the hash
	// and then the id of a word (little-endian uint32s); an id of 0 is
	// an empty slot. mask is their number less one. Slot number empty
	// is empty, which ends every probe, even of a damaged table.
	slots string
	mask  uint32
	empty uint32
	// offsets holds n+1 little-endian uint32s: the word of id is
	// text[offsets[id]:offsets[id+1]].
	offsets, text string
	// seen has the bit hashBit(h) of the hash h of every word, of the
	// table and of more. It is the one table copied out of the compiled
	// form (16 KiB): an array in the struct, it answers most lookups of
	// words not in the vocabulary in a few instructions less than a
	// string, for 1.5% of the instructions of the whole pipeline.
	seen [seenBits / 64]uint64
	// single holds the ids of the one-byte words (punctuation, "a"),
	// which id answers without hashing.
	single [utf8.RuneSelf]uint32
	// more maps the words interned after the table was made to their
	// ids, n and up, and moreWords lists them; both are nil in a
	// vocabulary read from a compiled form or frozen.
	more      map[string]uint32
	moreWords []string
}

// newVocabulary returns an empty vocabulary with room for about size
// words.
func newVocabulary(size int) *vocabulary {
	v := newWordTable([]string{""})
	v.more, v.moreWords = make(map[string]uint32, size), make([]string, 0, size)
	return v
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

// size returns the number of ids, 0 included.
func (v *vocabulary) size() int { return int(v.n) + len(v.moreWords) }

// word returns the word of id, "" for an id out of range.
func (v *vocabulary) word(id uint32) string {
	if id >= v.n {
		if k := id - v.n; int(k) < len(v.moreWords) {
			return v.moreWords[k]
		}
		return ""
	}
	return v.textAt(le64(v.offsets, 4*int(id)))
}

// textAt returns the word of the offsets o, those of an id and of the
// next, read as one: "" in a damaged table (readVocabulary checks the
// last offset only).
func (v *vocabulary) textAt(o uint64) string {
	from, to := uint32(o), uint32(o>>32)
	if from > to || int(to) > len(v.text) {
		return ""
	}
	return v.text[from:to]
}

// words returns every word in the order of their ids.
func (v *vocabulary) words() []string {
	words := make([]string, v.size())
	for id := range words {
		words[id] = v.word(uint32(id))
	}
	return words
}

// newWordTable returns a vocabulary of words, which must be distinct and
// start with "" (also a table of strings: lexicon.capsNames).
func newWordTable(words []string) *vocabulary {
	t := layOutVocabulary(words)
	v, err := newFlatVocabulary(len(words), t.empty, string(t.slots), string(t.offsets), t.text, string(t.seen), string(t.single))
	if err != nil {
		panic(err) // layOutVocabulary lays out what newFlatVocabulary checks
	}
	return v
}

// freeze moves the words of more into the table.
func (v *vocabulary) freeze() {
	if v.more == nil {
		return
	}
	*v = *newWordTable(v.words())
}

// vocabTables are the tables of a vocabulary (see vocabulary) as
// layOutVocabulary builds them.
type vocabTables struct {
	slots, offsets, seen, single []byte
	text                         string
	empty                        int
}

// layOutVocabulary builds the tables of words, in the order of their
// ids (words[0] is "").
func layOutVocabulary(words []string) vocabTables {
	size := tableSize(len(words))
	mask := uint32(size - 1)
	t := vocabTables{
		slots: make([]byte, 8*size), offsets: make([]byte, 0, 4*(len(words)+1)),
		seen: make([]byte, seenBits/8), single: make([]byte, 4*utf8.RuneSelf),
	}
	var text strings.Builder
	for _, w := range words {
		text.Grow(len(w))
	}
	t.offsets = binary.LittleEndian.AppendUint32(t.offsets, 0)
	for id, w := range words {
		text.WriteString(w)
		t.offsets = binary.LittleEndian.AppendUint32(t.offsets, uint32(text.Len()))
		if id == 0 {
			continue
		}
		h := hashWord(w)
		i := h & mask
		for binary.LittleEndian.Uint32(t.slots[8*i+4:]) != 0 {
			i = (i + 1) & mask
		}
		binary.LittleEndian.PutUint32(t.slots[8*i:], h)
		binary.LittleEndian.PutUint32(t.slots[8*i+4:], uint32(id))
		bit := hashBit(h)
		t.seen[bit/8] |= 1 << (bit % 8)
		if len(w) == 1 && w[0] < utf8.RuneSelf {
			binary.LittleEndian.PutUint32(t.single[4*int(w[0]):], uint32(id))
		}
	}
	t.text = text.String()
	for binary.LittleEndian.Uint32(t.slots[8*t.empty+4:]) != 0 {
		t.empty++ // the table is at most half full
	}
	return t
}

// appendVocabulary appends to b the tables of words, in the order of
// their ids (words[0] is ""): the number of words, the empty slot, and
// slots, offsets, text, seen and single (see vocabulary).
func appendVocabulary(b []byte, words []string) []byte {
	t := layOutVocabulary(words)
	b = binary.AppendUvarint(b, uint64(len(words)))
	b = binary.AppendUvarint(b, uint64(t.empty))
	for _, table := range [][]byte{t.slots, t.offsets, []byte(t.text), t.seen, t.single} {
		b = appendTable(b, table)
	}
	return b
}

// readVocabulary reads what appendVocabulary wrote, in place.
func readVocabulary(d *decoder) (*vocabulary, error) {
	n, empty := d.count(4), int(d.uint(1<<31))
	slots, offsets, text, seen, single := d.table(8), d.table(4), d.table(1), d.table(8), d.table(4)
	if d.err != nil {
		return nil, d.err
	}
	return newFlatVocabulary(n, empty, slots, offsets, text, seen, single)
}

// newFlatVocabulary returns the vocabulary of n words with the given
// tables, which it uses in place but for seen and single, and checks what
// lookups rely on: the sizes of the tables, the empty slot and the end of
// the text.
func newFlatVocabulary(n, empty int, slots, offsets, text, seen, single string) (*vocabulary, error) {
	v := &vocabulary{n: uint32(n), slots: slots, empty: uint32(empty), offsets: offsets, text: text}
	switch size := len(slots) / 8; {
	case n == 0 || size&(size-1) != 0 || size < 2*n || empty >= size || le64(slots, 8*empty) != 0:
		return nil, fmt.Errorf("%w: %d slots for %d words, slot %d not empty", errCompiled, size, n, empty)
	case len(offsets) != 4*(n+1) || int(le32(offsets, len(offsets)-4)) != len(text):
		return nil, fmt.Errorf("%w: %d bytes of offsets for %d words", errCompiled, len(offsets), n)
	case len(seen) != seenBits/8 || len(single) != 4*utf8.RuneSelf:
		return nil, fmt.Errorf("%w: tables of %d and %d bytes", errCompiled, len(seen), len(single))
	default:
		v.mask = uint32(size - 1)
	}
	for i := range v.seen {
		v.seen[i] = le64(seen, 8*i)
	}
	for c := range v.single {
		v.single[c] = le32(single, 4*c)
	}
	return v, nil
}

// hashWord returns the 32-bit FNV-1a hash of w.
func hashWord[W string | []byte](w W) uint32 {
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
	if id := v.find(hashWord(w), w); id != 0 || w == "" {
		return id
	}
	id := uint32(v.size())
	if v.more == nil {
		v.more = map[string]uint32{}
	}
	v.more[w] = id
	v.moreWords = append(v.moreWords, w)
	b := hashBit(hashWord(w))
	v.seen[b/64] |= 1 << (b % 64)
	if len(w) == 1 && w[0] < utf8.RuneSelf {
		v.single[w[0]] = id
	}
	return id
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
	for i := h & v.mask; ; i = (i + 1) & v.mask {
		s := le64(v.slots, 8*int(i))
		if s == 0 {
			break
		}
		// v.word(id), inlined: a hit calls nothing.
		if id := uint32(s >> 32); uint32(s) == h && id < v.n && v.textAt(le64(v.offsets, 4*int(id))) == string(w) {
			return id
		}
	}
	if v.more != nil {
		return v.more[string(w)]
	}
	return 0
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
