package serve

import (
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/render"
)

// TestOpenAPIRoutes checks that docs/openapi.json documents exactly the
// routes the server answers. (TestMain checks that every documented status
// is answered by some test, and newTestServer that no route answers an
// undocumented one.)
func TestOpenAPIRoutes(t *testing.T) {
	spec, err := loadSpec()
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	var documented, served []string
	for path, ops := range spec {
		for method := range ops {
			documented = append(documented, method+" "+path)
		}
	}
	for _, rt := range s.routes {
		served = append(served, rt.method+" "+rt.path)
	}
	slices.Sort(documented)
	slices.Sort(served)
	if !slices.Equal(documented, served) {
		t.Errorf("%s documents\n\t%s\nbut the server answers\n\t%s", specPath,
			strings.Join(documented, "\n\t"), strings.Join(served, "\n\t"))
	}
}

// TestOpenAPISchemas checks that the schemas of docs/openapi.json name
// exactly the JSON fields of the types the server reads and writes.
func TestOpenAPISchemas(t *testing.T) {
	b, err := os.ReadFile(specPath)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Components struct {
			Schemas map[string]struct {
				Properties map[string]json.RawMessage `json:"properties"`
			} `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]any{
		"Request":     request{},
		"Document":    render.Record{},
		"Entity":      render.Entity{},
		"Relation":    render.Relation{},
		"Person":      extract.PersonRecord{},
		"Error":       apiError{},
		"StreamError": streamError{},
	} {
		schema, ok := doc.Components.Schemas[name]
		if !ok {
			t.Errorf("%s has no schema %s", specPath, name)
			continue
		}
		var documented []string
		for p := range schema.Properties {
			documented = append(documented, p)
		}
		slices.Sort(documented)
		if fields := jsonFields(reflect.TypeOf(v)); !slices.Equal(documented, fields) {
			t.Errorf("%s: schema %s has properties %v, but %T encodes %v", specPath, name, documented, v, fields)
		}
	}
}

// jsonFields returns the sorted JSON names of the fields of struct type t
// that encoding/json writes.
func jsonFields(t reflect.Type) []string {
	var names []string
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-" || !f.IsExported():
			continue
		case name == "":
			name = f.Name
		}
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}
