package quote

import (
	"strings"
	"testing"
)

func TestShort(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"alone", `"alone"`},
		{"a\tb", `"a\tb"`},
		{strings.Repeat("x", Max), `"` + strings.Repeat("x", Max) + `"`},
		{strings.Repeat("x", Max+1), `"` + strings.Repeat("x", Max) + `"…`},
		{"x" + strings.Repeat("é", Max), `"x` + strings.Repeat("é", (Max-1)/2) + `"…`},
	} {
		if got := Short(c.in); got != c.want {
			t.Errorf("Short(%.20q…) = %s, want %s", c.in, got, c.want)
		}
	}
}
