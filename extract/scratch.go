package extract

// scratch lends the stages zeroed buffers for the time of one stage. The
// memory stays with the document for the next stage and, once the document
// is recycled (Pipeline.Recycle), for the next document, so that a worker
// in steady state allocates no per-token scratch memory.
type scratch struct {
	bools  []bool
	int32s []int32
	// keys is the resolver's buffer of candidates' sort keys.
	keys []uint64
	// mentions is the date stage's buffer of dates found, spans a
	// stage's buffer of spans found, words a map of the words of the
	// text (see wordIndex).
	mentions []mention
	spans    []Span
	words    map[string]int32
	// aliases is the relation stage's index of people's names, its maps
	// and slices kept for the next document.
	aliases aliasIndex
	// names is the mention stage's sets of names, kept likewise.
	names mentionNames
	// placeWords holds the words that stand alone after a lower-case
	// locative preposition ("in Zorvia,"), built by placeWord at its
	// first call in a stage; placeWordsBuilt says it is.
	placeWords      map[string]bool
	placeWordsBuilt bool
}

// lend returns n zeroed elements of buf, which stay the caller's until buf
// is reset. When buf has no room left, it moves to a new array twice as
// large; the slices lent before keep the old one.
func lend[T any](buf *[]T, n int) []T {
	if cap(*buf)-len(*buf) < n {
		*buf = make([]T, 0, max(2*cap(*buf), n, 64))
	}
	l := len(*buf)
	*buf = (*buf)[:l+n]
	s := (*buf)[l : l+n : l+n]
	clear(s)
	return s
}

// bools lends n false values.
func (s *scratch) boolSlice(n int) []bool { return lend(&s.bools, n) }

// int32Slice lends n zeros.
func (s *scratch) int32Slice(n int) []int32 { return lend(&s.int32s, n) }

// reset takes back everything lent; the stage that borrowed it is done.
func (s *scratch) reset() {
	s.bools = s.bools[:0]
	s.int32s = s.int32s[:0]
	s.keys = s.keys[:0]
	s.mentions = s.mentions[:0]
	s.spans = s.spans[:0]
	s.placeWordsBuilt = false
}

// wordIndex lends an empty map of words of the text; its memory stays for
// the next stage that asks.
func (s *scratch) wordIndex() map[string]int32 {
	if s.words == nil {
		s.words = map[string]int32{}
	}
	clear(s.words)
	return s.words
}
