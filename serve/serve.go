// Package serve is the HTTP service of "extract serve": the pipeline loaded
// once and called over HTTP, and a page to paste an article into.
//
// The API is versioned and described by docs/openapi.json:
//
//	POST /v1/extract   text/plain, application/json or application/x-ndjson
//	GET  /healthz      liveness
//	GET  /readyz       whether the pipeline is loaded
//	GET  /metrics      Prometheus text format
//	GET  /             the page (and /page.js, /page.css)
//
// A Server bounds the work it takes: at most Workers documents are
// processed at once, at most Queue more requests wait for a worker (others
// get 503 with Retry-After), a document taking longer than Timeout gets
// 504, and a body larger than MaxBytes gets 413. Every error is a JSON
// object {"error": "...", "code": "..."}. The log names the method, path,
// status, size and duration of each request, never its text.
package serve

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/newsextract/newsextract/extract"
)

// Extractor turns a text into an extracted document. *extract.Pipeline is
// one; it must be safe for concurrent use.
type Extractor interface {
	Process(id, text, dct string) (*extract.Doc, error)
}

// recycler takes back a document once its answer is written, so that the
// next documents reuse its memory; *extract.Pipeline is one.
type recycler interface {
	Recycle(*extract.Doc)
}

// recycle gives doc back to ex when ex takes documents back.
func recycle(ex Extractor, doc *extract.Doc) {
	if rc, ok := ex.(recycler); ok {
		rc.Recycle(doc)
	}
}

// Config sets the limits of a Server. Zero fields take the defaults.
type Config struct {
	// MaxBytes bounds the body of a one-document request and each line of
	// a JSON Lines request (default 1 MiB).
	MaxBytes int64
	// MaxStreamBytes bounds the body of a JSON Lines request (default 64
	// times MaxBytes).
	MaxStreamBytes int64
	// Timeout bounds the time one document waits for a worker and is
	// processed (default 10 s).
	Timeout time.Duration
	// Workers is the number of documents processed at once (default the
	// number of CPUs).
	Workers int
	// Queue is the number of requests that may wait for a worker beyond
	// Workers before requests are refused with 503 (default 64).
	Queue int
	// CORSOrigin, when set, is the one origin (or "*") allowed to call the
	// API from a browser; without it no CORS header is sent.
	CORSOrigin string
	// Logger receives one line per request; nil discards them.
	Logger *slog.Logger
}

// withDefaults returns c with its zero fields set to the defaults.
func (c Config) withDefaults() (Config, error) {
	if c.MaxBytes < 0 || c.MaxStreamBytes < 0 || c.Timeout < 0 || c.Workers < 0 || c.Queue < 0 {
		return c, errors.New("serve: negative limit")
	}
	if c.MaxBytes == 0 {
		c.MaxBytes = 1 << 20
	}
	if c.MaxStreamBytes == 0 {
		c.MaxStreamBytes = 64 * c.MaxBytes
	}
	if c.Timeout == 0 {
		c.Timeout = 10 * time.Second
	}
	if c.Workers == 0 {
		c.Workers = runtime.NumCPU()
	}
	if c.Queue == 0 {
		c.Queue = 64
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c, nil
}

// readTimeout bounds reading a request: its header and a body of at most
// MaxBytes, and each line of a JSON Lines body.
const readTimeout = 30 * time.Second

// Server is the HTTP service. Its methods are safe for concurrent use.
type Server struct {
	cfg     Config
	ex      atomic.Pointer[extractorBox]
	admit   chan struct{} // one token per request admitted to /v1/extract
	workers chan struct{} // one token per document being processed
	metrics *metrics
	routes  []route
}

// extractorBox holds the Extractor, so that it can be swapped atomically.
type extractorBox struct{ Extractor }

// New returns a server with the limits of cfg. It is not ready, and
// /v1/extract answers 503, until SetExtractor is called.
func New(cfg Config) (*Server, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	s := &Server{
		cfg:     cfg,
		admit:   make(chan struct{}, cfg.Workers+cfg.Queue),
		workers: make(chan struct{}, cfg.Workers),
		metrics: newMetrics(),
	}
	s.routes = s.newRoutes()
	return s, nil
}

// SetExtractor makes the server ready, extracting with ex.
func (s *Server) SetExtractor(ex Extractor) { s.ex.Store(&extractorBox{ex}) }

// extractor returns the extractor, or nil before SetExtractor.
func (s *Server) extractor() Extractor {
	if b := s.ex.Load(); b != nil {
		return b.Extractor
	}
	return nil
}

// HTTPServer returns an http.Server for s listening on addr, with every
// timeout set.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       readTimeout,
		// A request may wait and be processed for Timeout after it is read.
		WriteTimeout:   readTimeout + s.cfg.Timeout + 10*time.Second,
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 64 << 10,
		ErrorLog:       slog.NewLogLogger(s.cfg.Logger.Handler(), slog.LevelWarn),
	}
}

// Serve serves HTTP on ln until ctx is done, then stops taking new
// connections and waits up to drain for the requests in flight to finish.
// It returns nil when they all did.
func (s *Server) Serve(ctx context.Context, ln net.Listener, drain time.Duration) error {
	srv := s.HTTPServer(ln.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), drain)
	defer cancel()
	err := srv.Shutdown(sctx)
	if err != nil {
		srv.Close()
		err = fmt.Errorf("serve: requests still running after %v: %w", drain, err)
	}
	<-errc // http.ErrServerClosed
	return err
}
