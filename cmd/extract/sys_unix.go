//go:build unix

package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// isClosedStdout reports whether standard output, f, was closed when the
// program started: the Go runtime then opens /dev/null in its place,
// read-write, where a shell's >/dev/null opens it write-only.
func isClosedStdout(f *os.File) bool {
	fi, err := f.Stat()
	null, nerr := os.Stat(os.DevNull)
	if err != nil || nerr != nil || !os.SameFile(fi, null) {
		return false
	}
	flags, _, errno := syscall.Syscall(syscall.SYS_FCNTL, f.Fd(), syscall.F_GETFL, 0)
	return errno == 0 && flags&syscall.O_ACCMODE == syscall.O_RDWR
}

// lockDir takes an advisory lock on the folder dir, so that two runs never
// write into one folder at once, and returns the function that releases
// it. The lock goes with the process, however it ends.
func lockDir(dir string) (func(), error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%s: another run is writing into this folder", dir)
		}
		return nil, fmt.Errorf("%s: locking the folder: %w", dir, err)
	}
	return func() { f.Close() }, nil
}
