package loadgen

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestRun(t *testing.T) {
	var n atomic.Int64
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		if r.Header.Get("Content-Type") != "text/plain" || len(b) == 0 {
			w.WriteHeader(http.StatusBadRequest)
		}
		if n.Add(1)%4 == 0 {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
	}))
	defer ts.Close()
	r, err := Run(context.Background(), Config{URL: ts.URL, ContentType: "text/plain",
		Bodies: [][]byte{[]byte("a"), []byte("bb")}, Clients: 4, Requests: 100})
	if err != nil {
		t.Fatal(err)
	}
	if r.Requests != 100 || r.Statuses[200] != 75 || r.Statuses[503] != 25 || r.Failed != 25 {
		t.Errorf("result %v %v, want 100 requests: 75 × 200, 25 × 503", r, r.Statuses)
	}
	if r.P50 <= 0 || r.P50 > r.P99 || r.P99 > r.Max || r.PerSecond() <= 0 {
		t.Errorf("latencies p50 %v p99 %v max %v, %v req/s", r.P50, r.P99, r.Max, r.PerSecond())
	}
}

// TestRunDuration checks that a run stops at its duration, however many
// requests it may still send.
func TestRunDuration(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(10 * time.Millisecond)
	}))
	defer ts.Close()
	r, err := Run(context.Background(), Config{URL: ts.URL, ContentType: "text/plain",
		Bodies: [][]byte{[]byte("a")}, Clients: 2, Requests: 1 << 30, Duration: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if r.Requests == 0 || r.Requests > 100 || r.Failed != 0 || r.Elapsed > 5*time.Second {
		t.Errorf("result %v, want a few requests, none failed, stopped near 200ms", r)
	}
}

func TestRunConfig(t *testing.T) {
	if _, err := Run(context.Background(), Config{URL: "http://127.0.0.1:1"}); err == nil {
		t.Error("no error for a config without clients, requests or bodies")
	}
}

func TestQuantile(t *testing.T) {
	d := []time.Duration{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	for _, tc := range []struct {
		q    float64
		want time.Duration
	}{{0, 1}, {0.5, 5}, {0.99, 10}, {1, 10}} {
		if got := quantile(d, tc.q); got != tc.want {
			t.Errorf("quantile(%v) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestArticles(t *testing.T) {
	texts := []string{"aaaa\r\n\r\nbbbb\n\n\n", "cccc\n\ndddd\n\neeee"}
	got := Articles(texts, 9)
	want := []string{"aaaa\n\nbbbb", "cccc\n\ndddd", "eeee"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Articles = %q, want %q", got, want)
	}
}
