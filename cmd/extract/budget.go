package main

import (
	"context"
	"slices"
	"sync"

	"github.com/newsextract/newsextract/extract"
)

// memBudget keeps the soft memory limit of the process (the runtime's
// GOMEMLIMIT) at what the documents in flight need: memBase, and for each
// document docCost of its size. Under GOGC=400 (see tuneGC) a long run of
// small documents would otherwise grow its heap to five times what it
// keeps (the ids of a JSON Lines stream), and a huge document's heap to
// five times its entities; the limit makes the collector run before that.
type memBudget struct {
	set func(int64) int64 // debug.SetMemoryLimit
	// perByte is the memory per byte of a whole document: memPerDocB, or
	// memPerTableB for the table formats.
	perByte int64

	mu       sync.Mutex
	inFlight int64 // the cost of the documents in flight
	limit    int64 // the limit set last, 0 before the first
}

// The memory budget: memBase for the program, its rules and a stream's
// buffers and ids; per byte of a document, the tokens and candidates of
// the text processed at once (a document, or a window of a huge one) and
// the entities, relations and output of the whole document: more for the
// formats that hold every cell of a document's table (see tableFormats).
const (
	memBase       = 48 << 20
	memPerWindowB = 32
	memPerDocB    = 3
	memPerTableB  = 16
	// memSlack is how far the limit may lag behind the budget, so that
	// documents of a few KiB do not set it each.
	memSlack = 1 << 20
)

// tableFormats are the formats whose table holds every cell of a
// document's rows, and sizes its columns from them, before it writes a
// line: the people format (a row per person). The table format writes a
// huge document's entities in tables of render.MaxTableRows rows, which
// the budget of every format covers.
var tableFormats = []string{"people"}

// docCost returns the memory a document of size bytes needs while it is in
// flight.
func (b *memBudget) docCost(size int64) int64 {
	return memPerWindowB*min(size, extract.DefaultWindowBytes) + b.perByte*size
}

// add counts a document of size bytes into flight (size > 0) or out of it
// (size < 0), and moves the limit when the budget has moved by more than
// memSlack.
func (b *memBudget) add(size int64) {
	if b == nil {
		return
	}
	cost := b.docCost(max(size, -size))
	b.mu.Lock()
	defer b.mu.Unlock()
	if size < 0 {
		cost = -cost
	}
	b.inFlight += cost
	want := memBase + b.inFlight
	if d := want - b.limit; d > memSlack || d < -memSlack || b.limit == 0 {
		b.limit = want
		b.set(want)
	}
}

// memoryLimitKey is the context key of the function that sets the soft
// memory limit.
type memoryLimitKey struct{}

// withMemoryLimit returns ctx carrying set, which the run command calls to
// keep the soft memory limit at its budget (see memBudget).
func withMemoryLimit(ctx context.Context, set func(int64) int64) context.Context {
	return context.WithValue(ctx, memoryLimitKey{}, set)
}

// budgetOf returns the memory budget of a run under ctx writing the
// format called format, or nil when ctx carries no function to set the
// limit (the user set GOMEMLIMIT, or a test runs the command).
func budgetOf(ctx context.Context, format string) *memBudget {
	set, _ := ctx.Value(memoryLimitKey{}).(func(int64) int64)
	if set == nil {
		return nil
	}
	b := &memBudget{set: set, perByte: memPerDocB}
	if slices.Contains(tableFormats, format) {
		b.perByte = memPerTableB
	}
	return b
}
