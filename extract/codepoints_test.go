package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkCodePoints compares Doc.CodePoints at every offset of text with a
// count of the runes before it.
func checkCodePoints(t *testing.T, text string) {
	t.Helper()
	doc := &Doc{Text: text}
	for i := 0; i <= len(text); i++ {
		if !utf8.ValidString(text[:i]) && i < len(text) {
			continue // inside a multibyte character
		}
		if got, want := doc.CodePoints(uint32(i)), utf8.RuneCountInString(text[:i]); got != want {
			t.Fatalf("CodePoints(%d) = %d, want %d (text of %d bytes)", i, got, want, len(text))
		}
	}
}

func TestCodePoints(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"empty", ""},
		{"ascii, a stride exactly", strings.Repeat("a", cpStride)},
		{"ascii, strides and a half", strings.Repeat("a", 5*cpStride/2)},
		{"two-byte characters across strides", strings.Repeat("Sébastien ", 40)},
		{"three- and four-byte characters", strings.Repeat("Vietnam’s 🇻🇳 ", 30)},
	} {
		t.Run(tc.name, func(t *testing.T) { checkCodePoints(t, tc.text) })
	}
}

func FuzzCodePoints(f *testing.F) {
	f.Add("Gen. Sébastien Lecornu met Vietnam’s Chien.")
	f.Add(strings.Repeat("é", cpStride+1))
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		checkCodePoints(t, text)
	})
}
