// Package schematest checks JSON output against the JSON Schema files of
// docs/schema in tests.
package schematest

import (
	"bytes"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Check fails t unless data is a JSON value valid under the JSON Schema in
// the file schemaPath.
func Check(t testing.TB, schemaPath string, data []byte) {
	t.Helper()
	sch, err := jsonschema.NewCompiler().Compile(schemaPath)
	if err != nil {
		t.Fatalf("compiling %s: %v", schemaPath, err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if err := sch.Validate(v); err != nil {
		t.Fatalf("output does not follow %s: %v\n%s", schemaPath, err, data)
	}
}
