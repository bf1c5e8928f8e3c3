package extract

import "testing"

// TestGrow checks that a slice grown one element at a time doubles: one
// reallocation per doubling of its length (append's quarter steps take
// twice as many on 100,000 elements), and less than four times the final
// length allocated in all.
func TestGrow(t *testing.T) {
	for _, c := range []struct {
		n, minCap  int
		maxGrowths int
	}{
		{1, 0, 1},
		{16, 0, 1},
		{17, 0, 2},
		{100_000, 0, 14},
		{100_000, 50_000, 2},
	} {
		var s []int64
		growths, allocated := 0, 0
		for i := range c.n {
			before := cap(s)
			s = append(grow(s, c.minCap), int64(i))
			if cap(s) != before {
				growths++
				allocated += cap(s)
			}
		}
		if growths > c.maxGrowths || allocated > 4*max(c.n, c.minCap, 16) {
			t.Errorf("%d elements (min %d): %d growths, %d allocated; want ≤ %d growths, ≤ %d",
				c.n, c.minCap, growths, allocated, c.maxGrowths, 4*max(c.n, c.minCap, 16))
		}
		for i, v := range s {
			if v != int64(i) {
				t.Fatalf("element %d = %d", i, v)
			}
		}
	}
}
