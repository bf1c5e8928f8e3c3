package extract

//go:generate go test -run ^TestCompiledLexicon$ -update

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math/bits"
	"slices"
)

// The compiled form of the built-in rules (rules/lexicon.bin, embedded by
// package rules) is the lexicon that loadLexicon builds from the built-in
// text files, written out so that a pipeline without user rules reads it
// back instead of parsing and tokenising some 16,000 rule lines at every
// start. The text files stay the source of truth: go generate rewrites the
// compiled form from them, TestCompiledLexicon fails when it is stale, and
// a pipeline does not use one that is plainly stale: the form records the
// names and sizes of the files it was compiled from (rules.Manifest), and
// when they differ loadRules compiles the files instead. (An edit that
// keeps every file's size is caught by TestCompiledLexicon, not at run
// time: hashing the files cost more than the rest of reading the form.)
//
// The form is a header line, the manifest, the vocabulary's tables
// (appendVocabulary), every part of the lexicon in the order of
// lexiconParts, the date grammar's lexicon (dateStage.appendTo) and the
// tokens' property table, each made of unsigned varints, strings (a
// varint length and the bytes) and flat tables of fixed-width fields
// (see flat.go). A pipeline uses the tables of the vocabularies, the
// phrase tries and the property table in place; it copies the small ones
// and those its hottest lookups read faster from Go arrays and slices
// (the id sets, the hash bitmaps, the filters, the date index). The
// strings it yields are substrings of the compiled form.

// compiledHeader opens the compiled form; a change of layout changes it.
const compiledHeader = "newsextract lexicon 2\n"

// lexiconParts is every part of a lexicon by kind, in the order the
// compiled form holds them. A new phrase or word set read from a file of
// its own is in it through phraseFiles or wordFiles; any other new field
// of lexicon needs a line in parts (TestLexiconParts fails until it has
// one).
type lexiconParts struct {
	phrases    []**phraseSet
	words      []**wordSet
	wordMaps   []**wordMap
	tables     []**vocabulary
	byteTables []*string
	stringInts []*map[string]int
	stringMaps []*map[string]string
	filters    []*wordFilter
	dates      []**dateStage
}

// parts lists the parts of lx: the sets of phraseFiles and wordFiles, and
// the others by name.
func (lx *lexicon) parts() lexiconParts {
	var phrases []**phraseSet
	for _, p := range lx.phraseFiles() {
		phrases = append(phrases, p.dst)
	}
	words := []**wordSet{
		&lx.tk.abbrev, &lx.tk.openers, &lx.placePreps, &lx.placeWeakPreps, &lx.placeBefore, &lx.placeAfter, &lx.featureAfter, &lx.sharedAfter, &lx.tributeNouns, &lx.sunArticles, &lx.nationalLandforms,
		&lx.nonLocativeIn, &lx.nonLocativeTo, &lx.facilityAfter, &lx.facilityMods, &lx.titleMinor, &lx.facilityWords, &lx.adminWords,
		&lx.pairAfter, &lx.placeBeforeOf, &lx.placeState, &lx.placeWeakWords, &lx.placePartWords, &lx.placeKindPlurals, &lx.placeAfterPlurals, &lx.placeStatePlurals, &lx.placePassage, &lx.placeBelonging, &lx.placeOnVerbs, &lx.stateOffices, &lx.townOffices,
		&lx.peopleFrom, &lx.firmOutOf, &lx.placeOpeners, &lx.featureParts, &lx.heldBefore, &lx.heldBy, &lx.messageNouns, &lx.placeWith, &lx.pastVerbs,
		&lx.backingWords, &lx.memberWords, &lx.partWords, &lx.makerWords, &lx.contractWords, &lx.postVerbs, &lx.accountNouns, &lx.documentHeads,
		&lx.chamberWords, &lx.memorialWords, &lx.portCalls, &lx.kinWords, &lx.counselWords,
		&lx.stateOrgans, &lx.employerNouns, &lx.peerTitles,
		&lx.activityNouns, &lx.eventModifiers, &lx.eventNouns, &lx.awardNouns, &lx.textParts,
		&lx.successionVerbs, &lx.officeNouns, &lx.agentVerbs, &lx.stateForms, &lx.selfNamedGroups, &lx.namingVerbs,
		&lx.holderWords, &lx.peopleGroups, &lx.holdersMeetings, &lx.adjectiveNamed,
		&lx.doneToPersonVerbs, &lx.degrees, &lx.compoundSeconds, &lx.programmeHeads, &lx.mediaWords, &lx.speechAdverbs, &lx.agentParticiples,
		&lx.clauseParticiples, &lx.nameIntros, &lx.placeCompounds,
		&lx.releaseHeadings, &lx.creditWords, &lx.creditHeadings, &lx.claimedAttacks,
		&lx.appointedWords, &lx.agreementNoSubjects, &lx.combiningForms,
	}
	for _, w := range lx.wordFiles() {
		words = append(words, w.dst)
	}
	return lexiconParts{
		phrases:    phrases,
		words:      words,
		wordMaps:   []**wordMap{&lx.rankAbbrev, &lx.roleHeadWords},
		tables:     []**vocabulary{&lx.capsNames},
		byteTables: []*string{&lx.capsKinds},
		stringInts: []*map[string]int{&lx.echelons, &lx.agreementPrefixes},
		stringMaps: []*map[string]string{&lx.agreementStems},
		filters:    []*wordFilter{&lx.agreementPrefixWords, &lx.rolePlurals},
		dates:      []**dateStage{&lx.dates},
	}
}

// encodeLexicon returns the compiled form of lx, compiled from the rule
// files of the given manifest.
func encodeLexicon(lx *lexicon, manifest string) []byte {
	b := appendString([]byte(compiledHeader), manifest)
	b = appendVocabulary(b, lx.tk.vocab.words())
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
	for _, t := range parts.tables {
		b = appendVocabulary(b, (*t).words())
	}
	for _, t := range parts.byteTables {
		b = appendTable(b, []byte(*t))
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
		t := make([]byte, 0, filterBits/8)
		for _, w := range f {
			t = binary.LittleEndian.AppendUint64(t, w)
		}
		b = appendTable(b, t)
	}
	// The date grammar and the tokens' properties, which building the
	// stages adds to the lexicon (a lexicon without stages has neither).
	for _, s := range parts.dates {
		b = (*s).appendTo(b)
	}
	return appendTable(appendTable(b, []byte(lx.tk.props.low)), []byte(lx.tk.props.text))
}

// appendTo appends the set to b: whether it folds case, its starts, the
// number of its nodes, the longest probe of its edge table, the table,
// the ends and the values (see phraseSet), which readPhraseSet reads in
// place.
func (p *phraseSet) appendTo(b []byte) []byte {
	if p.fold {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	b = appendIDs(b, p.starts)
	b = binary.AppendUvarint(b, uint64(len(p.ends)/4))
	b = binary.AppendUvarint(b, uint64(p.edges.empty))
	b = appendTable(appendTable(b, []byte(p.edges.slots)), []byte(p.ends))
	b = binary.AppendUvarint(b, uint64(len(p.values)))
	for _, v := range p.values {
		b = appendString(b, v)
	}
	return b
}

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// appendIDs appends the set as a table of little-endian uint64s.
func appendIDs(b []byte, s idSet) []byte {
	t := make([]byte, 0, 8*len(s))
	for _, w := range s {
		t = binary.LittleEndian.AppendUint64(t, w)
	}
	return appendTable(b, t)
}

// errCompiled says the compiled form is damaged, of another layout, or
// compiled from other rule files.
var errCompiled = errors.New("compiled lexicon out of date or damaged (go generate ./extract rewrites it)")

// decodeLexicon reads back the lexicon that encodeLexicon wrote into data,
// when data was compiled from the rule files of the given manifest, and
// checks what its lookups rely on (see readVocabulary and readPhraseSet):
// a damaged form is an error or gives wrong answers, never a panic or a
// lookup that does not end.
func decodeLexicon(data string, manifest string) (*lexicon, error) {
	d := &decoder{data: data}
	if d.take(len(compiledHeader)) != compiledHeader {
		return nil, fmt.Errorf("%w: no header", errCompiled)
	}
	if d.str() != manifest {
		return nil, fmt.Errorf("%w: compiled from other rule files", errCompiled)
	}
	v, err := readVocabulary(d)
	if err != nil {
		return nil, err
	}
	words := v.size()
	lx := &lexicon{tk: &tokenizer{vocab: v}}
	parts := lx.parts()
	for _, p := range parts.phrases {
		*p, _ = readPhraseSet(d, v)
	}
	for _, s := range parts.words {
		*s = &wordSet{vocab: v, ids: d.ids(words)}
	}
	for _, m := range parts.wordMaps {
		*m = newWordMap(v)
		for range d.count(2) {
			id, val := d.id(words), d.str()
			(*m).keys.add(id)
			(*m).values[id] = val
		}
	}
	for _, t := range parts.tables {
		if *t, err = readVocabulary(d); err != nil {
			return nil, err
		}
	}
	for _, t := range parts.byteTables {
		*t = d.table(1)
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
		if t := d.table(8); len(t) == filterBits/8 {
			for i := range f {
				f[i] = le64(t, 8*i)
			}
		} else {
			d.fail("a filter of %d bytes", len(t))
		}
	}
	for _, s := range parts.dates {
		*s = readDateStage(d, v)
	}
	lx.tk.props = propTable{low: d.table(1), text: d.table(1)}
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
	t := d.table(8)
	words := len(t) / 8
	if words == 0 || words > n/64+1 {
		if words != 0 {
			d.fail("%d words of ids for %d ids", words, n)
		}
		return nil
	}
	s := make(idSet, words)
	for i := range s {
		s[i] = le64(t, 8*i)
	}
	if s[0]&1 != 0 {
		d.fail("id 0 in a set")
	}
	return s
}

// table reads a table that appendTable wrote, of fields width bytes wide.
func (d *decoder) table(width int) string {
	t := d.str()
	if len(t)%width != 0 {
		d.fail("a table of %d bytes for fields of %d", len(t), width)
		return ""
	}
	return t
}

// readPhraseSet reads what appendTo wrote, in place, and checks the sizes
// of its tables; its lookups check the rest (edgeTable.slot,
// phraseSet.end).
func readPhraseSet(d *decoder, v *vocabulary) (*phraseSet, error) {
	p := &phraseSet{vocab: v, fold: d.uint(1) == 1, starts: d.ids(v.size())}
	nodes := d.count(1)
	p.edges.empty = int(d.uint(1 << 31))
	p.edges.slots, p.ends = d.table(8), d.table(4)
	if n := d.count(1); n > 0 {
		p.values = make([]string, n)
		for i := range p.values {
			p.values[i] = d.str()
		}
	}
	slots := len(p.edges.slots) / 8
	switch {
	case d.err != nil:
	case slots < 16 || slots&(slots-1) != 0 || len(p.ends) != 4*nodes || nodes == 0 || nodes > maxTrieNodes ||
		p.edges.empty >= slots || le64(p.edges.slots, 8*p.edges.empty) != 0:
		d.fail("%d slots for %d nodes, %d bytes of ends, slot %d not empty", slots, nodes, len(p.ends), p.edges.empty)
	default:
		p.edges.shift = uint(64 - bits.TrailingZeros(uint(slots)))
		p.edges.mask = slots - 1
	}
	if d.err != nil {
		return nil, d.err
	}
	return p, nil
}
