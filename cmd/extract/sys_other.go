//go:build !unix

package main

import "os"

// isClosedStdout reports whether standard output was closed when the
// program started; it cannot be told on this system.
func isClosedStdout(*os.File) bool { return false }

// lockDir would lock the folder dir against other runs; this system has no
// advisory locks, and it does nothing.
func lockDir(string) (func(), error) { return func() {}, nil }
