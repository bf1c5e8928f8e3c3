package serve

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// route is one path and method the server answers.
type route struct {
	method, path string
	handler      http.HandlerFunc
}

// newRoutes returns every route of the server; docs/openapi.json documents
// exactly these.
func (s *Server) newRoutes() []route {
	return []route{
		{http.MethodPost, "/v1/extract", s.handleExtract},
		{http.MethodOptions, "/v1/extract", s.handleOptions},
		{http.MethodGet, "/healthz", s.handleHealth},
		{http.MethodGet, "/readyz", s.handleReady},
		{http.MethodGet, "/metrics", s.metrics.handler().ServeHTTP},
		{http.MethodGet, "/", servePage},
		{http.MethodGet, "/page.js", serveAsset("page.js", "text/javascript; charset=utf-8")},
		{http.MethodGet, "/page.css", serveAsset("page.css", "text/css; charset=utf-8")},
	}
}

// ServeHTTP dispatches the request to its route, and logs and counts it.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &recorder{ResponseWriter: w, status: http.StatusOK}
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	if s.cfg.CORSOrigin != "" && r.Header.Get("Origin") != "" &&
		(s.cfg.CORSOrigin == "*" || r.Header.Get("Origin") == s.cfg.CORSOrigin) {
		h.Set("Access-Control-Allow-Origin", s.cfg.CORSOrigin)
		h.Add("Vary", "Origin")
	}
	r.Body = http.MaxBytesReader(rec, r.Body, s.cfg.MaxStreamBytes)

	name := "other" // the route label of the metrics: never the raw path
	var allowed []string
	var handler http.HandlerFunc
	for _, rt := range s.routes {
		if rt.path != r.URL.Path {
			continue
		}
		name = rt.path
		allowed = append(allowed, rt.method)
		if rt.method == r.Method {
			handler = rt.handler
		}
	}
	switch {
	case handler != nil:
		handler(rec, r)
	case allowed != nil:
		h.Set("Allow", strings.Join(allowed, ", "))
		writeError(rec, errorf(http.StatusMethodNotAllowed, codeMethod, r.Method+" not allowed; allowed: "+strings.Join(allowed, ", ")))
	default:
		writeError(rec, errorf(http.StatusNotFound, codeNotFound, "no such path"))
	}

	d := time.Since(start)
	s.metrics.requests.WithLabelValues(name, r.Method, strconv.Itoa(rec.status)).Inc()
	s.metrics.duration.WithLabelValues(name).Observe(d.Seconds())
	// The path and never the query or body: they hold the request's text
	// and ids.
	s.cfg.Logger.Info("request", "method", r.Method, "path", name, "status", rec.status,
		"bytes", rec.bytes, "duration", d.Round(time.Microsecond))
}

// recorder remembers the status and size of a response.
type recorder struct {
	http.ResponseWriter
	status      int
	bytes       int64
	wroteHeader bool
}

func (r *recorder) WriteHeader(status int) {
	if !r.wroteHeader {
		r.status, r.wroteHeader = status, true
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wroteHeader = true
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// handleOptions answers a preflight or an OPTIONS request with the methods
// of /v1/extract; the CORS headers are set only with Config.CORSOrigin.
func (s *Server) handleOptions(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Allow", "OPTIONS, POST")
	if h.Get("Access-Control-Allow-Origin") != "" {
		h.Set("Access-Control-Allow-Methods", "POST")
		h.Set("Access-Control-Allow-Headers", "Content-Type, Accept")
		h.Set("Access-Control-Max-Age", "600")
	}
	w.WriteHeader(http.StatusNoContent)
}

// handleHealth answers that the process is alive.
func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	writeStatus(w, http.StatusOK, "ok")
}

// handleReady answers whether the pipeline is loaded.
func (s *Server) handleReady(w http.ResponseWriter, r *http.Request) {
	if s.extractor() == nil {
		writeError(w, errorf(http.StatusServiceUnavailable, codeNotReady, "the rules are not loaded yet"))
		return
	}
	writeStatus(w, http.StatusOK, "ready")
}

// writeStatus writes {"status": status}.
func writeStatus(w http.ResponseWriter, code int, status string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write([]byte(`{"status":"` + status + `"}` + "\n"))
}
