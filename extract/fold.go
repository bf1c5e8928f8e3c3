package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldMarks returns s without its diacritics, as outlets write a name
// with or without them ("Nguyen" for "Nguyễn", "Hung" for "Hưng"): the
// marks that canonical decomposition splits off are dropped, and the
// letters that carry a stroke of their own are written without it ("đ").
// A string of ASCII is returned as it is.
func foldMarks(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	// (The decomposition goes to a buffer on the stack for a name's
	// word: one allocation, the result's.)
	var buf [64]byte
	d := norm.NFD.AppendString(buf[:0], s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(d); {
		r, n := utf8.DecodeRune(d[i:])
		i += n
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(strokeless(r))
	}
	return b.String()
}

// strokeless returns the letter r without a stroke or a slash that no
// decomposition splits off ("đ" → "d", "ø" → "o", "ł" → "l"), or r.
func strokeless(r rune) rune {
	switch r {
	case 'đ':
		return 'd'
	case 'Đ':
		return 'D'
	case 'ø':
		return 'o'
	case 'Ø':
		return 'O'
	case 'ł':
		return 'l'
	case 'Ł':
		return 'L'
	}
	return r
}
