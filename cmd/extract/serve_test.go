package main

import (
	"bufio"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

func TestServeUsageErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"serve", "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"serve", "--max-bytes", "0"}, 2, "must be positive"},
		{[]string{"serve", "--timeout", "-1s"}, 2, "must be positive"},
		{[]string{"serve", "--workers", "-2"}, 2, "not negative"},
		{[]string{"serve", "--ner", "spacy"}, 2, `-ner: unknown NER "spacy"`},
		{[]string{"serve", "--rules", "testdata/no-such-dir"}, 2, "--rules: stat testdata/no-such-dir"},
		{[]string{"serve", "--rules", "serve.go"}, 2, "--rules serve.go: not a folder"},
		{[]string{"serve", "--addr", "127.0.0.1:99999"}, 1, "99999"},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			_, _, err := runCLI(t, "", tt.args...)
			if err == nil {
				t.Fatal("no error")
			}
			if code := exitCode(err); code != tt.code || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, exit %d; want %q, exit %d", err, code, tt.want, tt.code)
			}
		})
	}
}

// TestServe starts the service on a free loopback port, waits until it is
// ready, extracts a document, stops it and checks that it stopped cleanly.
func TestServe(t *testing.T) {
	var logs lockedBuffer
	o := &serveOptions{addr: "127.0.0.1:0", drain: 5 * time.Second}
	o.server.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, o) }()

	listening := regexp.MustCompile(`url=(http://\S+/)`)
	var url string
	for deadline := time.Now().Add(10 * time.Second); url == ""; time.Sleep(10 * time.Millisecond) {
		if m := listening.FindStringSubmatch(logs.String()); m != nil {
			url = m[1]
		} else if time.Now().After(deadline) {
			t.Fatalf("no listening line in the log:\n%s", logs.String())
		}
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		resp, err := http.Get(url + "readyz")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz: %d", resp.StatusCode)
		}
	}
	resp, err := http.Post(url+"v1/extract", "text/plain", strings.NewReader(article))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("/v1/extract: %d", resp.StatusCode)
	}
	stop()
	if err := <-done; err != nil {
		t.Errorf("runServe: %v", err)
	}
	if out := logs.String(); !strings.Contains(out, "msg=stopped") || strings.Contains(out, "Hoang") {
		t.Errorf("log:\n%s\nwant a stop line and no request text", out)
	}
}

// lockedBuffer is a strings.Builder safe for concurrent use.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// TestServeSignal runs extract serve in a child process (this test binary
// again), waits until it is ready, sends it SIGTERM and checks that it
// stops cleanly with exit status 0.
func TestServeSignal(t *testing.T) {
	if os.Getenv("EXTRACT_SERVE_CHILD") == "1" {
		if err := run([]string{"serve", "--addr", "127.0.0.1:0"}, os.Stdin, os.Stdout, os.Stderr); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestServeSignal$")
	cmd.Env = append(os.Environ(), "EXTRACT_SERVE_CHILD=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(stderr)
	var log strings.Builder
	listening := regexp.MustCompile(`url=(http://\S+/)`)
	url := ""
	for url == "" && lines.Scan() {
		log.WriteString(lines.Text() + "\n")
		if m := listening.FindStringSubmatch(lines.Text()); m != nil {
			url = m[1]
		}
	}
	for url != "" && lines.Scan() && !strings.Contains(lines.Text(), "msg=ready") {
		log.WriteString(lines.Text() + "\n")
	}
	if url == "" {
		t.Fatalf("the child did not say where it listens:\n%s", log.String())
	}
	resp, err := http.Get(url + "readyz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("/readyz: %d", resp.StatusCode)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	for lines.Scan() {
		log.WriteString(lines.Text() + "\n")
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("extract serve after SIGTERM: %v\n%s", err, log.String())
	}
	if !strings.Contains(log.String(), "msg=stopped") {
		t.Errorf("no stop line in the log:\n%s", log.String())
	}
}
