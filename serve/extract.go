package serve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/render"
)

// Media types of /v1/extract.
const (
	mediaText  = "text/plain"
	mediaJSON  = "application/json"
	mediaJSONL = "application/x-ndjson"
	mediaHTML  = "text/html"
)

// request is one document to extract.
type request struct {
	ID   string  `json:"id"`
	Text *string `json:"text"`
	DCT  string  `json:"dct"`
}

// defaultID is the id of a one-document request sent without one; the
// records of a JSON Lines request are named line-N.
const defaultID = "document"

// handleExtract serves POST /v1/extract.
func (s *Server) handleExtract(w http.ResponseWriter, r *http.Request) {
	ex := s.extractor()
	if ex == nil {
		writeError(w, errorf(http.StatusServiceUnavailable, codeNotReady, "the rules are not loaded yet"))
		return
	}
	media, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err == nil && params["charset"] != "" && !strings.EqualFold(params["charset"], "utf-8") {
		err = fmt.Errorf("charset %s", params["charset"])
	}
	if err != nil || (media != mediaText && media != mediaJSON && media != mediaJSONL) {
		writeError(w, errorf(http.StatusUnsupportedMediaType, codeUnsupportedMedia,
			"Content-Type must be text/plain, application/json or application/x-ndjson, in UTF-8"))
		return
	}
	select {
	case s.admit <- struct{}{}:
		defer func() { <-s.admit }()
	default:
		writeError(w, errorf(http.StatusServiceUnavailable, codeBusy, "too many requests in progress; retry later"))
		return
	}
	if media == mediaJSONL {
		s.stream(w, r, ex)
		return
	}
	if err := s.single(w, r, ex, media); err != nil {
		writeError(w, err)
	}
}

// single extracts the one document of a text/plain or application/json
// request and writes it as the json format does, or as the html format
// does when the client prefers text/html.
func (s *Server) single(w http.ResponseWriter, r *http.Request, ex Extractor, media string) *apiError {
	var body bytes.Buffer
	if _, err := body.ReadFrom(http.MaxBytesReader(w, r.Body, s.cfg.MaxBytes)); err != nil {
		return readError(err)
	}
	req, aerr := parseRequest(media, r.URL.Query(), body.Bytes())
	if aerr != nil {
		return aerr
	}
	if req.ID == "" {
		req.ID = defaultID
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	doc, err := s.process(ctx, ex, req)
	if err != nil {
		return processError(err, s.cfg.Timeout)
	}
	format, ctype := "json", mediaJSON
	if prefersHTML(r.Header.Get("Accept")) {
		format, ctype = "html", mediaHTML+"; charset=utf-8"
	}
	var out bytes.Buffer
	err = encode(&out, format, doc)
	recycle(ex, doc) // the answer holds nothing of it
	if err != nil {
		return errorf(http.StatusInternalServerError, codeInternal, err.Error())
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Length", strconv.Itoa(out.Len()))
	out.WriteTo(w)
	return nil
}

// readError is the answer to a failure to read a body.
func readError(err error) *apiError {
	if mb, ok := errors.AsType[*http.MaxBytesError](err); ok {
		return errorf(http.StatusRequestEntityTooLarge, codeTooLarge, fmt.Sprintf("body larger than %d bytes", mb.Limit))
	}
	return errorf(http.StatusBadRequest, codeBadRequest, "reading the body: "+err.Error())
}

// parseRequest reads the document of a text/plain body (id and dct in the
// query) or an application/json one.
func parseRequest(media string, query url.Values, body []byte) (*request, *apiError) {
	if err := checkText("body", string(body)); err != nil {
		return nil, err
	}
	var req request
	if media == mediaText {
		text := string(body)
		req = request{ID: query.Get("id"), Text: &text, DCT: query.Get("dct")}
	} else {
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			return nil, errorf(http.StatusBadRequest, codeBadRequest, "invalid JSON: "+err.Error())
		}
		if dec.More() {
			return nil, errorf(http.StatusBadRequest, codeBadRequest, "invalid JSON: more than one value; send JSON Lines as application/x-ndjson")
		}
		if req.Text == nil {
			return nil, errorf(http.StatusBadRequest, codeBadRequest, `no "text"`)
		}
		if err := checkText("text", *req.Text); err != nil {
			return nil, err
		}
	}
	if req.DCT != "" {
		if _, err := time.Parse(time.DateOnly, req.DCT); err != nil {
			return nil, errorf(http.StatusBadRequest, codeBadRequest, fmt.Sprintf("dct %q is not a date YYYY-MM-DD", req.DCT))
		}
	}
	return &req, nil
}

// checkText reports invalid UTF-8 or a NUL byte in text, naming the byte
// offset in what.
func checkText(what, text string) *apiError {
	err := extract.CheckText(text)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, extract.ErrBinary):
		return errorf(http.StatusBadRequest, codeBinary, what+": "+err.Error())
	default:
		return errorf(http.StatusBadRequest, codeInvalidUTF8, what+": "+err.Error())
	}
}

// processError is the answer to a failure to process a document.
func processError(err error, timeout time.Duration) *apiError {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return errorf(http.StatusGatewayTimeout, codeTimeout, fmt.Sprintf("not processed within %v", timeout))
	case errors.Is(err, context.Canceled):
		return errorf(http.StatusServiceUnavailable, codeBusy, "request canceled")
	default:
		return errorf(http.StatusInternalServerError, codeInternal, err.Error())
	}
}

// process waits for a worker and runs ex on req, until ctx is done. A
// document whose deadline passes keeps its worker until it is finished, so
// the workers bound the CPU used whatever the clients do.
func (s *Server) process(ctx context.Context, ex Extractor, req *request) (*extract.Doc, error) {
	select {
	case s.workers <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	done := make(chan processed, 1)
	s.metrics.inFlight.Inc()
	go func() {
		res := s.run(ex, req)
		// The gauge and the worker are released before the result is
		// sent: a client that has its answer sees the document done.
		s.metrics.inFlight.Dec()
		<-s.workers
		done <- res
	}()
	select {
	case res := <-done:
		return res.doc, res.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// processed is the outcome of one document's run.
type processed struct {
	doc *extract.Doc
	err error
}

// run runs ex on req, turning a panic into the document's error.
func (s *Server) run(ex Extractor, req *request) (res processed) {
	defer func() {
		if v := recover(); v != nil {
			res = processed{err: fmt.Errorf("%s: panic: %v", req.ID, v)}
		}
	}()
	doc, err := ex.Process(req.ID, *req.Text, req.DCT)
	if err == nil {
		s.metrics.bytes.Add(float64(len(*req.Text)))
	}
	return processed{doc, err}
}

// encode writes doc to w in the named format of package render; json is
// the document's record alone, not an array of one.
func encode(w *bytes.Buffer, format string, doc *extract.Doc) error {
	if format == "json" {
		b, err := render.DocumentJSON(doc)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	}
	f, err := render.ByName(format)
	if err != nil {
		return err
	}
	enc := f.New(w)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	return enc.Close()
}

// prefersHTML reports whether an Accept header ranks text/html above
// application/json; JSON wins ties and an absent header.
func prefersHTML(accept string) bool {
	var html, json float64 = -1, -1
	for part := range strings.SplitSeq(accept, ",") {
		media, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		q := 1.0
		if v, ok := params["q"]; ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				q = f
			}
		}
		switch media {
		case mediaHTML:
			html = max(html, q)
		case mediaJSON:
			json = max(json, q)
		}
	}
	return html > 0 && html > json
}

// streamError is the record of a JSON Lines response that stands for an
// input line that could not be processed.
type streamError struct {
	ID    string `json:"id,omitempty"`
	Line  int    `json:"line"`
	Error string `json:"error"`
	Code  string `json:"code"`
}

// stream extracts each line of a JSON Lines body and writes, in order, one
// record of the jsonl format or one streamError per non-blank line. The
// response is flushed line by line; a bad line never stops it.
func (s *Server) stream(w http.ResponseWriter, r *http.Request, ex Extractor) {
	rc := http.NewResponseController(w)
	rc.EnableFullDuplex() // read the body while writing; not every writer can, and then the body is read first
	// A stream that stops early leaves the body unread. Close it here:
	// when net/http drains it after the handler returns, the drain's end
	// starts a background read of the connection that nothing stops, and
	// the next request's read panics (golang/go#68560).
	defer r.Body.Close()
	w.Header().Set("Content-Type", mediaJSONL)
	w.WriteHeader(http.StatusOK)
	jsonl, _ := render.ByName("jsonl") // a format of the table
	enc := jsonl.New(w)
	br := bufio.NewReaderSize(r.Body, 64<<10)
	writeTimeout := s.cfg.Timeout + 10*time.Second
	for n := 1; ; n++ {
		rc.SetReadDeadline(time.Now().Add(readTimeout))
		line, tooLong, err := readLine(br, s.cfg.MaxBytes)
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			// The line is cut short: say so in its place and stop.
			writeJSONLine(w, &streamError{Line: n, Code: codeTooLarge,
				Error: fmt.Sprintf("stream larger than %d bytes; this line and the ones after it were not read", s.cfg.MaxStreamBytes)})
			return
		}
		if tooLong || len(bytes.TrimSpace(line)) > 0 {
			rc.SetWriteDeadline(time.Now().Add(writeTimeout))
			var werr error
			if doc, serr := s.streamLine(r.Context(), ex, n, line, tooLong); serr != nil {
				werr = writeJSONLine(w, serr)
			} else {
				werr = enc.Encode(doc)
				recycle(ex, doc)
			}
			if werr != nil || rc.Flush() != nil {
				return // the client is gone
			}
		}
		if err != nil {
			return // io.EOF, or the client is gone
		}
	}
}

// streamLine processes line n of a JSON Lines body.
func (s *Server) streamLine(ctx context.Context, ex Extractor, n int, line []byte, tooLong bool) (*extract.Doc, *streamError) {
	fail := func(id string, e *apiError) *streamError {
		return &streamError{ID: id, Line: n, Error: e.Msg, Code: e.Code}
	}
	if tooLong {
		return nil, fail("", errorf(0, codeTooLarge, fmt.Sprintf("line larger than %d bytes", s.cfg.MaxBytes)))
	}
	req, aerr := parseRequest(mediaJSON, nil, line)
	if aerr != nil {
		return nil, fail("", aerr)
	}
	if req.ID == "" {
		req.ID = "line-" + strconv.Itoa(n)
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	doc, err := s.process(ctx, ex, req)
	if err != nil {
		return nil, fail(req.ID, processError(err, s.cfg.Timeout))
	}
	return doc, nil
}

// writeJSONLine writes v as one line of JSON.
func writeJSONLine(w http.ResponseWriter, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// readLine reads the next line of br, its newline included. A line longer
// than max bytes is read to its end and dropped: readLine returns it empty
// with tooLong set. The error is that of the read that ended the line, as
// bufio.Reader.ReadBytes gives it.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(frag)) > max+1 { // +1: the newline
				tooLong, line = true, nil
			} else {
				line = append(line, frag...)
			}
		}
		if err != bufio.ErrBufferFull {
			return line, tooLong, err
		}
	}
}
