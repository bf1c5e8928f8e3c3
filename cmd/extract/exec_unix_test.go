//go:build unix

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// binary builds the extract command once for the tests that run it as a
// process, and returns its path.
var binary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "extract-test-")
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "extract")
	out, err := exec.Command("go", "build", "-o", path, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return path, nil
})

// TestMain removes the binary the tests built.
func TestMain(m *testing.M) {
	code := m.Run()
	if path, err := binary(); err == nil {
		os.RemoveAll(filepath.Dir(path))
	}
	os.Exit(code)
}

// extractCmd returns the extract command with args, built if needed.
func extractCmd(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the command")
	}
	path, err := binary()
	if err != nil {
		t.Fatal(err)
	}
	return exec.Command(path, args...)
}

// wait waits for cmd to end, at most a minute, and returns its exit code.
func wait(t *testing.T, cmd *exec.Cmd) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			t.Fatal(err)
		}
		return cmd.ProcessState.ExitCode()
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		t.Fatal("the command did not end")
	}
	return -1
}

// TestSignalStdout interrupts a run reading JSON Lines from a pipe that
// stays open: it stops at once, its output is whole records, the summary
// is written, and the exit status says which signal.
func TestSignalStdout(t *testing.T) {
	for _, c := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		cmd := extractCmd(t, "run", "-input", "jsonl", "-format", "json", "-j", "2", "-")
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		stdin, stderr := startFed(t, cmd, 3, article)
		// The json format writes each document once done: read the
		// output up to the third id.
		br := bufio.NewReader(stdout)
		var out bytes.Buffer
		for !strings.Contains(out.String(), `"id": "d2"`) {
			line, err := br.ReadString('\n')
			out.WriteString(line)
			if err != nil {
				t.Fatalf("output ended: %v\n%s", err, out.String())
			}
		}
		cmd.Process.Signal(c.sig)
		rest, _ := io.ReadAll(br)
		out.Write(rest)
		if code := wait(t, cmd); code != c.code {
			t.Errorf("%v: exit %d, want %d; stderr %s", c.sig, code, c.code, stderr.String())
		}
		stdin.Close()
		var docs []map[string]any
		if err := json.Unmarshal(out.Bytes(), &docs); err != nil || len(docs) != 3 {
			t.Errorf("%v: output %d documents, %v:\n%s", c.sig, len(docs), err, out.String())
		}
		if !strings.Contains(stderr.String(), "documents: 3,") || !strings.Contains(stderr.String(), "stopped by") {
			t.Errorf("%v: stderr %q, want the summary", c.sig, stderr.String())
		}
	}
}

// TestSignalOutDir interrupts a run writing files: no partial or temporary
// file is left, and the html index lists what was written.
func TestSignalOutDir(t *testing.T) {
	out := t.TempDir()
	cmd := extractCmd(t, "run", "-input", "jsonl", "-format", "html", "-out", out, "-")
	stdin, stderr := startFed(t, cmd, 2, strings.Repeat(article, 50))
	deadline := time.Now().Add(time.Minute)
	for {
		if _, err := os.Stat(filepath.Join(out, "d1.html")); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("d1.html not written; stderr %s", stderr.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGINT)
	if code := wait(t, cmd); code != 130 {
		t.Errorf("exit %d, want 130; stderr %s", code, stderr.String())
	}
	stdin.Close()
	files := listFiles(t, out)
	if want := []string{"d0.html", "d1.html", "index.html"}; strings.Join(files, " ") != strings.Join(want, " ") {
		t.Errorf("files %q, want %q", files, want)
	}
	index := readFile(t, filepath.Join(out, "index.html"))
	if !strings.Contains(index, "d0.html") || !strings.Contains(index, "d1.html") || !strings.HasSuffix(strings.TrimSpace(index), "</html>") {
		t.Errorf("index page does not list d0 and d1:\n%s", index)
	}
}

// TestClosedStdout fails a run whose standard output is closed, which the
// Go runtime turns into /dev/null, and not one sent to /dev/null.
func TestClosedStdout(t *testing.T) {
	for _, c := range []struct {
		redirect string
		code     int
	}{{">&-", 1}, {">/dev/null", 0}} {
		cmd := extractCmd(t)
		cmd.Args = []string{"sh", "-c", `exec "$0" run - ` + c.redirect, cmd.Path}
		cmd.Path = "/bin/sh"
		cmd.Stdin = strings.NewReader(article)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if code := wait(t, cmd); code != c.code || c.code == 1 && !strings.Contains(stderr.String(), "standard output is closed") {
			t.Errorf("%s: exit %d, stderr %q; want exit %d", c.redirect, code, stderr.String(), c.code)
		}
	}
}

// TestFileSizeLimit runs out of room while writing (a file size limit,
// which fails writes as a full disk does): the document whose file is cut
// short fails by name and is counted, no partial or temporary file is
// left, and the documents before and after it are written whole.
func TestFileSizeLimit(t *testing.T) {
	out := t.TempDir()
	cmd := extractCmd(t)
	// dash counts ulimit -f in 512-byte blocks, bash in 1 KiB: 50 or 100
	// KiB, far above a small document's output and far below the big one's.
	cmd.Args = []string{"sh", "-c", `ulimit -f 100 && exec "$0" run -input jsonl -format jsonl -j 1 -out "$1" -`, cmd.Path, out}
	cmd.Path = "/bin/sh"
	cmd.Stdin = strings.NewReader(jsonLine(t, "d0", article) + jsonLine(t, "d1", strings.Repeat(article, 500)) + jsonLine(t, "d2", article))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if code := wait(t, cmd); code != 1 ||
		!strings.Contains(stderr.String(), "stdin:2: writing "+filepath.Join(out, "d1.jsonl")+": ") ||
		!strings.Contains(stderr.String(), "file too large") ||
		!strings.Contains(stderr.String(), "documents: 3, ") || !strings.Contains(stderr.String(), "errors: 1,") {
		t.Errorf("exit %d, stderr %q; want exit 1 and d1 failed and counted", code, stderr.String())
	}
	if got, want := listFiles(t, out), []string{"d0.jsonl", "d2.jsonl"}; !slices.Equal(got, want) {
		t.Errorf("files %q, want %q", got, want)
	}
	for _, name := range []string{"d0.jsonl", "d2.jsonl"} {
		if recs := decodeLines(t, readFile(t, filepath.Join(out, name))); len(recs) != 1 || recs[0]["error"] != nil {
			t.Errorf("%s: %v", name, recs)
		}
	}
}

// startFed starts cmd with its standard error captured and writes n JSON
// Lines records of text to its standard input, which stays open.
func startFed(t *testing.T, cmd *exec.Cmd, n int, text string) (io.WriteCloser, *bytes.Buffer) {
	t.Helper()
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := new(bytes.Buffer)
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		fmt.Fprintf(stdin, "{\"id\": \"d%d\", \"text\": %q}\n", i, text)
	}
	return stdin, stderr
}
