package termwidth

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOf(t *testing.T) {
	file, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	tests := []struct {
		name    string
		columns string
		file    bool
		want    int
	}{
		{"COLUMNS wins", "72", true, 72},
		{"a file has no limit", "", true, 0},
		{"a buffer has no limit", "", false, 0},
		{"COLUMNS not a number", "wide", true, 0},
		{"COLUMNS zero", "0", false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w io.Writer = &strings.Builder{}
			if tt.file {
				w = file
			}
			if got := of(w, tt.columns); got != tt.want {
				t.Errorf("got %d, want %d", got, tt.want)
			}
		})
	}
}
