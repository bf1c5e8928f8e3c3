//go:build !prose

package extract

import (
	"errors"
	"testing"
)

// TestNoProse checks that a build without -tags prose says how to get
// prose's recogniser rather than running without it.
func TestNoProse(t *testing.T) {
	var c Config
	if err := c.SetNER("prose"); !errors.Is(err, errNoProse) {
		t.Errorf("SetNER(prose) = %v, want %v", err, errNoProse)
	}
	if _, err := New(Config{ProseNER: true}); !errors.Is(err, errNoProse) {
		t.Errorf("New with ProseNER = %v, want %v", err, errNoProse)
	}
}
