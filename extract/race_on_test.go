//go:build race

package extract

// raceEnabled is true when the tests run under the race detector, whose
// shadow memory makes allocation counts meaningless.
const raceEnabled = true
