package render

import (
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/version"
)

// appendRecord appends the compact JSON of doc's Record to b, byte for byte
// what marshal(NewRecord(doc)) gives, without building the Record: the
// jsonl format writes every document through one reused buffer. Code-point
// offsets are counted as the entities go, which are in text order and never
// overlap, instead of from a table of the whole text.
func appendRecord(b []byte, doc *extract.Doc) []byte {
	b, _ = writeRecord(nil, b, doc)
	return b
}

// recordFlush is how much of a record writeRecord holds before it writes
// it out.
const recordFlush = 64 << 10

// writeRecord is appendRecord that, when w is not nil, writes out what it
// appended each time it passes recordFlush bytes and goes on from an
// empty b, so that the record of a huge document is never held whole; it
// returns the rest of the record, to write after it.
func writeRecord(w io.Writer, b []byte, doc *extract.Doc) ([]byte, error) {
	flush := func() error {
		if w == nil || len(b) < recordFlush {
			return nil
		}
		_, err := w.Write(b)
		b = b[:0]
		return err
	}
	b = append(b, `{"schema":`...)
	b = appendJSONString(b, DocumentSchema)
	b = append(b, `,"version":`...)
	b = appendJSONString(b, version.String())
	b = append(b, `,"id":`...)
	b = appendJSONString(b, doc.ID)
	b = appendOptional(b, "dct", doc.DCT)
	b = append(b, `,"entities":[`...)
	pos, cps := 0, 0 // a byte offset and its code-point offset
	codePoints := func(off int) int {
		cps += utf8.RuneCountInString(doc.Text[pos:off])
		pos = off
		return cps
	}
	for i := range doc.Entities {
		s := &doc.Entities[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"label":`...)
		b = appendJSONString(b, s.Label.String())
		b = append(b, `,"text":`...)
		b = appendJSONString(b, doc.SpanText(*s))
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(codePoints(int(s.Start))), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(codePoints(int(s.End))), 10)
		b = append(b, `,"byte_start":`...)
		b = strconv.AppendUint(b, uint64(s.Start), 10)
		b = append(b, `,"byte_end":`...)
		b = strconv.AppendUint(b, uint64(s.End), 10)
		b = appendOptional(b, "value", s.Value(doc))
		if s.Label == extract.Date {
			b = appendOptional(b, "value_reason", s.Anchor.String())
		}
		b = append(b, '}')
		if err := flush(); err != nil {
			return b, err
		}
	}
	b = append(b, `],"relations":[`...)
	for i, r := range doc.Relations {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"type":`...)
		b = appendJSONString(b, string(r.Type))
		b = append(b, `,"arg1":`...)
		b = strconv.AppendInt(b, int64(r.Arg1), 10)
		b = append(b, `,"arg2":`...)
		b = strconv.AppendInt(b, int64(r.Arg2), 10)
		b = append(b, '}')
		if err := flush(); err != nil {
			return b, err
		}
	}
	b = append(b, `],"people":[`...)
	for i := range doc.People {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendPerson(b, &doc.People[i])
		if err := flush(); err != nil {
			return b, err
		}
	}
	return append(b, "]}"...), nil
}

// appendPerson appends the JSON of p, as encoding/json gives it.
func appendPerson(b []byte, p *extract.PersonRecord) []byte {
	b = append(b, `{"name":`...)
	b = appendJSONString(b, p.Name)
	b = append(b, `,"mentions":`...)
	if p.Mentions == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, m := range p.Mentions {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, int64(m), 10)
		}
		b = append(b, ']')
	}
	b = appendOptional(b, "rank", p.Rank)
	if len(p.Roles) > 0 {
		b = append(b, `,"roles":[`...)
		for i, r := range p.Roles {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, r)
		}
		b = append(b, ']')
	}
	b = appendOptional(b, "org", p.Org)
	b = appendOptional(b, "country", p.Country)
	return append(b, '}')
}

// appendOptional appends the member key: value after another one, unless
// value is empty (omitempty).
func appendOptional(b []byte, key, value string) []byte {
	if value == "" {
		return b
	}
	b = append(b, ',', '"')
	b = append(b, key...)
	b = append(b, '"', ':')
	return appendJSONString(b, value)
}

// appendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it with SetEscapeHTML(false): quotes, backslashes and control
// characters, U+2028 and U+2029, and invalid UTF-8 as U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += n
			continue
		}
		i += n
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
