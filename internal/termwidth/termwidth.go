// Package termwidth tells how wide the tables written to a stream may be.
package termwidth

import (
	"io"
	"os"
	"strconv"

	"golang.org/x/term"
)

// Of returns the width in columns that tables written to w should fit:
// the COLUMNS environment variable when it holds a positive number, else
// the width of the terminal w is, else 0 for no limit (a pipe or a file).
func Of(w io.Writer) int {
	return of(w, os.Getenv("COLUMNS"))
}

func of(w io.Writer, columns string) int {
	if n, err := strconv.Atoi(columns); err == nil && n > 0 {
		return n
	}
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil || width <= 0 {
		return 0
	}
	return width
}
