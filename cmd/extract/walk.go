package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsextract/newsextract/internal/safefile"
)

// source is one input file, or standard input, or a path that names no
// input (err says why).
type source struct {
	path string // the path to read, or "-" for standard input
	name string // names the source in messages: path, or "stdin"
	id   string // the document id of a text source: its base name without extension
	out  string // its output file with -out, relative to the folder and without extension
	// special is whether the source is a named pipe or a character device
	// given by name on the command line, read as a stream; a special file
	// found in a folder is never read.
	special bool
	err     error
}

// stdinName names standard input in messages, ids and output files.
const stdinName = "stdin"

// walker finds the sources that the PATH arguments name, one at a time and
// in order, so that a folder of any size is never listed whole in memory
// (only the names of one folder at a time).
type walker struct {
	ext  string      // the extension of the input files of a folder
	skip fs.FileInfo // a folder not to enter (the output folder), or nil
}

// checkPaths reports a usage error in the PATH arguments.
func checkPaths(paths []string) error {
	if len(paths) == 0 {
		return errors.New("no PATH given")
	}
	if i := slices.Index(paths, "-"); i >= 0 && slices.Contains(paths[i+1:], "-") {
		return errors.New("- (standard input) given twice")
	}
	return nil
}

// walk calls visit with the sources that path names, in order: standard
// input for "-", a file as given, the files with the walker's extension
// found in a folder (recursively, in lexical order). A path that cannot be
// read, and a folder with no input file, are sources with an error: the
// other paths still run. walk stops, and returns false, as soon as visit
// does.
func (w *walker) walk(path string, visit func(*source) bool) bool {
	if path == "-" {
		return visit(&source{path: "-", name: stdinName, id: stdinName, out: stdinName})
	}
	fi, err := statFollow(path)
	switch {
	case err != nil:
		return visit(&source{name: path, err: err})
	case fi.IsDir():
		found := 0
		goOn := w.walkDir(path, "", func(s *source) bool {
			found++
			return visit(s)
		})
		if goOn && found == 0 {
			return visit(&source{name: path, err: fmt.Errorf("no %s files in folder", w.ext)})
		}
		return goOn
	case fi.Mode().IsRegular():
		return visit(newSource(path, filepath.Base(path)))
	case fi.Mode()&(fs.ModeNamedPipe|fs.ModeCharDevice) != 0:
		s := newSource(path, filepath.Base(path))
		s.special = true
		return visit(s)
	}
	return visit(&source{name: path, err: &safefile.NotRegularError{Mode: fi.Mode()}})
}

// walkDir calls visit with the input files of the folder dir, whose path
// relative to the top folder is rel, and of its sub-folders, in lexical
// order. Entries that are not regular files once symbolic links are
// followed (named pipes, devices, sockets, dangling or looping links) are
// sources with an error, as is a sub-folder that cannot be read; symbolic
// links to folders are not followed.
func (w *walker) walkDir(dir, rel string, visit func(*source) bool) bool {
	names, err := readDirNames(dir)
	if err != nil {
		return visit(&source{name: dir, err: err})
	}
	for i := range names.len() {
		name := names.at(i)
		path, relPath := filepath.Join(dir, name), filepath.Join(rel, name)
		fi, err := os.Lstat(path)
		if err == nil && fi.IsDir() {
			if w.skip != nil && os.SameFile(fi, w.skip) {
				continue
			}
			if !w.walkDir(path, relPath, visit) {
				return false
			}
			continue
		}
		if !strings.HasSuffix(name, w.ext) {
			continue
		}
		if err == nil && fi.Mode()&fs.ModeSymlink != 0 {
			fi, err = statFollow(path)
		}
		switch {
		case err != nil:
			err = unwrapPath(err)
		case fi.IsDir():
			err = errors.New("symbolic link to a folder: not followed")
		case !fi.Mode().IsRegular():
			err = &safefile.NotRegularError{Mode: fi.Mode()}
		}
		s := newSource(path, relPath)
		s.err = err
		if !visit(s) {
			return false
		}
	}
	return true
}

// nameList is the names of a folder's entries, sorted, held compactly: a
// folder of 200,000 files takes about 3 MB, where a []string would take
// three times as much and as many allocations.
type nameList struct {
	buf   []byte
	spans []uint64 // the offset of each name in buf << 32 | its length
}

// len returns the number of names.
func (l *nameList) len() int { return len(l.spans) }

// at returns the name at i.
func (l *nameList) at(i int) string { return string(l.bytes(l.spans[i])) }

// bytes returns the name at span.
func (l *nameList) bytes(span uint64) []byte {
	start := span >> 32
	return l.buf[start : start+span&(1<<32-1)]
}

// readDirNames returns the names of the entries of the folder dir, sorted.
func readDirNames(dir string) (*nameList, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, unwrapPath(err)
	}
	defer f.Close()
	l := &nameList{}
	for {
		names, err := f.Readdirnames(1024)
		for _, n := range names {
			l.spans = append(l.spans, uint64(len(l.buf))<<32|uint64(len(n)))
			l.buf = append(l.buf, n...)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, unwrapPath(err)
		}
	}
	slices.SortFunc(l.spans, func(a, b uint64) int { return bytes.Compare(l.bytes(a), l.bytes(b)) })
	return l, nil
}

// statFollow returns the information of the file at path, following
// symbolic links. Its error does not repeat the path, and tells a dangling
// link from a missing file.
func statFollow(path string) (fs.FileInfo, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		if target, lerr := os.Readlink(path); lerr == nil {
			return nil, fmt.Errorf("dangling symbolic link to %s", target)
		}
	}
	return fi, unwrapPath(err)
}

// unwrapPath returns the error inside a *fs.PathError, whose message would
// repeat the path that messages already start with.
func unwrapPath(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}

// newSource returns the source of the file at path, written with -out to
// rel without its extension.
func newSource(path, rel string) *source {
	base := filepath.Base(path)
	return &source{
		path: path,
		name: path,
		id:   strings.TrimSuffix(base, filepath.Ext(base)),
		out:  strings.TrimSuffix(rel, filepath.Ext(rel)),
	}
}
