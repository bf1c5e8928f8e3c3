package serve

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// Error codes of the JSON error bodies and stream error records.
const (
	codeTooLarge         = "too_large"
	codeInvalidUTF8      = "invalid_utf8"
	codeBinary           = "binary"
	codeUnsupportedMedia = "unsupported_media_type"
	codeBadRequest       = "bad_request"
	codeBusy             = "busy"
	codeTimeout          = "timeout"
	codeNotReady         = "not_ready"
	codeNotFound         = "not_found"
	codeMethod           = "method_not_allowed"
	codeInternal         = "internal"
)

// apiError is an error answered with a status and a JSON body.
type apiError struct {
	Status int    `json:"-"`
	Msg    string `json:"error"`
	Code   string `json:"code"`
}

func (e *apiError) Error() string { return e.Msg }

// errorf returns an apiError.
func errorf(status int, code, msg string) *apiError {
	return &apiError{Status: status, Code: code, Msg: msg}
}

// writeError answers the request with e as JSON.
func writeError(w http.ResponseWriter, e *apiError) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Del("Content-Length")
	if e.Status == http.StatusServiceUnavailable {
		h.Set("Retry-After", strconv.Itoa(1))
	}
	w.WriteHeader(e.Status)
	b, _ := json.Marshal(e) // two strings cannot fail to encode
	w.Write(append(b, '\n'))
}
