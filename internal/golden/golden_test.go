package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	msgs []string
}

func (r *recorder) Helper()                      {}
func (r *recorder) Errorf(f string, args ...any) { r.msgs = append(r.msgs, f) }
func (r *recorder) Fatalf(f string, args ...any) { r.msgs = append(r.msgs, f) }
func (r *recorder) Fatal(args ...any)            { r.msgs = append(r.msgs, "fatal") }

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "want.txt")
	if err := os.WriteFile(path, []byte("a\nb\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		got  string
		fail bool
	}{{"a\nb\n", false}, {"a\nc\n", true}, {"a\n", true}} {
		r := &recorder{TB: t}
		Check(r, path, []byte(c.got))
		if (len(r.msgs) > 0) != c.fail {
			t.Errorf("Check(%q): failures %q, want failure %v", c.got, r.msgs, c.fail)
		}
	}
	if d := firstDiff("a\nb", "a\nc"); !strings.Contains(d, "line 2") {
		t.Errorf("firstDiff = %q, want line 2", d)
	}
}
