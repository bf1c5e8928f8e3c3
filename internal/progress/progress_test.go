package progress

import (
	"strings"
	"testing"
	"time"
)

func TestBar(t *testing.T) {
	tests := []struct {
		name  string
		total int64
		want  string
	}{
		{"known total", 40, "\r\x1b[Kextracting: 3/40 docs (8%), 10.0 docs/s\r\x1b[K"},
		{"unknown total", -1, "\r\x1b[Kextracting: 3 docs, 10.0 docs/s\r\x1b[K"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := time.Unix(0, 0)
			now := func() time.Time { return clock }
			var out strings.Builder
			b := newBar(&out, tt.total, 200*time.Millisecond, now)
			b.Add(1) // no time has passed: nothing drawn, no rate from a zero time
			clock = clock.Add(100 * time.Millisecond)
			b.Add(1) // still within the first interval
			if out.Len() != 0 {
				t.Fatalf("drawn within the first interval: %q", out.String())
			}
			clock = clock.Add(200 * time.Millisecond)
			b.Add(1) // 3 documents in 0.3 s
			b.Clear()
			b.Clear() // nothing left to clear
			if got := out.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
