package extract

import (
	"fmt"
	"strings"

	"github.com/newsextract/newsextract/rules"
)

// phraseSet matches multi-token phrases against a token stream in one walk
// per start position: a trie keyed by token text. It is built once and only
// read afterwards.
type phraseSet struct {
	root phraseNode
	// fold matches on lower-case token text.
	fold bool
	// starts holds the keys of root.next: most tokens start no phrase,
	// and the filter says so without the map lookup.
	starts wordFilter
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

type phraseNode struct {
	next  map[string]*phraseNode
	value string
	end   bool
}

// newPhraseSet returns an empty set; fold makes it case-insensitive.
func newPhraseSet(fold bool) *phraseSet { return &phraseSet{fold: fold} }

// add inserts a phrase, tokenised by tk, with the value it yields, and
// returns its number of tokens.
func (p *phraseSet) add(tk *tokenizer, phrase, value string) int {
	n := &p.root
	toks := tk.tokenize(phrase, nil)
	for k := range toks {
		key := p.key(&toks[k])
		if n == &p.root {
			p.starts.add(key)
		}
		if n.next == nil {
			n.next = map[string]*phraseNode{}
		}
		c := n.next[key]
		if c == nil {
			c = &phraseNode{}
			n.next[key] = c
		}
		n = c
	}
	n.end, n.value = true, value
	return len(toks)
}

// longest returns the number of tokens of the longest phrase starting at
// toks[i], and its value.
func (p *phraseSet) longest(toks []Token, i int) (n int, value string, ok bool) {
	node := &p.root
	if i < len(toks) {
		if !p.starts.mayHave(p.key(&toks[i])) {
			return 0, "", false
		}
	}
	for j := i; j < len(toks) && node.next != nil; j++ {
		node = node.next[p.key(&toks[j])]
		if node == nil {
			break
		}
		if node.end {
			n, value, ok = j-i+1, node.value, true
		}
	}
	return n, value, ok
}

// key returns the form of t the set is keyed by: its text, or its lower
// case when the set folds case, with typographic apostrophes made plain so
// that "People’s" matches a listed "People's".
func (p *phraseSet) key(t *Token) string {
	key := t.Text
	if p.fold {
		key = t.Lower
	}
	if strings.Contains(key, "’") {
		key = strings.ReplaceAll(key, "’", "'")
	}
	return key
}

// has reports whether toks[i:j] is exactly one phrase of the set.
func (p *phraseSet) has(toks []Token, i, j int) bool {
	n, _, ok := p.longest(toks[:j], i)
	return ok && n == j-i
}

// loadPhrases reads a rule file of phrases: the phrase in the first field,
// an optional value in the second.
func loadPhrases(rs *rules.Set, tk *tokenizer, name string, fold bool) (*phraseSet, error) {
	list, err := rs.List(name, 1, 2)
	if err != nil {
		return nil, err
	}
	p := newPhraseSet(fold)
	for _, e := range list {
		value := ""
		if len(e.Fields) > 1 {
			value = e.Fields[1]
		}
		if p.add(tk, e.Fields[0], value) == 0 {
			return nil, fmt.Errorf("%s:%d: no words in phrase", e.File, e.Line)
		}
	}
	return p, nil
}
