// Package loadgen sends HTTP requests from a number of concurrent clients
// and measures the throughput and latency of the server that answers them.
// A run is bounded in both count and time.
package loadgen

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Config is one run.
type Config struct {
	// URL is where the requests are POSTed.
	URL string
	// ContentType is the Content-Type of every request.
	ContentType string
	// Bodies are sent in turn, the i-th request sending Bodies[i%len].
	Bodies [][]byte
	// Clients is the number of clients, each sending its next request once
	// the previous one is answered.
	Clients int
	// Requests bounds the number of requests sent.
	Requests int
	// Duration, when not zero, bounds the time of the run: no request is
	// sent after it.
	Duration time.Duration
}

// Result is what a run measured.
type Result struct {
	Requests int         // requests answered (by any status)
	Failed   int         // requests that got no answer, or another status than 200
	Statuses map[int]int // requests by status
	Elapsed  time.Duration
	P50, P99 time.Duration // latency of the answered requests
	Max      time.Duration
}

// PerSecond returns the answered requests per second.
func (r *Result) PerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Requests) / r.Elapsed.Seconds()
}

// String formats the result on one line.
func (r *Result) String() string {
	return fmt.Sprintf("%d requests (%d failed) in %v: %.1f req/s, p50 %v, p99 %v, max %v",
		r.Requests, r.Failed, r.Elapsed.Round(time.Millisecond), r.PerSecond(),
		r.P50.Round(10*time.Microsecond), r.P99.Round(10*time.Microsecond), r.Max.Round(10*time.Microsecond))
}

// Run sends the requests of cfg and measures them. It returns an error
// only for a config it cannot run; failed requests are counted.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if cfg.Clients <= 0 || cfg.Requests <= 0 || len(cfg.Bodies) == 0 {
		return nil, errors.New("loadgen: need clients, requests and bodies")
	}
	if cfg.Duration > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, cfg.Duration)
		defer cancel()
	}
	client := &http.Client{Transport: &http.Transport{
		MaxIdleConns:        cfg.Clients,
		MaxIdleConnsPerHost: cfg.Clients,
		IdleConnTimeout:     time.Minute,
	}}
	defer client.CloseIdleConnections()

	var next atomic.Int64
	latencies := make([][]time.Duration, cfg.Clients)
	statuses := make([]map[int]int, cfg.Clients)
	failed := make([]int, cfg.Clients)
	var wg sync.WaitGroup
	start := time.Now()
	for c := range cfg.Clients {
		statuses[c] = map[int]int{}
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= cfg.Requests {
					return
				}
				t0 := time.Now()
				status, err := post(ctx, client, cfg.URL, cfg.ContentType, cfg.Bodies[i%len(cfg.Bodies)])
				if err != nil {
					if ctx.Err() == nil {
						failed[c]++
					}
					continue
				}
				latencies[c] = append(latencies[c], time.Since(t0))
				statuses[c][status]++
				if status != http.StatusOK {
					failed[c]++
				}
			}
		})
	}
	wg.Wait()
	r := &Result{Elapsed: time.Since(start), Statuses: map[int]int{}}
	all := slices.Concat(latencies...)
	slices.Sort(all)
	r.Requests = len(all)
	for c := range cfg.Clients {
		r.Failed += failed[c]
		for s, n := range statuses[c] {
			r.Statuses[s] += n
		}
	}
	if len(all) > 0 {
		r.P50 = quantile(all, 0.50)
		r.P99 = quantile(all, 0.99)
		r.Max = all[len(all)-1]
	}
	return r, nil
}

// quantile returns the q-quantile of sorted, by the nearest-rank method.
func quantile(sorted []time.Duration, q float64) time.Duration {
	i := int(q*float64(len(sorted))+0.999999) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

// post sends one request and reads the whole answer.
func post(ctx context.Context, client *http.Client, url, ctype string, body []byte) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", ctype)
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// Articles cuts texts into articles of about size bytes: their paragraphs
// (separated by blank lines), in order, packed into an article until it
// holds at least size bytes. The last article may be shorter.
func Articles(texts []string, size int) []string {
	var arts []string
	var b strings.Builder
	for _, text := range texts {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		for para := range strings.SplitSeq(text, "\n\n") {
			para = strings.TrimSpace(para)
			if para == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(para)
			if b.Len() >= size {
				arts = append(arts, b.String())
				b.Reset()
			}
		}
	}
	if b.Len() > 0 {
		arts = append(arts, b.String())
	}
	return arts
}
