package serve

import (
	"embed"
	"net/http"
)

// assets are the page and its script and style sheet: everything the page
// loads, so that it works without any other server.
//
//go:embed assets
var assets embed.FS

// pagePolicy is the Content-Security-Policy of the page: its own script and
// style sheet, the inline style sheet of the rendered result, and requests
// to this server only.
const pagePolicy = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// servePage serves the page at /.
func servePage(w http.ResponseWriter, r *http.Request) {
	serveAsset("index.html", "text/html; charset=utf-8")(w, r)
}

// serveAsset returns a handler that serves the embedded asset name with
// the content type ctype.
func serveAsset(name, ctype string) http.HandlerFunc {
	b, err := assets.ReadFile("assets/" + name)
	if err != nil {
		panic("serve: missing embedded asset " + name) // a build mistake, caught by every test
	}
	return func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", ctype)
		h.Set("Content-Security-Policy", pagePolicy)
		h.Set("Cache-Control", "no-cache")
		w.Write(b)
	}
}
