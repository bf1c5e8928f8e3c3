package serve

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/loadgen"
)

var (
	articlesDir = flag.String("articles", "", "BenchmarkLoad: also write its articles into this folder as .txt files, for timing extract run on them")
	rssRequests = flag.Int("rss-requests", 0, "TestRSS: send this many requests (0 skips the test)")
	serveURL    = flag.String("serve-url", "", "BenchmarkLoad: send the requests to this running extract serve's /v1/extract instead of a server of its own")
)

// articleSize is the size in bytes of the articles of the load tests.
const articleSize = 5000

// devDirs are where the shared dev set may be: beside the repository
// (../shared/dev from its root), which is one level further up from a
// worktree under wt/.
var devDirs = []string{"../../shared/dev", "../../../shared/dev"}

// loadArticles returns the articles of the load tests: the seeds and the
// texts of the shared dev set, when present, cut into about 5 KB each.
func loadArticles(tb testing.TB) []string {
	tb.Helper()
	var texts []string
	patterns := []string{"../seeds/*.txt"}
	for _, dir := range devDirs {
		if _, err := os.Stat(dir); err == nil {
			patterns = append(patterns, filepath.Join(dir, "*.txt"))
			break
		}
	}
	for _, pattern := range patterns {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			tb.Fatal(err)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				tb.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	arts := loadgen.Articles(texts, articleSize)
	if len(arts) > 1 {
		arts = arts[:len(arts)-1] // the last one is short
	}
	if *articlesDir != "" {
		if err := os.MkdirAll(*articlesDir, 0o777); err != nil {
			tb.Fatal(err)
		}
		for i, a := range arts {
			if err := os.WriteFile(filepath.Join(*articlesDir, fmt.Sprintf("%03d.txt", i)), []byte(a), 0o666); err != nil {
				tb.Fatal(err)
			}
		}
	}
	return arts
}

// startLoopback serves s on a free port of 127.0.0.1 until the test ends,
// and returns the URL of /v1/extract.
func startLoopback(tb testing.TB, s *Server) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln, 10*time.Second) }()
	tb.Cleanup(func() {
		stop()
		if err := <-done; err != nil {
			tb.Error(err)
		}
	})
	return "http://" + ln.Addr().String() + "/v1/extract"
}

// BenchmarkLoad measures the server on 127.0.0.1 with 1, 8 and 64 clients
// POSTing 5 KB articles as text/plain; one op is one request. run-j2 is
// the same articles processed and encoded as JSON by two goroutines in
// process, what "extract run -j 2 -format json" does minus its file
// reading. Each sub-benchmark stops after b.N requests or two minutes.
// GOGC=400 is what the extract command sets for itself.
//
//	GOGC=400 go test -run '^$' -bench '^BenchmarkLoad$' -benchtime 500x ./serve
//
// With -args -serve-url URL the clients call a running extract serve
// instead, and -articles DIR writes the articles out for extract run.
func BenchmarkLoad(b *testing.B) {
	arts := loadArticles(b)
	bodies := make([][]byte, len(arts))
	for i, a := range arts {
		bodies[i] = []byte(a)
	}
	p := pipeline(b)
	b.Run("run-j2", func(b *testing.B) {
		var next atomic.Int64
		var wg sync.WaitGroup
		start := time.Now()
		for range 2 {
			wg.Go(func() {
				var buf bytes.Buffer
				for i := int(next.Add(1) - 1); i < b.N; i = int(next.Add(1) - 1) {
					doc, err := p.Process(strconv.Itoa(i), arts[i%len(arts)], "")
					if err != nil {
						b.Error(err)
						return
					}
					buf.Reset()
					if err := encode(&buf, "json", doc); err != nil {
						b.Error(err)
						return
					}
				}
			})
		}
		wg.Wait()
		b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "req/s")
	})
	for _, clients := range []int{1, 8, 64} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) {
			url := *serveURL
			if url == "" {
				s, err := New(Config{Queue: 64})
				if err != nil {
					b.Fatal(err)
				}
				s.SetExtractor(p)
				url = startLoopback(b, s)
			}
			b.ResetTimer()
			r, err := loadgen.Run(context.Background(), loadgen.Config{URL: url, ContentType: "text/plain",
				Bodies: bodies, Clients: clients, Requests: b.N, Duration: 2 * time.Minute})
			if err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			if r.Failed > 0 {
				b.Errorf("%d requests failed: %v", r.Failed, r.Statuses)
			}
			b.ReportMetric(r.PerSecond(), "req/s")
			b.ReportMetric(float64(r.P50.Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(r.P99.Microseconds())/1000, "p99-ms")
		})
	}
}

// TestRSS sends -rss-requests requests with 8 clients, in ten rounds, and
// logs the resident set size of the process (server and clients) after
// each; it fails when the last round ends more than 1.5 times above the
// second. Run it by hand:
//
//	go test -run '^TestRSS$' -rss-requests 100000 -timeout 60m -v ./serve
func TestRSS(t *testing.T) {
	if *rssRequests == 0 {
		t.Skip("set -rss-requests N to run it")
	}
	arts := loadArticles(t)
	bodies := make([][]byte, len(arts))
	for i, a := range arts {
		bodies[i] = []byte(a)
	}
	s, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	s.SetExtractor(pipeline(t))
	url := startLoopback(t, s)
	var rss []int64
	for round := range 10 {
		r, err := loadgen.Run(context.Background(), loadgen.Config{URL: url, ContentType: "text/plain",
			Bodies: bodies, Clients: 8, Requests: *rssRequests / 10})
		if err != nil {
			t.Fatal(err)
		}
		kb := residentKB(t)
		rss = append(rss, kb)
		t.Logf("round %d: %v; RSS %d KiB", round+1, r, kb)
	}
	if last, second := rss[len(rss)-1], rss[1]; float64(last) > 1.5*float64(second) {
		t.Errorf("RSS grew from %d KiB after round 2 to %d KiB", second, last)
	}
}

// residentKB returns the VmRSS of the process in KiB.
func residentKB(t *testing.T) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status")
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			n, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatal("no VmRSS in /proc/self/status")
	return 0
}
