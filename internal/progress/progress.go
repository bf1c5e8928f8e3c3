// Package progress shows how far a run of documents has got, on one line
// of a terminal that it redraws in place.
package progress

import (
	"fmt"
	"io"
	"time"
)

// Bar counts documents on one terminal line: "extracting: 12/40 docs
// (30%), 8.1 docs/s", or without the total when it is not known. It
// redraws at most once per interval, and not before one interval has
// passed, so that the rate is measured over a sane time from its first
// showing. A Bar is not safe for concurrent use.
type Bar struct {
	w        io.Writer
	total    int64 // -1 when not known
	n        int64
	start    time.Time
	last     time.Time // of the last drawing
	interval time.Duration
	shown    bool
	now      func() time.Time
}

// New returns a Bar that draws on w, a terminal, counting up to total
// documents (-1 when not known), redrawn at most once per interval.
func New(w io.Writer, total int64, interval time.Duration) *Bar {
	return newBar(w, total, interval, time.Now)
}

func newBar(w io.Writer, total int64, interval time.Duration, now func() time.Time) *Bar {
	t := now()
	return &Bar{w: w, total: total, start: t, last: t, interval: interval, now: now}
}

// Add counts n more documents and redraws the line when an interval has
// passed since the last drawing.
func (b *Bar) Add(n int) {
	b.n += int64(n)
	t := b.now()
	if t.Sub(b.last) < b.interval {
		return
	}
	b.last = t
	b.draw(t)
}

// draw writes the line as of time t.
func (b *Bar) draw(t time.Time) {
	rate := float64(b.n) / t.Sub(b.start).Seconds()
	if b.total >= 0 {
		pct := 100.0
		if b.total > 0 {
			pct = 100 * float64(b.n) / float64(b.total)
		}
		fmt.Fprintf(b.w, "\r\x1b[Kextracting: %d/%d docs (%.0f%%), %.1f docs/s", b.n, b.total, pct, rate)
	} else {
		fmt.Fprintf(b.w, "\r\x1b[Kextracting: %d docs, %.1f docs/s", b.n, rate)
	}
	b.shown = true
}

// Clear erases the line, if it was drawn, so that the next message starts
// on a clean line; the next Add draws it again.
func (b *Bar) Clear() {
	if b.shown {
		io.WriteString(b.w, "\r\x1b[K")
		b.shown = false
	}
}
