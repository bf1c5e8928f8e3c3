// Package record decodes the JSON Lines input of extract, one document a
// line: {"id": "...", "text": "...", "dct": "YYYY-MM-DD"}. The extract
// command and the Beam pipeline (module beam/) share it, so that both accept
// and reject the same lines.
package record

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"
	"unicode/utf8"
)

// BOM is the UTF-8 byte order mark, skipped at the start of a JSON Lines
// input.
const BOM = "\uFEFF"

// Record is one line of a JSON Lines input.
type Record struct {
	ID, Text, DCT string
}

// Parse decodes one line of JSON Lines input, strictly: the line
// must be valid UTF-8 with no unpaired surrogate escape (which a lenient
// decoder turns into U+FFFD, moving every offset after it), and field
// names match exactly.
func Parse(line []byte) (*Record, error) {
	if !utf8.Valid(line) {
		return nil, fmt.Errorf("invalid UTF-8 at byte %d of the line", invalidAt(line))
	}
	if i := loneSurrogate(line); i >= 0 {
		return nil, fmt.Errorf("unpaired surrogate %s at byte %d of the line", line[i:i+6], i)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(line, &fields); err != nil {
		return nil, fmt.Errorf("invalid JSON: %v", err)
	}
	var rec Record
	for _, f := range []struct {
		name string
		dst  *string
	}{{"id", &rec.ID}, {"text", &rec.Text}, {"dct", &rec.DCT}} {
		raw, ok := fields[f.name]
		if !ok || string(raw) == "null" {
			if f.name == "text" {
				return nil, errors.New(`no "text"`)
			}
			continue
		}
		if err := json.Unmarshal(raw, f.dst); err != nil {
			return nil, fmt.Errorf("%q: want a string", f.name)
		}
	}
	if rec.DCT != "" {
		if err := CheckDate(rec.DCT); err != nil {
			return nil, fmt.Errorf("dct: %v", err)
		}
	}
	return &rec, nil
}

// invalidAt returns the offset of the first invalid UTF-8 sequence of b.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// loneSurrogate returns the offset in the JSON text b of the first \u
// escape of half a UTF-16 surrogate pair whose other half does not follow,
// or -1.
func loneSurrogate(b []byte) int {
	for i := 0; i+1 < len(b); i++ {
		if b[i] != '\\' {
			continue
		}
		if b[i+1] != 'u' {
			i++ // an escaped character, perhaps a backslash
			continue
		}
		r, ok := hex4(b[i+2:])
		switch {
		case !ok: // not JSON: the decoder says so
		case r >= 0xD800 && r < 0xDC00:
			if len(b) >= i+12 && b[i+6] == '\\' && b[i+7] == 'u' {
				if r2, ok := hex4(b[i+8:]); ok && r2 >= 0xDC00 && r2 < 0xE000 {
					i += 11
					continue
				}
			}
			return i
		case r >= 0xDC00 && r < 0xE000:
			return i
		}
		i += 5
	}
	return -1
}

// hex4 decodes the four hexadecimal digits at the start of b.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	n, err := strconv.ParseUint(string(b[:4]), 16, 16)
	return rune(n), err == nil
}

// CheckDate reports why s is not a date YYYY-MM-DD.
func CheckDate(s string) error {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("%q is not a date YYYY-MM-DD", s)
	}
	return nil
}
