package extract

import "encoding/binary"

// The compiled lexicon's tables (rules/lexicon.bin) are laid out in their
// final in-memory form, so that a pipeline built from them uses the
// embedded bytes in place: a table is a string of fixed-width
// little-endian fields, read through the accessors below, and building a
// pipeline neither inserts entries one by one nor fills fresh memory. The
// same layout serves rules loaded from text at run time: they are built
// into it once (vocabulary.freeze, phraseBuilder.freeze).

// le32 returns the little-endian uint32 at byte offset i of s.
func le32(s string, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// le64 returns the little-endian uint64 at byte offset i of s.
func le64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// appendTable appends a table of fixed-width fields to b: its length in
// bytes, as an unsigned varint, and its bytes, which decoder.table slices.
func appendTable(b, table []byte) []byte {
	return append(binary.AppendUvarint(b, uint64(len(table))), table...)
}
