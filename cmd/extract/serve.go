package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/cli"
	"github.com/newsextract/newsextract/serve"
)

var serveCmd = &cli.Command{
	Name:  "serve",
	Short: "serve the extractor over HTTP, with a page to paste an article into",
	Long: `Serve loads the rules once and answers HTTP requests until SIGINT or
SIGTERM, then finishes the requests in flight (up to --drain) and exits 0.
It listens on loopback only unless --addr names another interface.

	POST /v1/extract   a text/plain body (query id and dct), or
	                   application/json {"id", "text", "dct"}: the document
	                   record of 'extract run --format json' (the page of
	                   --format html with Accept: text/html); or
	                   application/x-ndjson, one such object a line: a JSON
	                   Lines stream of one record or error record a line
	GET  /             a page to paste an article into and see it marked up
	GET  /healthz      liveness; GET /readyz: the rules are loaded
	GET  /metrics      Prometheus metrics

docs/openapi.json describes the API. Errors are JSON {"error", "code"}:
413 for a body over --max-bytes, 400 for invalid UTF-8 or a NUL byte (with
its byte offset), 415 for another content type, 503 with Retry-After when
--workers documents are in progress and --queue more requests wait, 504 when
a document takes longer than --timeout. The log on standard error names the
method, path, status, size and duration of each request, never its text.`,
	Setup: setupServe,
}

// serveOptions are the validated flags of the serve command.
type serveOptions struct {
	addr   string
	drain  time.Duration
	config extract.Config
	server serve.Config
}

// setupServe defines the flags of the serve command.
func setupServe(fs *flag.FlagSet) func(*cli.Env, []string) error {
	o := &serveOptions{}
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "listen on `HOST:PORT`; :8080 listens on every interface")
	rules := fs.String("rules", "", "folder `DIR` of rule files layered over the built-in ones")
	ner := fs.String("ner", "none", "statistical named-entity recogniser: none or prose")
	fs.Int64Var(&o.server.MaxBytes, "max-bytes", 1<<20, "largest document, and JSON Lines line, in `bytes`")
	fs.Int64Var(&o.server.MaxStreamBytes, "max-stream-bytes", 64<<20, "largest JSON Lines body in `bytes`")
	fs.DurationVar(&o.server.Timeout, "timeout", 10*time.Second, "answer 504 when a document waits and runs longer than `D`")
	fs.IntVar(&o.server.Workers, "workers", 0, "process `N` documents at once (default the number of CPUs)")
	fs.IntVar(&o.server.Queue, "queue", 64, "let `N` more requests wait for a worker, then answer 503")
	fs.StringVar(&o.server.CORSOrigin, "cors", "", "allow browser calls from `ORIGIN` (or *); no CORS header without it")
	fs.DurationVar(&o.drain, "drain", 30*time.Second, "on SIGINT or SIGTERM, wait up to `D` for the requests in flight")
	return func(e *cli.Env, args []string) error {
		usage := func(err error) error { return &usageError{cmd: "serve", err: err} }
		if len(args) > 0 {
			return usage(fmt.Errorf("unexpected argument %q", args[0]))
		}
		if o.server.MaxBytes <= 0 || o.server.MaxStreamBytes <= 0 || o.server.Timeout <= 0 || o.server.Workers < 0 || o.server.Queue < 0 || o.drain <= 0 {
			return usage(errors.New("--max-bytes, --max-stream-bytes, --timeout and --drain must be positive, --workers and --queue not negative"))
		}
		if err := o.config.SetNER(*ner); err != nil {
			return usage(fmt.Errorf("--ner: %w", err))
		}
		var err error
		if o.config.Rules, err = rulesFS(*rules); err != nil {
			return usage(err)
		}
		o.server.Logger = slog.New(slog.NewTextHandler(e.Stderr, nil))
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		return runServe(ctx, o)
	}
}

// rulesFS returns the folder of rule files dir, or nil when dir is "".
func rulesFS(dir string) (fs.FS, error) {
	if dir == "" {
		return nil, nil
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("--rules: %w", err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("--rules %s: not a folder", dir)
	}
	return os.DirFS(dir), nil
}

// runServe listens on o.addr, loads the pipeline while it already answers
// /healthz, and serves until ctx is done.
func runServe(ctx context.Context, o *serveOptions) error {
	s, err := serve.New(o.server)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return err
	}
	log := o.server.Logger
	log.Info("listening", "url", "http://"+ln.Addr().String()+"/")
	if host, _, _ := net.SplitHostPort(o.addr); host == "" || !isLoopback(host) {
		log.Warn("listening beyond loopback: anyone who reaches this port can use the service", "addr", o.addr)
	}

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	go func() {
		start := time.Now()
		p, err := extract.New(o.config)
		if err != nil {
			cancel(fmt.Errorf("loading the rules: %w", err))
			return
		}
		s.SetExtractor(p)
		log.Info("ready", "load", time.Since(start).Round(time.Millisecond))
	}()
	err = s.Serve(ctx, ln, o.drain)
	if cause := context.Cause(ctx); cause != nil && !errors.Is(cause, context.Canceled) {
		return cause
	}
	if err == nil {
		log.Info("stopped")
	}
	return err
}

// isLoopback reports whether host names the loopback interface.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
