package safefile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestOpen refuses what is not a regular file, naming its kind.
func TestOpen(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(file, []byte("text"), 0o666); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "null.txt")
	if err := os.Symlink(os.DevNull, link); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, kind string }{
		{file, ""},
		{dir, "folder"},
		{link, "character device"},
	} {
		f, _, err := Open(c.path)
		var nr *NotRegularError
		switch {
		case c.kind == "" && err != nil:
			t.Errorf("%s: %v", c.path, err)
		case c.kind != "" && (!errors.As(err, &nr) || Kind(nr.Mode) != c.kind):
			t.Errorf("%s: err = %v, want not a regular file (%s)", c.path, err, c.kind)
		}
		if f != nil {
			f.Close()
		}
	}
	b, err := ReadFile(file)
	if string(b) != "text" || err != nil {
		t.Errorf("ReadFile = %q, %v", b, err)
	}
}

// TestWrite leaves either the whole new file or the old one, and no
// temporary file.
func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.ann")
	if err := Write(path, func(w io.Writer) error {
		_, err := io.WriteString(w, "new")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	ref := filepath.Join(dir, "ref")
	f, err := os.Create(ref)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	fi, _ := os.Stat(path)
	refInfo, _ := os.Stat(ref)
	if fi.Mode() != refInfo.Mode() {
		t.Errorf("mode %v, want os.Create's %v", fi.Mode(), refInfo.Mode())
	}
	failed := errors.New("disk full")
	err = Write(path, func(w io.Writer) error {
		io.WriteString(w, "partial")
		return failed
	})
	if !errors.Is(err, failed) {
		t.Errorf("err = %v, want disk full", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("file holds %q after a failed write, want the old content", b)
	}
	if err := Write(filepath.Join(ref, "x.ann"), func(io.Writer) error { return nil }); err == nil {
		t.Error("no error writing under a file")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("files %v, want out.ann and ref only", entries)
	}
}
