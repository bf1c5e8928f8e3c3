package serve

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/newsextract/newsextract/extract"
)

// specPath is the OpenAPI file the server must agree with.
const specPath = "../docs/openapi.json"

// seedPath is the seed article the tests send.
const seedPath = "../seeds/000_f2962e5216b1e2df.txt"

// loadPipeline loads the built-in pipeline once for the test binary.
var loadPipeline = sync.OnceValues(func() (*extract.Pipeline, error) {
	return extract.New(extract.Config{})
})

// pipeline returns the built-in pipeline.
func pipeline(t testing.TB) *extract.Pipeline {
	t.Helper()
	p, err := loadPipeline()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// seed returns the text of the seed article.
func seed(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// fake is an Extractor for tests of the server's limits: it reports each
// document it starts on started (when not nil), waits for release to be
// closed (when not nil), and then fails with err, panics, or returns a
// document without entities.
type fake struct {
	started chan string
	release chan struct{}
	err     error
	panics  bool
}

func (f *fake) Process(id, text, dct string) (*extract.Doc, error) {
	if f.started != nil {
		f.started <- id
	}
	if f.release != nil {
		<-f.release
	}
	switch {
	case f.panics:
		panic("fake extractor panics")
	case f.err != nil:
		return nil, f.err
	}
	return &extract.Doc{ID: id, Text: text, DCT: dct}, nil
}

// apiSpec is what the tests read of docs/openapi.json: the statuses of
// every path and method (upper case).
type apiSpec map[string]map[string][]int

// loadSpec reads docs/openapi.json once for the test binary.
var loadSpec = sync.OnceValues(func() (apiSpec, error) {
	b, err := os.ReadFile(specPath)
	if err != nil {
		return nil, err
	}
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", specPath, err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		return nil, fmt.Errorf("%s: openapi %q, want 3.x", specPath, doc.OpenAPI)
	}
	spec := apiSpec{}
	for path, item := range doc.Paths {
		spec[path] = map[string][]int{}
		for method, raw := range item {
			switch method {
			case "get", "put", "post", "delete", "options", "head", "patch", "trace":
			default:
				continue // summary, parameters…
			}
			var op struct {
				Responses map[string]json.RawMessage `json:"responses"`
			}
			if err := json.Unmarshal(raw, &op); err != nil {
				return nil, fmt.Errorf("%s: %s %s: %w", specPath, method, path, err)
			}
			var codes []int
			for code := range op.Responses {
				n, err := strconv.Atoi(code)
				if err != nil {
					return nil, fmt.Errorf("%s: %s %s: status %q is not a number", specPath, method, path, code)
				}
				codes = append(codes, n)
			}
			slices.Sort(codes)
			spec[path][strings.ToUpper(method)] = codes
		}
	}
	return spec, nil
})

// observed records every documented path, method and status that a test
// saw a handler answer, for TestMain to check that each one was.
var observed sync.Map // "METHOD path status" → true

// TestMain runs the tests and then, when every test ran, checks that each
// status docs/openapi.json documents was answered by some test.
func TestMain(m *testing.M) {
	code := m.Run()
	if code == 0 && flag.Lookup("test.run").Value.String() == "" && !testing.Short() {
		spec, err := loadSpec()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for path, ops := range spec {
			for method, codes := range ops {
				for _, c := range codes {
					if _, ok := observed.Load(fmt.Sprintf("%s %s %d", method, path, c)); !ok {
						fmt.Fprintf(os.Stderr, "FAIL: no test saw %s %s answer %d, which %s documents\n", method, path, c, specPath)
						code = 1
					}
				}
			}
		}
	}
	os.Exit(code)
}

// newTestServer starts s, built with cfg and serving ex (nil: not ready),
// behind a check that every status a documented route answers is one that
// docs/openapi.json documents for it.
func newTestServer(t *testing.T, cfg Config, ex Extractor) (*Server, *httptest.Server) {
	t.Helper()
	spec, err := loadSpec()
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if ex != nil {
		s.SetExtractor(ex)
	}
	ts := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		s.ServeHTTP(rec, r)
		codes, ok := spec[r.URL.Path][r.Method]
		if !ok {
			return
		}
		if !slices.Contains(codes, rec.status) {
			t.Errorf("%s %s answered %d, which %s does not document (it has %v)", r.Method, r.URL.Path, rec.status, specPath, codes)
		}
		observed.Store(fmt.Sprintf("%s %s %d", r.Method, r.URL.Path, rec.status), true)
	}))
	// net/http recovers a handler's panic and only logs it: fail on it.
	ts.Config.ErrorLog = log.New(panicLog{t}, "", 0)
	ts.Start()
	t.Cleanup(ts.Close)
	return s, ts
}

// panicLog fails its test on a log line of net/http's about a panic.
type panicLog struct{ t *testing.T }

func (l panicLog) Write(p []byte) (int, error) {
	if bytes.Contains(p, []byte("panic")) {
		l.t.Errorf("server: %.300s", p)
	}
	return len(p), nil
}

// response is what a test reads of an answer.
type response struct {
	status int
	header http.Header
	body   string
}

// do sends a request to ts and reads the whole answer.
func do(t *testing.T, ts *httptest.Server, method, path, ctype, accept, body string) response {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{status: resp.StatusCode, header: resp.Header, body: string(b)}
}

// apiErr decodes an error body, failing the test unless it is exactly
// {"error", "code"} with both set.
func apiErr(t *testing.T, r response) apiError {
	t.Helper()
	if ct := r.header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("error Content-Type %q, want application/json", ct)
	}
	var e apiError
	dec := json.NewDecoder(strings.NewReader(r.body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil || e.Msg == "" || e.Code == "" {
		t.Errorf("error body %q is not {\"error\", \"code\"}: %v", r.body, err)
	}
	return e
}
