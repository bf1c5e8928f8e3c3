package extract

import "slices"

// grow returns s with room for at least one more element. A full slice
// doubles, to at least minCap: append grows a large slice by only a
// quarter, so a layer that grows with the document (tokens, candidates,
// matches) would be copied and allocated about five times over on a long
// document instead of about twice, and more per input byte the longer the
// document.
func grow[S ~[]E, E any](s S, minCap int) S {
	if len(s) < cap(s) {
		return s
	}
	return slices.Grow(s, max(cap(s), minCap, 16))
}
