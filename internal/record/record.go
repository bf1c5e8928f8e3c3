// Package record decodes the JSON Lines input of extract, one document a
// line: {"id": "...", "text": "...", "dct": "YYYY-MM-DD"}. The extract
// command and the Beam pipeline (module beam/) share it, so that both accept
// and reject the same lines.
package record

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// BOM is the UTF-8 byte order mark, skipped at the start of a JSON Lines
// input.
const BOM = "\uFEFF"

// Record is one line of a JSON Lines input.
type Record struct {
	ID   string  `json:"id"`
	Text *string `json:"text"`
	DCT  string  `json:"dct"`
}

// Parse decodes one line of JSON Lines input and reports why it is not a
// valid record: not JSON, no text, or a dct that is not a date.
func Parse(line []byte) (*Record, error) {
	var rec Record
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, fmt.Errorf("invalid JSON: %v", err)
	}
	if rec.Text == nil {
		return nil, errors.New(`no "text"`)
	}
	if rec.DCT != "" {
		if err := CheckDate(rec.DCT); err != nil {
			return nil, fmt.Errorf("dct: %v", err)
		}
	}
	return &rec, nil
}

// CheckDate reports why s is not a date YYYY-MM-DD.
func CheckDate(s string) error {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("%q is not a date YYYY-MM-DD", s)
	}
	return nil
}
