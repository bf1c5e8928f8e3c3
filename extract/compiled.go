package extract

//go:generate go test -run ^TestCompiledLexicon$ -update

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"
)

// The compiled form of the built-in rules (rules/lexicon.bin, embedded by
// package rules) is the lexicon that loadLexicon builds from the built-in
// text files, written out so that a pipeline without user rules reads it
// back instead of parsing and tokenising some 16,000 rule lines at every
// start. The text files stay the source of truth: go generate rewrites the
// compiled form from them, TestCompiledLexicon fails when it is stale, and
// a pipeline never uses a stale one: the form records the digest of the
// files it was compiled from (rules.Digest), and when the files differ
// loadRules compiles them instead.
//
// The form is a header line, the digest, and then every part of the
// lexicon in the order of lexiconParts, each made of unsigned varints and
// strings (a varint length and the bytes). The strings it yields are
// substrings of the compiled form, so reading it allocates little beyond
// the maps.

// compiledHeader opens the compiled form; a change of layout changes it.
const compiledHeader = "newsextract lexicon 1\n"

// lexiconParts is every part of a lexicon by kind, in the order the
// compiled form holds them. A new phrase or word set read from a file of
// its own is in it through phraseFiles or wordFiles; any other new field
// of lexicon needs a line in parts (TestLexiconParts fails until it has
// one).
type lexiconParts struct {
	phrases    []**phraseSet
	words      []**wordSet
	wordMaps   []**wordMap
	stringSets []*map[string]bool
	stringInts []*map[string]int
	stringMaps []*map[string]string
	filters    []*wordFilter
}

// parts lists the parts of lx: the sets of phraseFiles and wordFiles, and
// the others by name.
func (lx *lexicon) parts() lexiconParts {
	var phrases []**phraseSet
	for _, p := range lx.phraseFiles() {
		phrases = append(phrases, p.dst)
	}
	words := []**wordSet{
		&lx.tk.abbrev, &lx.tk.openers, &lx.placePreps, &lx.placeWeakPreps, &lx.placeBefore, &lx.placeAfter, &lx.featureAfter,
		&lx.titleMinor, &lx.facilityWords, &lx.adminWords,
	}
	for _, w := range lx.wordFiles() {
		words = append(words, w.dst)
	}
	return lexiconParts{
		phrases:    phrases,
		words:      words,
		wordMaps:   []**wordMap{&lx.rankAbbrev, &lx.roleHeadWords},
		stringSets: []*map[string]bool{&lx.gpeWords, &lx.eventWords, &lx.locWords},
		stringInts: []*map[string]int{&lx.echelons, &lx.agreementPrefixes},
		stringMaps: []*map[string]string{&lx.agreementStems},
		filters:    []*wordFilter{&lx.agreementPrefixWords, &lx.rolePlurals},
	}
}

// encodeLexicon returns the compiled form of lx, compiled from the rule
// files of the given digest.
func encodeLexicon(lx *lexicon, digest []byte) []byte {
	b := appendString([]byte(compiledHeader), string(digest))
	v := lx.tk.vocab
	words := v.words
	b = binary.AppendUvarint(b, uint64(len(words)-1))
	for _, w := range words[1:] {
		b = appendString(b, w)
	}
	parts := lx.parts()
	for _, p := range parts.phrases {
		b = (*p).appendTo(b)
	}
	for _, s := range parts.words {
		b = appendIDs(b, (*s).ids)
	}
	for _, m := range parts.wordMaps {
		ids := slices.Sorted(maps.Keys((*m).values))
		b = binary.AppendUvarint(b, uint64(len(ids)))
		for _, id := range ids {
			b = appendString(binary.AppendUvarint(b, uint64(id)), (*m).values[id])
		}
	}
	for _, m := range parts.stringSets {
		keys := slices.Sorted(maps.Keys(*m))
		b = binary.AppendUvarint(b, uint64(len(keys)))
		for _, k := range keys {
			b = appendString(b, k)
		}
	}
	for _, m := range parts.stringInts {
		keys := slices.Sorted(maps.Keys(*m))
		b = binary.AppendUvarint(b, uint64(len(keys)))
		for _, k := range keys {
			b = binary.AppendUvarint(appendString(b, k), uint64((*m)[k]))
		}
	}
	for _, m := range parts.stringMaps {
		keys := slices.Sorted(maps.Keys(*m))
		b = binary.AppendUvarint(b, uint64(len(keys)))
		for _, k := range keys {
			b = appendString(appendString(b, k), (*m)[k])
		}
	}
	for _, f := range parts.filters {
		for _, w := range f {
			b = binary.AppendUvarint(b, w)
		}
	}
	return b
}

// appendTo appends the set to b: whether it folds case, its nodes (the
// parent and word of each but the root, in the order they were added),
// the value index ending at each node, and the values.
func (p *phraseSet) appendTo(b []byte) []byte {
	if p.fold {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	b = appendIDs(b, p.starts)
	type link struct {
		parent int32
		word   uint32
	}
	links := make([]link, len(p.ends))
	for _, s := range p.edges.slots {
		if s != 0 {
			parent, word := edgeEnds(s.key())
			links[s.child()] = link{parent, word}
		}
	}
	b = binary.AppendUvarint(b, uint64(len(p.ends)-1))
	for _, l := range links[1:] {
		b = binary.AppendUvarint(binary.AppendUvarint(b, uint64(l.parent)), uint64(l.word))
	}
	for _, e := range p.ends[1:] {
		b = binary.AppendUvarint(b, uint64(e))
	}
	b = binary.AppendUvarint(b, uint64(len(p.values)))
	for _, v := range p.values {
		b = appendString(b, v)
	}
	return b
}

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

func appendIDs(b []byte, s idSet) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	for _, w := range s {
		b = binary.AppendUvarint(b, w)
	}
	return b
}

// errCompiled says the compiled form is damaged, of another layout, or
// compiled from other rule files.
var errCompiled = errors.New("compiled lexicon out of date or damaged (go generate ./extract rewrites it)")

// decodeLexicon reads back the lexicon that encodeLexicon wrote into data,
// when data was compiled from the rule files of the given digest, and
// checks it: every word id within the vocabulary, every node's parent
// added before it, every value index within the values.
func decodeLexicon(data string, digest []byte) (*lexicon, error) {
	d := &decoder{data: data}
	if d.take(len(compiledHeader)) != compiledHeader {
		return nil, fmt.Errorf("%w: no header", errCompiled)
	}
	if d.str() != string(digest) {
		return nil, fmt.Errorf("%w: compiled from other rule files", errCompiled)
	}
	n := d.count(1)
	v := newVocabulary(n + 1)
	for id := 1; id <= n; id++ {
		if w := d.str(); d.err == nil && v.intern(w) != uint32(id) {
			d.fail("word %q twice", w)
		}
	}
	lx := &lexicon{tk: &tokenizer{vocab: v}}
	parts := lx.parts()
	for _, p := range parts.phrases {
		*p = d.phraseSet(v)
	}
	for _, s := range parts.words {
		*s = &wordSet{vocab: v, ids: d.ids(len(v.words))}
	}
	for _, m := range parts.wordMaps {
		*m = newWordMap(v)
		for range d.count(2) {
			id, val := d.id(len(v.words)), d.str()
			(*m).keys.add(id)
			(*m).values[id] = val
		}
	}
	for _, m := range parts.stringSets {
		n := d.count(1)
		*m = make(map[string]bool, n)
		for range n {
			(*m)[d.str()] = true
		}
	}
	for _, m := range parts.stringInts {
		n := d.count(2)
		*m = make(map[string]int, n)
		for range n {
			k := d.str()
			(*m)[k] = int(d.uint(1 << 31))
		}
	}
	for _, m := range parts.stringMaps {
		n := d.count(2)
		*m = make(map[string]string, n)
		for range n {
			k := d.str()
			(*m)[k] = d.str()
		}
	}
	for _, f := range parts.filters {
		for i := range f {
			f[i] = d.uint(1<<64 - 1)
		}
	}
	if d.err == nil && d.data != "" {
		d.fail("%d bytes after the end", len(d.data))
	}
	if d.err != nil {
		return nil, d.err
	}
	return lx, nil
}

// decoder reads the compiled form. The first problem sticks: after it,
// every read returns zero values.
type decoder struct {
	data string
	err  error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s", errCompiled, fmt.Sprintf(format, args...))
		d.data = ""
	}
}

// take reads n bytes.
func (d *decoder) take(n int) string {
	if n > len(d.data) {
		d.fail("cut short")
		return ""
	}
	s := d.data[:n]
	d.data = d.data[n:]
	return s
}

// uint reads a varint no larger than max.
func (d *decoder) uint(max uint64) uint64 {
	if s := d.data; s != "" && uint64(s[0]) <= min(max, 0x7f) {
		d.data = s[1:] // one byte, the common case
		return uint64(s[0])
	}
	var x uint64
	for shift := 0; shift < 64; shift += 7 {
		if d.data == "" {
			d.fail("cut short")
			return 0
		}
		c := d.data[0]
		d.data = d.data[1:]
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			if x > max {
				d.fail("number %d above %d", x, max)
				return 0
			}
			return x
		}
	}
	d.fail("bad varint")
	return 0
}

// count reads the number of items that follow, each at least size bytes
// long, so that a damaged count cannot ask for more memory than the data
// could fill.
func (d *decoder) count(size int) int {
	return int(d.uint(uint64(len(d.data) / size)))
}

// str reads a string.
func (d *decoder) str() string { return d.take(d.count(1)) }

// id reads a word id below n.
func (d *decoder) id(n int) uint32 { return uint32(d.uint(uint64(n - 1))) }

// ids reads an idSet; an empty one is nil, as a set that nothing was
// added to.
func (d *decoder) ids(n int) idSet {
	words := d.count(1)
	if words == 0 || words > n/64+1 {
		if words != 0 {
			d.fail("%d words of ids for %d ids", words, n)
		}
		return nil
	}
	s := make(idSet, words)
	for i := range s {
		s[i] = d.uint(1<<64 - 1)
	}
	if s[0]&1 != 0 {
		d.fail("id 0 in a set")
	}
	return s
}

// phraseSet reads what appendTo wrote.
func (d *decoder) phraseSet(v *vocabulary) *phraseSet {
	p := &phraseSet{vocab: v, fold: d.uint(1) == 1, starts: d.ids(len(v.words))}
	nodes := d.count(2) + 1
	if nodes > maxTrieNodes || len(v.words) > maxTrieWord {
		d.fail("%d nodes in a phrase set, %d words in the vocabulary", nodes, len(v.words))
		return p
	}
	p.edges = newEdgeTable(nodes - 1)
	p.ends, p.inner = make([]int32, nodes), make([]bool, nodes)
	for child := 1; child < nodes; child++ {
		parent := int32(d.uint(uint64(child - 1)))
		p.edges.put(edge(parent, d.id(len(v.words))), int32(child))
		p.inner[parent] = true
	}
	for i := 1; i < nodes; i++ {
		p.ends[i] = int32(d.uint(1 << 31))
	}
	if n := d.count(1); n > 0 {
		p.values = make([]string, n)
		for i := range p.values {
			p.values[i] = d.str()
		}
	}
	for _, e := range p.ends {
		if int(e) > len(p.values) {
			d.fail("value %d of %d", e, len(p.values))
		}
	}
	p.markSlots()
	return p
}
