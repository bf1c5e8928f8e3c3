// Package quote quotes values for error messages, cut to a sane length so
// that a huge field or id cannot flood a terminal.
package quote

import (
	"strconv"
	"unicode/utf8"
)

// Max is the longest value, in bytes, that Short quotes whole.
const Max = 80

// Short quotes s as strconv.Quote does, cut to Max bytes (at a character
// boundary) with an ellipsis after the quotes when cut.
func Short(s string) string {
	if len(s) <= Max {
		return strconv.Quote(s)
	}
	cut := Max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]) + "…"
}
