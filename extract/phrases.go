package extract

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"strings"

	"github.com/newsextract/newsextract/rules"
)

// phraseSet matches multi-token phrases against a token stream in one walk
// per start position: a trie keyed by the vocabulary ids of the tokens. Its
// nodes are numbers and its edges one flat table of integers (see flat.go),
// so the garbage collector has nothing to follow inside it and a compiled
// lexicon holds it ready to use. It is built once (phraseBuilder) and only
// read afterwards.
type phraseSet struct {
	vocab *vocabulary
	// fold matches on lower-case token text.
	fold bool
	// starts holds the ids that start a phrase: most tokens start none,
	// and one bit says so without the map lookup.
	starts idSet
	// edges maps a node and a word id to the child node; node 0 is the
	// root.
	edges edgeTable
	// ends holds a little-endian uint32 a node: 1 + the index in values
	// of the value of the phrase that ends at the node, or 0.
	ends string
	// values holds each value once.
	values []string
}

// wordFilter is a one-hash Bloom filter over words: a clear bit says a word
// is not in the set at the cost of a few instructions, where a map lookup
// hashes the whole word and probes. It is built once and only read
// afterwards.
type wordFilter [filterBits / 64]uint64

// filterBits is the size of a wordFilter: with the ~3,600 first words of
// the largest gazetteer about 5% of the bits are set.
const filterBits = 1 << 16

// filterBit hashes a word to its bit from its length and its first two and
// last two bytes: a few instructions whatever the length, and enough to
// tell the words of one set apart.
func filterBit(key string) uint32 {
	n := len(key)
	if n == 0 {
		return 0
	}
	v := uint32(n)<<24 ^ uint32(key[0])<<16 ^ uint32(key[n/2])<<8 ^ uint32(key[n-1])
	if n > 3 {
		v ^= uint32(key[1]) << 12
		v ^= uint32(key[n-2]) << 4
	}
	return (v * 0x9E3779B1) >> (32 - 16)
}

// add puts key in the filter.
func (f *wordFilter) add(key string) {
	b := filterBit(key)
	f[b/64] |= 1 << (b % 64)
}

// mayHave reports whether key may be in the set; false is certain.
func (f *wordFilter) mayHave(key string) bool {
	b := filterBit(key)
	return f[b/64]&(1<<(b%64)) != 0
}

// phraseBuilder builds a phraseSet: a trie of maps, which freeze lays
// out flat.
type phraseBuilder struct {
	vocab  *vocabulary
	fold   bool
	starts idSet
	// children maps each edge key to its child node; parents holds the
	// edge key of each node but the root, in the order they were added.
	children map[uint64]int32
	parents  []uint64
	// ends[node] is 1 + the index in values of the value of the phrase
	// that ends at node, or 0.
	ends   []int32
	values []string
	index  map[string]int32 // 1 + the index of each value
}

// newPhraseBuilder returns an empty set whose words go into vocab, with
// room for about size nodes; fold makes it case-insensitive.
func newPhraseBuilder(vocab *vocabulary, fold bool, size int) *phraseBuilder {
	return &phraseBuilder{
		vocab: vocab, fold: fold, children: make(map[uint64]int32, size),
		parents: make([]uint64, 1, size+1), ends: make([]int32, 1, size+1), index: map[string]int32{},
	}
}

// add inserts the phrase of the tokens of doc with the value it yields. It
// fails when the trie or the vocabulary outgrows what an edge holds.
func (p *phraseBuilder) add(doc *Doc, value string) error {
	node := int32(0)
	for i := range doc.Tokens {
		t := &doc.Tokens[i]
		// The tokenizer gave t the ids of words already interned.
		id := t.id
		if p.fold {
			id = t.lowID
		}
		if id == 0 {
			id = p.vocab.intern(keyText(doc, t, p.fold))
		}
		if node == 0 {
			p.starts.add(id)
		}
		child, ok := p.children[edge(node, id)]
		if !ok {
			if len(p.ends) >= maxTrieNodes || id >= maxTrieWord {
				return fmt.Errorf("more than %d nodes in a phrase set or %d words in the vocabulary", maxTrieNodes, maxTrieWord)
			}
			child = int32(len(p.ends))
			p.ends = append(p.ends, 0)
			p.parents = append(p.parents, edge(node, id))
			p.children[edge(node, id)] = child
		}
		node = child
	}
	v, ok := p.index[value]
	if !ok {
		p.values = append(p.values, value)
		v = int32(len(p.values))
		p.index[value] = v
	}
	p.ends[node] = v
	return nil
}

// freeze returns the set built, its edges laid out in a flat table (see
// edgeSlot) in the order of their child nodes.
func (p *phraseBuilder) freeze() *phraseSet {
	inner := make([]bool, len(p.ends))
	for _, key := range p.parents[1:] {
		parent, _ := edgeEnds(key)
		inner[parent] = true
	}
	size := tableSize(len(p.parents) - 1)
	t := edgeTable{shift: uint(64 - bits.TrailingZeros(uint(size))), mask: size - 1}
	slots := make([]byte, 8*size)
	for child, key := range p.parents[1:] {
		child++
		s := newEdgeSlot(key, int32(child))
		if inner[child] {
			s |= slotInner
		}
		if p.ends[child] != 0 {
			s |= slotEnds
		}
		i := edgeHome(key, t.shift)
		for binary.LittleEndian.Uint64(slots[8*i:]) != 0 {
			i = (i + 1) & t.mask
		}
		binary.LittleEndian.PutUint64(slots[8*i:], uint64(s))
	}
	for binary.LittleEndian.Uint64(slots[8*t.empty:]) != 0 {
		t.empty++ // the table is at most half full
	}
	t.slots = string(slots)
	ends := make([]byte, 0, 4*len(p.ends))
	for _, e := range p.ends {
		ends = binary.LittleEndian.AppendUint32(ends, uint32(e))
	}
	return &phraseSet{vocab: p.vocab, fold: p.fold, starts: p.starts, edges: t, ends: string(ends), values: p.values}
}

// The bits of an edge's key and of its slot (edgeSlot): a node of one
// trie and a word id take 20 bits each; the slot's other 24 hold the
// child node (20 bits) and two facts about the child (slotInner,
// slotEnds). maxTrieNodes bounds the nodes of a trie and maxTrieWord the
// ids of the words its edges hold (the vocabulary has some 15,000 words).
const (
	edgeWordBits  = 20
	edgeNodeBits  = 20
	edgeLowBits   = 24
	maxTrieNodes  = 1 << edgeNodeBits
	maxTrieWord   = 1 << edgeWordBits
	slotInner     = 1 << edgeNodeBits       // the child has children
	slotEnds      = 1 << (edgeNodeBits + 1) // a phrase ends at the child
	slotChildMask = 1<<edgeNodeBits - 1
)

// edge is the key of the edge from node by the word id, below 2^40
// (node < maxTrieNodes, id < maxTrieWord): never 0, as no word has id 0.
func edge(node int32, id uint32) uint64 { return uint64(node)<<edgeWordBits | uint64(id) }

// edgeEnds returns the node and the word id of the edge key.
func edgeEnds(key uint64) (node int32, id uint32) {
	return int32(key >> edgeWordBits), uint32(key & (1<<edgeWordBits - 1))
}

// edgeTable maps edge keys to child nodes: open addressing over a
// multiplicative hash, kept at most half full, which a lookup probes in a
// few instructions where a map hashes and searches a group. Its slots are
// a flat table of edgeSlots, 8 little-endian bytes each.
type edgeTable struct {
	slots string // a power of two of slots; 0 is an empty one
	shift uint   // 64 - log2(number of slots)
	mask  int    // number of slots less one
	// empty is an empty slot, which ends every probe, even of a
	// damaged table.
	empty int
}

// edgeSlot holds an edge's key in its high 40 bits and, in its low 24,
// the child node and, once the trie is built (phraseBuilder.freeze), whether the
// child has children and whether a phrase ends there: eight bytes a
// slot, where a struct of key and child took sixteen, and a walk down
// the trie reads its tables of nodes only where a phrase ends. The tries
// are read at random, so fewer bytes are fewer cache misses, and fewer
// pages for a new process to fault in.
type edgeSlot uint64

// newEdgeSlot packs the edge key to child.
func newEdgeSlot(key uint64, child int32) edgeSlot {
	return edgeSlot(key<<edgeLowBits | uint64(child))
}

// key returns the slot's edge key, 0 for an empty slot.
func (s edgeSlot) key() uint64 { return uint64(s) >> edgeLowBits }

// child returns the slot's child node.
func (s edgeSlot) child() int32 { return int32(uint64(s) & slotChildMask) }

// inner reports whether the child has children (see phraseBuilder.freeze).
func (s edgeSlot) inner() bool { return s&slotInner != 0 }

// ends reports whether a phrase ends at the child (see phraseBuilder.freeze).
func (s edgeSlot) ends() bool { return s&slotEnds != 0 }

// edgeHome is the first slot to probe for key in a table of 2^(64-shift)
// slots.
func edgeHome(key uint64, shift uint) int { return int((key * 0x9E3779B97F4A7C15) >> shift) }

// at returns slot i.
func (t *edgeTable) at(i int) edgeSlot { return edgeSlot(le64(t.slots, 8*i)) }

// get returns the child of the edge key, if there is one.
func (t *edgeTable) get(key uint64) (int32, bool) {
	s, ok := t.slot(key)
	return s.child(), ok
}

// slot returns the slot of the edge key, if there is one.
func (t *edgeTable) slot(key uint64) (edgeSlot, bool) {
	for i := edgeHome(key, t.shift); ; i = (i + 1) & t.mask {
		switch s := t.at(i); {
		case s.key() == key:
			return s, true
		case s == 0:
			return 0, false
		}
	}
}

// child returns the child of node by the word id, if any.
func (p *phraseSet) child(node int32, id uint32) (int32, bool) {
	if id == 0 {
		return 0, false
	}
	return p.edges.get(edge(node, id))
}

// end returns the value of the phrase that ends at node, if one does.
func (p *phraseSet) end(node int32) (string, bool) {
	if i := 4 * int(uint32(node)); i+4 <= len(p.ends) {
		// (An end of 0 wraps around to no value.)
		if v := uint(le32(p.ends, i)) - 1; v < uint(len(p.values)) {
			return p.values[v], true
		}
	}
	return "", false
}

// keyText returns the form of t a set is keyed by: its text, or its
// lower case when the set folds case (fold), with typographic apostrophes made
// plain so that "People’s" matches a listed "People's".
func keyText(doc *Doc, t *Token, fold bool) string {
	key := t.Text(doc)
	if fold {
		key = t.Lower(doc)
	}
	if t.curly() {
		key = strings.ReplaceAll(key, "’", "'")
	}
	return key
}

// key returns the vocabulary id of keyText(doc, t), which the tokenizer
// gave the token.
func (p *phraseSet) key(t *Token) uint32 {
	if p.fold {
		return t.lowID
	}
	return t.id
}

// startsAt reports whether a phrase of the set may start at toks[i]. It is
// longest's first test, small enough to be inlined: a stage that tries
// several sets on every token asks it first and saves the calls for the
// many tokens that start no phrase.
func (p *phraseSet) startsAt(toks []Token, i int) bool {
	return i < len(toks) && p.starts.has(p.key(&toks[i]))
}

// longest returns the number of tokens of the longest phrase starting at
// toks[i], and its value.
func (p *phraseSet) longest(toks []Token, i int) (n int, value string, ok bool) {
	if i >= len(toks) || !p.starts.has(p.key(&toks[i])) {
		return 0, "", false
	}
	node, t := int32(0), &p.edges
	// child(node, id), inlined with the probe of edgeTable.slot (too
	// large for the compiler to inline): the walk's one call per word
	// was a third of its cost. The slot says whether a phrase ends at
	// the child and whether the walk goes on from it
	// (phraseBuilder.freeze).
	for j := i; j < len(toks); j++ {
		id := p.key(&toks[j])
		if id == 0 {
			break
		}
		key := edge(node, id)
		k := edgeHome(key, t.shift)
		s := t.at(k)
		for s != 0 && s.key() != key {
			k = (k + 1) & t.mask
			s = t.at(k)
		}
		if s == 0 {
			break
		}
		node = s.child()
		if s.ends() {
			n, ok = j-i+1, true
			value, _ = p.end(node)
		}
		if !s.inner() {
			break
		}
	}
	return n, value, ok
}

// has reports whether toks[i:j] is exactly one phrase of the set.
func (p *phraseSet) has(toks []Token, i, j int) bool {
	n, _, ok := p.longest(toks[:j], i)
	return ok && n == j-i
}

// loadPhrases reads a rule file of phrases: the phrase in the first field
// and, when fields is 2, an optional value in the second, one of values
// unless values is nil.
func loadPhrases(rs *rules.Set, tk *tokenizer, name string, fold bool, fields int, values []string) (*phraseSet, error) {
	list, err := rs.List(name, 1, fields)
	if err != nil {
		return nil, err
	}
	if values != nil {
		if err := rules.CheckValues(list, values...); err != nil {
			return nil, err
		}
	}
	// A trie has about 1.5 nodes a phrase (gpe.txt 1.2, org.txt 1.8).
	p := newPhraseBuilder(tk.vocab, fold, 2*len(list))
	doc := &Doc{} // one buffer for every phrase
	for _, e := range list {
		value := ""
		if len(e.Fields) > 1 {
			value = e.Fields[1]
		}
		doc.Text = e.Fields[0]
		tk.tokenizeInto(doc, 0, len(doc.Text))
		if len(doc.Tokens) == 0 {
			return nil, fmt.Errorf("%s:%d: no words in phrase", e.File, e.Line)
		}
		if err := p.add(doc, value); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", e.File, e.Line, err)
		}
	}
	return p.freeze(), nil
}
