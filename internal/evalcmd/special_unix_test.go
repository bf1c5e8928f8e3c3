//go:build unix

package evalcmd

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSpecialGold skips, by name, a gold file and a text that are not
// regular files, without blocking on a named pipe or reading a device.
func TestSpecialGold(t *testing.T) {
	dir := setup(t, map[string]string{"docs/a.txt": docText, "docs/b.txt": docText, "gold/a.ann": goodAnn})
	if err := syscall.Mkfifo(filepath.Join(dir, "gold/b.ann"), 0o666); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "docs/c.txt")); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run([]string{"report", "--docs", filepath.Join(dir, "docs"), "--gold", filepath.Join(dir, "gold"), "--format", "json"}, &stdout, &stderr)
	}()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit %d:\n%s", code, stderr.String())
		}
	case <-time.After(time.Minute):
		t.Fatal("eval report blocked on a special file")
	}
	for _, want := range []string{
		"eval: skipping " + filepath.Join(dir, "gold/b.ann") + ": not a regular file (named pipe)",
		"eval: skipping " + filepath.Join(dir, "docs/c.txt") + ": not a regular file (character device)",
	} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
	if !strings.Contains(stdout.String(), `"document_count": 1`) {
		t.Errorf("report:\n%s", stdout.String())
	}
}
