package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsextract/newsextract/extract"
)

// TestExtractSame checks that /v1/extract answers a document exactly as
// the json and html formats of extract run write it, whichever way it is
// sent.
func TestExtractSame(t *testing.T) {
	p := pipeline(t)
	text := seed(t)
	doc, err := p.Process("seed", text, "2023-12-20")
	if err != nil {
		t.Fatal(err)
	}
	var wantJSON, wantHTML bytes.Buffer
	if err := encode(&wantJSON, "json", doc); err != nil {
		t.Fatal(err)
	}
	if err := encode(&wantHTML, "html", doc); err != nil {
		t.Fatal(err)
	}
	jsonBody, _ := json.Marshal(map[string]string{"id": "seed", "text": text, "dct": "2023-12-20"})
	_, ts := newTestServer(t, Config{}, p)
	for _, tc := range []struct {
		name, path, ctype, accept, body string
		want                            *bytes.Buffer
		wantType                        string
	}{
		{"text", "/v1/extract?id=seed&dct=2023-12-20", "text/plain; charset=utf-8", "", text, &wantJSON, "application/json"},
		{"json", "/v1/extract", "application/json", "application/json, text/html;q=0.5", string(jsonBody), &wantJSON, "application/json"},
		{"html", "/v1/extract", "application/json", "text/html", string(jsonBody), &wantHTML, "text/html; charset=utf-8"},
		{"any", "/v1/extract?id=seed&dct=2023-12-20", "text/plain", "*/*", text, &wantJSON, "application/json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := do(t, ts, "POST", tc.path, tc.ctype, tc.accept, tc.body)
			if r.status != http.StatusOK {
				t.Fatalf("status %d: %s", r.status, r.body)
			}
			if ct := r.header.Get("Content-Type"); ct != tc.wantType {
				t.Errorf("Content-Type %q, want %q", ct, tc.wantType)
			}
			if r.body != tc.want.String() {
				t.Errorf("body differs from extract run's format:\n%.400s\nwant\n%.400s", r.body, tc.want.String())
			}
		})
	}
	if len(doc.Entities) == 0 {
		t.Fatal("the seed has no entities")
	}
}

// TestStatuses checks the status, and the JSON error of every failure, of
// requests that need no special server state.
func TestStatuses(t *testing.T) {
	_, ts := newTestServer(t, Config{MaxBytes: 1000}, pipeline(t))
	for _, tc := range []struct {
		name, method, path, ctype, body string
		status                          int
		code                            string // the error code, for failures
		msg                             string // a part of the error message
	}{
		{"empty text", "POST", "/v1/extract", "text/plain", "", 200, "", ""},
		{"empty JSON text", "POST", "/v1/extract", "application/json", `{"text": ""}`, 200, "", ""},
		{"too large", "POST", "/v1/extract", "text/plain", strings.Repeat("a", 1001), 413, codeTooLarge, "1000 bytes"},
		{"too large JSON", "POST", "/v1/extract", "application/json", `{"text": "` + strings.Repeat("a", 1000) + `"}`, 413, codeTooLarge, ""},
		{"invalid UTF-8", "POST", "/v1/extract", "text/plain", "Paris\xffLondon", 400, codeInvalidUTF8, "at byte 5"},
		{"NUL", "POST", "/v1/extract", "text/plain", "abc\x00", 400, codeBinary, "at byte 3"},
		{"invalid UTF-8 in JSON", "POST", "/v1/extract", "application/json", "{\"text\": \"\xc3\"}", 400, codeInvalidUTF8, "body: invalid UTF-8 at byte 10"},
		{"escaped NUL", "POST", "/v1/extract", "application/json", `{"text": "ab\u0000"}`, 400, codeBinary, "text: binary data (NUL byte) at byte 2"},
		{"not JSON", "POST", "/v1/extract", "application/json", `{"text": `, 400, codeBadRequest, "invalid JSON"},
		{"two values", "POST", "/v1/extract", "application/json", `{"text": "a"} {"text": "b"}`, 400, codeBadRequest, "x-ndjson"},
		{"unknown field", "POST", "/v1/extract", "application/json", `{"txt": "a"}`, 400, codeBadRequest, "txt"},
		{"no text", "POST", "/v1/extract", "application/json", `{"id": "a"}`, 400, codeBadRequest, `no "text"`},
		{"bad dct", "POST", "/v1/extract?dct=2023-13-01", "text/plain", "text", 400, codeBadRequest, "2023-13-01"},
		{"no content type", "POST", "/v1/extract", "", "text", 415, codeUnsupportedMedia, ""},
		{"wrong content type", "POST", "/v1/extract", "application/xml", "<a/>", 415, codeUnsupportedMedia, ""},
		{"wrong charset", "POST", "/v1/extract", "text/plain; charset=latin1", "text", 415, codeUnsupportedMedia, ""},
		{"wrong method", "GET", "/v1/extract", "", "", 405, codeMethod, "POST"},
		{"no such path", "GET", "/v1/people", "", "", 404, codeNotFound, ""},
		{"no file access", "GET", "/../go.mod", "", "", 404, codeNotFound, ""},
		{"options", "OPTIONS", "/v1/extract", "", "", 204, "", ""},
		{"health", "GET", "/healthz", "", "", 200, "", ""},
		{"ready", "GET", "/readyz", "", "", 200, "", ""},
		{"metrics", "GET", "/metrics", "", "", 200, "", ""},
		{"page", "GET", "/", "", "", 200, "", ""},
		{"script", "GET", "/page.js", "", "", 200, "", ""},
		{"style", "GET", "/page.css", "", "", 200, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := do(t, ts, tc.method, tc.path, tc.ctype, "", tc.body)
			if r.status != tc.status {
				t.Fatalf("status %d, want %d: %s", r.status, tc.status, r.body)
			}
			if r.header.Get("Access-Control-Allow-Origin") != "" {
				t.Error("a CORS header without --cors")
			}
			if tc.status >= 400 {
				e := apiErr(t, r)
				if e.Code != tc.code || !strings.Contains(e.Msg, tc.msg) {
					t.Errorf("error %+v, want code %q and a message with %q", e, tc.code, tc.msg)
				}
			}
			if tc.status == 405 && r.header.Get("Allow") != "POST, OPTIONS" {
				t.Errorf("Allow %q", r.header.Get("Allow"))
			}
			if strings.HasPrefix(tc.name, "empty") {
				var rec struct{ Entities []json.RawMessage }
				if err := json.Unmarshal([]byte(r.body), &rec); err != nil || rec.Entities == nil || len(rec.Entities) != 0 {
					t.Errorf("body %q, want a document with no entities (%v)", r.body, err)
				}
			}
		})
	}
}

// TestNotReady checks that the server answers 503 until it has an
// extractor.
func TestNotReady(t *testing.T) {
	s, ts := newTestServer(t, Config{}, nil)
	for _, path := range []string{"/readyz", "/v1/extract"} {
		method := map[string]string{"/readyz": "GET", "/v1/extract": "POST"}[path]
		r := do(t, ts, method, path, "text/plain", "", "text")
		if r.status != http.StatusServiceUnavailable || r.header.Get("Retry-After") == "" {
			t.Errorf("%s: status %d, Retry-After %q; want 503 with Retry-After", path, r.status, r.header.Get("Retry-After"))
		}
		if e := apiErr(t, r); e.Code != codeNotReady {
			t.Errorf("%s: code %q", path, e.Code)
		}
	}
	if r := do(t, ts, "GET", "/healthz", "", "", ""); r.status != http.StatusOK {
		t.Errorf("healthz: %d before ready, want 200", r.status)
	}
	s.SetExtractor(&fake{})
	if r := do(t, ts, "GET", "/readyz", "", "", ""); r.status != http.StatusOK {
		t.Errorf("readyz: %d once ready, want 200", r.status)
	}
}

// TestBusy fills the one worker and the one queue place and checks that
// the next request is refused with 503 and Retry-After, and that the
// others then finish.
func TestBusy(t *testing.T) {
	f := &fake{started: make(chan string, 2), release: make(chan struct{})}
	s, ts := newTestServer(t, Config{Workers: 1, Queue: 1}, f)
	results := make(chan int, 2)
	for i := range 2 {
		go func() {
			resp, err := ts.Client().Post(ts.URL+"/v1/extract?id="+fmt.Sprint(i), "text/plain", strings.NewReader("text"))
			if err != nil {
				results <- 0
				return
			}
			resp.Body.Close()
			results <- resp.StatusCode
		}()
	}
	<-f.started // one is processed
	waitFor(t, "the second request to queue", func() bool { return len(s.admit) == 2 })
	r := do(t, ts, "POST", "/v1/extract", "text/plain", "", "text")
	if r.status != http.StatusServiceUnavailable || r.header.Get("Retry-After") != "1" {
		t.Errorf("status %d, Retry-After %q; want 503 with Retry-After 1", r.status, r.header.Get("Retry-After"))
	}
	if e := apiErr(t, r); e.Code != codeBusy {
		t.Errorf("code %q", e.Code)
	}
	close(f.release)
	for range 2 {
		if code := <-results; code != http.StatusOK {
			t.Errorf("a queued request got %d, want 200", code)
		}
	}
}

// waitFor polls cond for up to 10 seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// TestTimeout checks that a document not done within the timeout gets
// 504, and that its worker stays taken until it is done.
func TestTimeout(t *testing.T) {
	f := &fake{release: make(chan struct{})}
	s, ts := newTestServer(t, Config{Workers: 1, Timeout: 50 * time.Millisecond}, f)
	r := do(t, ts, "POST", "/v1/extract", "text/plain", "", "text")
	if r.status != http.StatusGatewayTimeout {
		t.Fatalf("status %d, want 504", r.status)
	}
	if e := apiErr(t, r); e.Code != codeTimeout {
		t.Errorf("code %q", e.Code)
	}
	if len(s.workers) != 1 {
		t.Errorf("%d workers taken after the timeout, want 1 until the document is done", len(s.workers))
	}
	close(f.release)
	waitFor(t, "the worker to be free", func() bool { return len(s.workers) == 0 })
}

// TestInternalError checks that an extractor's error or panic gives 500.
func TestInternalError(t *testing.T) {
	for _, f := range []*fake{{err: errors.New("stage x: broken")}, {panics: true}} {
		_, ts := newTestServer(t, Config{}, f)
		r := do(t, ts, "POST", "/v1/extract", "text/plain", "", "text")
		if r.status != http.StatusInternalServerError {
			t.Fatalf("status %d, want 500", r.status)
		}
		if e := apiErr(t, r); e.Code != codeInternal {
			t.Errorf("code %q", e.Code)
		}
	}
}

// TestStream sends a JSON Lines body of good and bad lines and checks the
// records, one per non-blank line, in order.
func TestStream(t *testing.T) {
	p := pipeline(t)
	text := seed(t)
	good, _ := json.Marshal(map[string]string{"id": "seed", "text": text, "dct": "2023-12-20"})
	body := strings.Join([]string{
		"\uFEFF" + string(good),                 // 1
		"",                                      // 2, skipped
		`{"text": "Paris"`,                      // 3: not JSON
		`{"id": "x"}`,                           // 4: no text
		"{\"id\": \"u\", \"text\": \"\xff\"}",   // 5: invalid UTF-8
		`{"id": "n", "text": "a\u0000"}`,        // 6: NUL
		`{"text": "Paris", "dct": "yesterday"}`, // 7: bad dct
		`{"text": "` + strings.Repeat("a", 2*len(good)), // 8: too long
		`{"text": "General Smith went to Paris."}`,      // 9
		"   ",                            // 10, skipped
		`{"id": "document", "text": ""}`, // 11, no newline at the end
	}, "\n")
	_, ts := newTestServer(t, Config{MaxBytes: int64(len(good)) + 10}, p)
	r := do(t, ts, "POST", "/v1/extract", "application/x-ndjson", "", body)
	if r.status != http.StatusOK || r.header.Get("Content-Type") != "application/x-ndjson" {
		t.Fatalf("status %d, Content-Type %q: %s", r.status, r.header.Get("Content-Type"), r.body)
	}
	lines := strings.Split(strings.TrimSuffix(r.body, "\n"), "\n")
	want := []struct {
		id   string
		line int
		code string // "" for a document
	}{
		{"seed", 0, ""},
		{"", 3, codeBadRequest},
		{"", 4, codeBadRequest},
		{"", 5, codeInvalidUTF8},
		{"", 6, codeBinary},
		{"", 7, codeBadRequest},
		{"", 8, codeTooLarge},
		{"line-9", 0, ""},
		{"document", 0, ""},
	}
	if len(lines) != len(want) {
		t.Fatalf("%d records, want %d:\n%s", len(lines), len(want), r.body)
	}
	for i, w := range want {
		var rec struct {
			ID       string
			Line     int
			Code     string
			Error    string
			Entities []json.RawMessage
		}
		if err := json.Unmarshal([]byte(lines[i]), &rec); err != nil {
			t.Fatalf("record %d: %v: %s", i, err, lines[i])
		}
		if rec.ID != w.id || rec.Line != w.line || rec.Code != w.code || (w.code != "") != (rec.Error != "") {
			t.Errorf("record %d = %.200s, want id %q line %d code %q", i, lines[i], w.id, w.line, w.code)
		}
	}
	// The first record is the jsonl format's record of the seed.
	doc, err := p.Process("seed", text, "2023-12-20")
	if err != nil {
		t.Fatal(err)
	}
	var jsonl bytes.Buffer
	if err := encodeJSONL(&jsonl, doc); err != nil {
		t.Fatal(err)
	}
	if lines[0]+"\n" != jsonl.String() {
		t.Errorf("first record differs from the jsonl format's:\n%.300s\nwant\n%.300s", lines[0], jsonl.String())
	}
}

// encodeJSONL writes doc in the jsonl format.
func encodeJSONL(w *bytes.Buffer, doc *extract.Doc) error { return encode(w, "jsonl", doc) }

// TestStreamLimits checks a stream's per-line timeout (the stream goes on)
// and its total size (a last record says where it stopped).
func TestStreamLimits(t *testing.T) {
	t.Run("timeout", func(t *testing.T) {
		f := &fake{started: make(chan string, 3), release: make(chan struct{})}
		_, ts := newTestServer(t, Config{Workers: 1, Timeout: 100 * time.Millisecond}, f)
		go func() {
			<-f.started // the first line blocks past its timeout
			time.Sleep(150 * time.Millisecond)
			close(f.release)
		}()
		r := do(t, ts, "POST", "/v1/extract", "application/x-ndjson", "", "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n")
		want := `{"id":"a","line":1,"error":"not processed within 100ms","code":"timeout"}`
		lines := strings.Split(strings.TrimSpace(r.body), "\n")
		if len(lines) != 2 || lines[0] != want || !strings.Contains(lines[1], `"id":"b"`) {
			t.Errorf("records:\n%s\nwant a timeout record for a and a document for b", r.body)
		}
	})
	t.Run("size", func(t *testing.T) {
		_, ts := newTestServer(t, Config{MaxBytes: 100, MaxStreamBytes: 50}, &fake{})
		r := do(t, ts, "POST", "/v1/extract", "application/x-ndjson", "", strings.Repeat("{\"text\":\"abcdefgh\"}\n", 5))
		lines := strings.Split(strings.TrimSpace(r.body), "\n")
		last := lines[len(lines)-1]
		if len(lines) != 3 || !strings.Contains(last, `"code":"too_large"`) || !strings.Contains(last, `"line":3`) {
			t.Errorf("records:\n%s\nwant two documents and a too_large record at line 3", r.body)
		}
	})
}

// TestCORS checks that CORS headers come only with Config.CORSOrigin, and
// only for that origin.
func TestCORS(t *testing.T) {
	_, ts := newTestServer(t, Config{CORSOrigin: "https://news.example"}, &fake{})
	for _, tc := range []struct {
		method, origin, want string
	}{
		{"OPTIONS", "https://news.example", "https://news.example"},
		{"POST", "https://news.example", "https://news.example"},
		{"POST", "https://evil.example", ""},
		{"POST", "", ""},
	} {
		req, _ := http.NewRequest(tc.method, ts.URL+"/v1/extract", strings.NewReader("text"))
		req.Header.Set("Content-Type", "text/plain")
		if tc.origin != "" {
			req.Header.Set("Origin", tc.origin)
		}
		resp, err := ts.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Access-Control-Allow-Origin"); got != tc.want {
			t.Errorf("%s from %q: Access-Control-Allow-Origin %q, want %q", tc.method, tc.origin, got, tc.want)
		}
		if tc.method == "OPTIONS" && resp.Header.Get("Access-Control-Allow-Methods") != "POST" {
			t.Errorf("preflight: Access-Control-Allow-Methods %q", resp.Header.Get("Access-Control-Allow-Methods"))
		}
	}
}

// TestLogAndMetrics checks that a request is logged by method, path and
// status without its text or query, and counted in the metrics.
func TestLogAndMetrics(t *testing.T) {
	var logs safeBuffer
	_, ts := newTestServer(t, Config{Logger: slog.New(slog.NewTextHandler(&logs, nil))}, pipeline(t))
	const secret = "Colonel Zanzibar Quillfeather"
	if r := do(t, ts, "POST", "/v1/extract?id="+url.QueryEscape(secret), "text/plain", "", secret+" met the press in Paris."); r.status != 200 {
		t.Fatalf("status %d", r.status)
	}
	do(t, ts, "POST", "/v1/extract", "text/plain", "", "bad \xff "+secret)
	do(t, ts, "GET", "/nowhere/"+url.PathEscape(secret), "", "", "")
	out := logs.String()
	for _, s := range []string{"Zanzibar", "Quillfeather"} {
		if strings.Contains(out, s) {
			t.Errorf("the log holds request text %q:\n%s", s, out)
		}
	}
	for _, want := range []string{"method=POST path=/v1/extract status=200", "status=400", "path=other status=404", "bytes=", "duration="} {
		if !strings.Contains(out, want) {
			t.Errorf("the log lacks %q:\n%s", want, out)
		}
	}

	r := do(t, ts, "GET", "/metrics", "", "", "")
	for _, re := range []string{
		`newsextract_http_requests_total\{code="200",method="POST",route="/v1/extract"\} 1`,
		`newsextract_http_requests_total\{code="400",method="POST",route="/v1/extract"\} 1`,
		`newsextract_http_requests_total\{code="404",method="GET",route="other"\} 1`,
		`newsextract_http_request_duration_seconds_count\{route="/v1/extract"\} 2`,
		`newsextract_processed_bytes_total [1-9]`,
		`newsextract_documents_in_flight 0`,
		`process_resident_memory_bytes`,
	} {
		if !regexp.MustCompile(`(?m)^` + re).MatchString(r.body) {
			t.Errorf("metrics lack %s", re)
		}
	}
}

// safeBuffer is a bytes.Buffer safe for concurrent use.
type safeBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *safeBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *safeBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestShutdown starts a server on loopback, begins a slow request, stops
// the server, and checks that new connections are refused while the slow
// request still finishes with 200 and Serve returns nil.
func TestShutdown(t *testing.T) {
	f := &fake{started: make(chan string, 1), release: make(chan struct{})}
	s, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	s.SetExtractor(f)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String()
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln, 10*time.Second) }()

	slow := make(chan int, 1)
	go func() {
		resp, err := http.Post(url+"/v1/extract", "text/plain", strings.NewReader("text"))
		if err != nil {
			t.Error(err)
			slow <- 0
			return
		}
		resp.Body.Close()
		slow <- resp.StatusCode
	}()
	<-f.started
	stop()
	waitFor(t, "the listener to close", func() bool {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err == nil {
			c.Close()
		}
		return err != nil
	})
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Error("a new request was served after shutdown began")
	}
	select {
	case err := <-served:
		t.Fatalf("Serve returned %v before the slow request finished", err)
	default:
	}
	close(f.release)
	if code := <-slow; code != http.StatusOK {
		t.Errorf("the slow request got %d, want 200", code)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
}

// TestHTTPServer checks that the http.Server of a Server has every timeout
// set, and a write timeout long enough for a document that waits and runs
// for the whole Timeout.
func TestHTTPServer(t *testing.T) {
	s, err := New(Config{Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	srv := s.HTTPServer("127.0.0.1:0")
	for name, d := range map[string]time.Duration{
		"ReadHeaderTimeout": srv.ReadHeaderTimeout, "ReadTimeout": srv.ReadTimeout,
		"WriteTimeout": srv.WriteTimeout, "IdleTimeout": srv.IdleTimeout,
	} {
		if d <= 0 {
			t.Errorf("%s not set", name)
		}
	}
	if srv.WriteTimeout <= srv.ReadTimeout+time.Minute {
		t.Errorf("WriteTimeout %v, want more than ReadTimeout %v + Timeout 1m", srv.WriteTimeout, srv.ReadTimeout)
	}
	if srv.Handler != s || srv.MaxHeaderBytes == 0 {
		t.Errorf("Handler %v, MaxHeaderBytes %d", srv.Handler, srv.MaxHeaderBytes)
	}
}

// TestConfig checks the defaults and that a negative limit is refused.
func TestConfig(t *testing.T) {
	s, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	c := s.cfg
	if c.MaxBytes != 1<<20 || c.MaxStreamBytes != 64<<20 || c.Timeout != 10*time.Second || c.Workers < 1 || c.Queue != 64 || c.Logger == nil {
		t.Errorf("defaults %+v", c)
	}
	if cap(s.admit) != c.Workers+c.Queue || cap(s.workers) != c.Workers {
		t.Errorf("admit %d, workers %d", cap(s.admit), cap(s.workers))
	}
	for _, bad := range []Config{{MaxBytes: -1}, {Timeout: -time.Second}, {Workers: -1}, {Queue: -1}, {MaxStreamBytes: -1}} {
		if _, err := New(bad); err == nil {
			t.Errorf("New(%+v): no error", bad)
		}
	}
}
