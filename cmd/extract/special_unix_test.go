//go:build unix

package main

import (
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// makeSpecialFiles makes, in dir, input files that are not regular files
// and returns the error each must be reported with, by name.
func makeSpecialFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o666); err != nil {
		t.Fatal(err)
	}
	symlink(t, "/dev/zero", filepath.Join(dir, "zero.txt"))
	symlink(t, "nowhere.txt", filepath.Join(dir, "dangling.txt"))
	symlink(t, "loop.txt", filepath.Join(dir, "loop.txt"))
	l, err := net.Listen("unix", filepath.Join(dir, "sock.txt"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return map[string]string{
		"fifo.txt":     "not a regular file (named pipe)",
		"zero.txt":     "not a regular file (character device)",
		"dangling.txt": "dangling symbolic link to nowhere.txt",
		"loop.txt":     "too many levels of symbolic links",
		"sock.txt":     "not a regular file (socket)",
	}
}

// symlink makes a symbolic link to target at path.
func symlink(t *testing.T, target, path string) {
	t.Helper()
	if err := os.Symlink(target, path); err != nil {
		t.Fatal(err)
	}
}
