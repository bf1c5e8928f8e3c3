package serve_test

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/serve"
)

// A Server is an http.Handler; SetExtractor makes it ready. (Serve runs it
// on a listener with graceful shutdown; HTTPServer gives an http.Server
// with every timeout set.)
func Example() {
	s, err := serve.New(serve.Config{Workers: 2})
	if err != nil {
		log.Fatal(err)
	}
	p, err := extract.New(extract.Config{})
	if err != nil {
		log.Fatal(err)
	}
	s.SetExtractor(p)

	req := httptest.NewRequest(http.MethodPost, "/v1/extract?id=a&dct=2024-03-01",
		strings.NewReader("General Smith visited Kyiv on Monday."))
	req.Header.Set("Content-Type", "text/plain")
	w := httptest.NewRecorder()
	s.ServeHTTP(w, req)

	var doc struct {
		Entities []struct{ Label, Text, Value string }
	}
	if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil {
		log.Fatal(err)
	}
	fmt.Println(w.Code)
	for _, e := range doc.Entities {
		fmt.Println(strings.TrimSpace(e.Label + " " + e.Text + " " + e.Value))
	}
	// Output:
	// 200
	// RANK General General
	// PERSON Smith
	// GPE Kyiv
	// DATE Monday 2024-02-26
}
