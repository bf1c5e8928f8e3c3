package extract

import "testing"

// Cases of the seventh round (events and agreements), written from the
// rules with invented names.

func TestTitlesEvents(t *testing.T) {
	runLabelCases(t, Event, []labelCase{
		// A name's words stay on its line.
		{"Ivo Tarn\nEnvoy to the Kessa Trade Conference\nZorvik Conference on the Tarvo Trade Treaty\nNew York City\n\nHe spoke.", []string{"Kessa Trade Conference", "Zorvik Conference on the Tarvo Trade Treaty"}},
	})
}
