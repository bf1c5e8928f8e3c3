package serve

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the Prometheus metrics of one Server, in a registry of its
// own (never the global default one).
type metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec   // by route, method and status code
	duration *prometheus.HistogramVec // by route
	bytes    prometheus.Counter       // text bytes of the documents processed
	inFlight prometheus.Gauge         // documents being processed
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsextract_http_requests_total",
			Help: "HTTP requests answered, by route, method and status code.",
		}, []string{"route", "method", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "newsextract_http_request_duration_seconds",
			Help:    "Time from reading a request's header to its last byte written, by route.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 15), // 1 ms to 16 s
		}, []string{"route"}),
		bytes: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsextract_processed_bytes_total",
			Help: "Bytes of text of the documents processed.",
		}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "newsextract_documents_in_flight",
			Help: "Documents being processed now.",
		}),
	}
	m.reg.MustRegister(m.requests, m.duration, m.bytes, m.inFlight,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// handler serves the metrics in the Prometheus text format.
func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}
