package main

import (
	"context"
	"slices"
	"testing"

	"github.com/newsextract/newsextract/render"
)

func TestMemBudget(t *testing.T) {
	const kib, mib = 1 << 10, 1 << 20
	for _, tc := range []struct {
		name   string
		format string
		sizes  []int64 // documents into flight (> 0) and out of it (< 0)
		want   []int64 // the limits set
	}{
		{"no document", "jsonl", nil, []int64{memBase}},
		{"small documents move the limit only past the slack", "jsonl", []int64{4 * kib, 4 * kib, -4 * kib, -4 * kib},
			[]int64{memBase}},
		{"a huge document", "jsonl", []int64{50 * mib, -50 * mib},
			[]int64{memBase, memBase + memPerWindowB*mib + memPerDocB*50*mib, memBase}},
		{"a huge document in a table of people", "people", []int64{50 * mib, -50 * mib},
			[]int64{memBase, memBase + memPerWindowB*mib + memPerTableB*50*mib, memBase}},
		{"a huge document in tables of entities", "table", []int64{50 * mib, -50 * mib},
			[]int64{memBase, memBase + memPerWindowB*mib + memPerDocB*50*mib, memBase}},
		{"two documents of 1 MiB", "json", []int64{mib, mib, -mib, -mib},
			[]int64{memBase, memBase + (memPerWindowB+memPerDocB)*mib, memBase + 2*(memPerWindowB+memPerDocB)*mib, memBase + (memPerWindowB+memPerDocB)*mib, memBase}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []int64
			b := budgetOf(withMemoryLimit(context.Background(), func(n int64) int64 {
				got = append(got, n)
				return 0
			}), tc.format)
			b.add(0)
			for _, s := range tc.sizes {
				b.add(s)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("limits %v, want %v", got, tc.want)
			}
		})
	}
}

func TestMemBudgetOff(t *testing.T) {
	b := budgetOf(context.Background(), "jsonl")
	if b != nil {
		t.Fatalf("a budget without a limit to set: %+v", b)
	}
	b.add(1 << 20) // a nil budget does nothing
}

// TestTableFormatsExist keeps tableFormats in step with the formats'
// names.
func TestTableFormatsExist(t *testing.T) {
	for _, f := range tableFormats {
		if _, err := render.ByName(f); err != nil {
			t.Errorf("table format %q: %v", f, err)
		}
	}
}
