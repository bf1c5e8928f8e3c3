package extract

import (
	"encoding/binary"
	"maps"
	"slices"
)

// The date grammar's lexicon in the compiled form (see compiled.go): what
// newDateStage builds from the code and the date rules, so that a pipeline
// with the built-in rules neither reads those rules nor builds it. nil is
// a 0 byte; a stage is a 1 byte and then, with the words in sorted order
// (the order of the entries of byID), the words and their entries, byID's
// slots (a table of little-endian uint16s), opens, known, and the
// holidays by their first word, each as its words and the numbers of its
// rule.

// appendTo appends the stage s, which may be nil, to b.
func (s *dateStage) appendTo(b []byte) []byte {
	if s == nil {
		return append(b, 0)
	}
	b = append(b, 1)
	words := slices.Sorted(maps.Keys(s.lex))
	b = binary.AppendUvarint(b, uint64(len(words)))
	for _, w := range words {
		e := s.lex[w]
		b = binary.AppendUvarint(appendString(b, w), uint64(e.roles))
		b = binary.AppendUvarint(binary.AppendVarint(b, int64(e.n)), uint64(e.part))
	}
	slots := make([]byte, 0, 2*len(s.byID.slots))
	for _, k := range s.byID.slots {
		slots = binary.LittleEndian.AppendUint16(slots, k)
	}
	b = appendIDs(appendTable(b, slots), s.opens)
	known := make([]byte, 0, filterBits/8)
	for _, w := range s.known {
		known = binary.LittleEndian.AppendUint64(known, w)
	}
	b = appendTable(b, known)
	firsts := slices.Sorted(maps.Keys(s.holidays))
	b = binary.AppendUvarint(b, uint64(len(firsts)))
	for _, first := range firsts {
		b = binary.AppendUvarint(appendString(b, first), uint64(len(s.holidays[first])))
		for _, h := range s.holidays[first] {
			b = binary.AppendUvarint(b, uint64(len(h.words)))
			for _, w := range h.words {
				b = appendString(b, w)
			}
			easter, nums := h.rule()
			if easter {
				b = append(b, 1)
			} else {
				b = append(b, 0)
			}
			b = binary.AppendUvarint(b, uint64(len(nums)))
			for _, n := range nums {
				b = binary.AppendVarint(b, int64(n))
			}
		}
	}
	return b
}

// readDateStage reads what appendTo wrote, for the vocabulary v, and
// checks it as the date grammar relies on: byID's slots within its
// entries, the holidays' rules as parseHolidayRule would (holidayOf).
func readDateStage(d *decoder, v *vocabulary) *dateStage {
	if d.uint(1) == 0 {
		return nil
	}
	n := d.count(3)
	s := &dateStage{lex: make(map[string]wordInfo, n), known: new(wordFilter)}
	s.byID.entries = make([]wordInfo, n+1)
	for i := range n {
		w := d.str()
		e := wordInfo{roles: role(d.uint(1<<32 - 1)), n: int(d.int(1 << 31)), part: gran(d.uint(1<<8 - 1))}
		s.lex[w], s.byID.entries[i+1] = e, e
	}
	slots := d.table(2)
	if len(slots) > 2*v.size() {
		d.fail("%d date slots for %d words", len(slots)/2, v.size())
	}
	s.byID.slots = make([]uint16, len(slots)/2)
	for i := range s.byID.slots {
		k := uint16(slots[2*i]) | uint16(slots[2*i+1])<<8
		if int(k) > n {
			d.fail("date slot %d of %d", k, n)
			break
		}
		s.byID.slots[i] = k
	}
	s.opens = d.ids(v.size())
	if t := d.table(8); len(t) == filterBits/8 {
		for i := range s.known {
			s.known[i] = le64(t, 8*i)
		}
	} else {
		d.fail("a filter of %d bytes", len(t))
	}
	firsts := d.count(2)
	s.holidays = make(map[string][]*holiday, firsts)
	for range firsts {
		first := d.str()
		list := make([]*holiday, d.count(4))
		for i := range list {
			words := make([]string, d.count(1))
			for k := range words {
				words[k] = d.str()
			}
			easter := d.uint(1) == 1
			nums := make([]int, d.count(1))
			for k := range nums {
				nums[k] = int(d.int(1 << 31))
			}
			h, ok := holidayOf(easter, nums)
			if !ok || len(words) == 0 || words[0] != first {
				d.fail("a holiday of %q", first)
				return nil
			}
			h.words, list[i] = words, h
		}
		s.holidays[first] = list
	}
	return s
}

// int reads a signed varint whose magnitude is below max.
func (d *decoder) int(max uint64) int64 {
	u := d.uint(2*max - 1)
	return int64(u>>1) ^ -int64(u&1)
}
