//go:build unix

package rules

import (
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"
)

// TestSpecialFiles skips a named pipe, and a symbolic link to a device,
// with a rule file's name, instead of blocking on them or reading forever.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "gpe.txt"), 0o666); err != nil {
		t.Skip("no named pipes:", err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "loc.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "org.txt"), []byte("Atlantis Council\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	var s *Set
	var err error
	go func() {
		defer close(done)
		s, err = Load(os.DirFS(dir))
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("Load blocked on a special file")
	}
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"rules: gpe.txt: skipped: not a regular file (named pipe)",
		"rules: loc.txt: skipped: not a regular file (character device)",
	}
	if got := s.Warnings(); !slices.Equal(got, want) {
		t.Errorf("warnings %q, want %q", got, want)
	}
	org, _ := s.List("org.txt", 1, 1)
	if last := org[len(org)-1]; last.Fields[0] != "Atlantis Council" {
		t.Errorf("org.txt not read: last entry %v", last)
	}
}
