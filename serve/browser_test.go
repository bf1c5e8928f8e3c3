package serve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"image/png"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/browsertest"
	"github.com/newsextract/newsextract/internal/golden"
)

// screenshotPath is where -update saves the browser test's screenshot.
const screenshotPath = "../docs/serve.png"

// TestPageInBrowser opens the page in headless Chromium, pastes the seed
// article into the text area, clicks Extract, and checks that the DOM then
// holds one mark per entity and one people-table row per person, as the
// pipeline finds them. With -update it saves a screenshot to
// docs/serve.png. Chromium is driven through the DevTools protocol over a
// pipe (--remote-debugging-pipe), so no driver program is needed.
func TestPageInBrowser(t *testing.T) {
	browser := browsertest.Require(t)
	p := pipeline(t)
	text := seed(t)
	const id, dct = "pasted article", "2023-12-19"
	doc, err := p.Process(id, text, dct)
	if err != nil {
		t.Fatal(err)
	}
	_, ts := newTestServer(t, Config{}, p)

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c := startBrowser(t, ctx, browser)
	c.call("Emulation.setDeviceMetricsOverride", map[string]any{"width": 1400, "height": 1000, "deviceScaleFactor": 1, "mobile": false})
	c.call("Page.enable", nil)
	c.call("Page.navigate", map[string]any{"url": ts.URL + "/"})
	c.waitEvent("Page.loadEventFired")

	c.eval(`document.getElementById("text").focus()`)
	c.call("Input.insertText", map[string]any{"text": text}) // as a paste does
	c.eval(`document.getElementById("dct").value = "` + dct + `"`)
	var box struct{ X, Y float64 }
	c.evalInto(&box, `(() => { const r = document.getElementById("extract").getBoundingClientRect();
		return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()`)
	for _, typ := range []string{"mousePressed", "mouseReleased"} {
		c.call("Input.dispatchMouseEvent", map[string]any{"type": typ, "x": box.X, "y": box.Y, "button": "left", "clickCount": 1})
	}

	var page struct {
		Pasted int
		Status string
		Marks  int
		People []string
		Legend []string
	}
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		c.evalInto(&page, `({
			pasted: document.getElementById("text").value.length,
			status: document.getElementById("status").textContent,
			marks: document.querySelectorAll("#result mark").length,
			people: [...document.querySelectorAll("#result aside table tr[id^=person] td:first-child")].map(td => td.textContent),
			legend: [...document.querySelectorAll("#result .legend li")].map(li => li.textContent),
		})`)
		if page.Marks > 0 || strings.HasPrefix(page.Status, "Error") || time.Now().After(deadline) {
			break
		}
	}
	if page.Pasted != len([]rune(text)) {
		t.Errorf("the text area holds %d characters, want the %d pasted", page.Pasted, len([]rune(text)))
	}
	if page.Marks != len(doc.Entities) {
		t.Errorf("%d marks in the DOM, want one per entity: %d (status %q)", page.Marks, len(doc.Entities), page.Status)
	}
	var names []string
	for _, person := range doc.People {
		names = append(names, person.Name)
	}
	if strings.Join(page.People, "|") != strings.Join(names, "|") || len(names) == 0 {
		t.Errorf("people table %q, want %q", page.People, names)
	}
	if len(page.Legend) == 0 || !strings.HasPrefix(page.Legend[0], "PERSON") {
		t.Errorf("legend %q", page.Legend)
	}
	if want := fmt.Sprintf("%d entities", len(doc.Entities)); page.Status != want {
		t.Errorf("status %q, want %q", page.Status, want)
	}

	var shot struct{ Data string }
	c.callInto(&shot, "Page.captureScreenshot", map[string]any{"format": "png",
		"captureBeyondViewport": true, "clip": map[string]any{"x": 0, "y": 0, "width": 1400, "height": 1300, "scale": 1}})
	b, err := base64.StdEncoding.DecodeString(shot.Data)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if r := img.Bounds(); r.Dx() != 1400 || r.Dy() != 1300 {
		t.Errorf("screenshot is %dx%d, want 1400x1300", r.Dx(), r.Dy())
	}
	if browsertest.OneColour(img) {
		t.Error("screenshot is a single colour")
	}
	if golden.Update() {
		if err := os.WriteFile(screenshotPath, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// devtools is a connection to one page of a browser over the DevTools
// protocol: NUL-terminated JSON messages on a pipe.
type devtools struct {
	t       *testing.T
	w       io.Writer
	r       *bufio.Reader
	session string
	lastID  int
	events  []string // the methods of the events read while waiting for answers
}

// message is a DevTools message: an answer (ID set) or an event.
type message struct {
	ID        int             `json:"id"`
	Method    string          `json:"method"`
	SessionID string          `json:"sessionId"`
	Result    json.RawMessage `json:"result"`
	Error     *struct {
		Message string `json:"message"`
	} `json:"error"`
}

// startBrowser starts browser headless and offline with a fresh profile,
// opens a blank page and returns a connection to it. The browser is killed
// when ctx is done or the test ends.
func startBrowser(t *testing.T, ctx context.Context, browser string) *devtools {
	t.Helper()
	toBrowser, toBrowserW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	fromBrowser, fromBrowserW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, browser, append(browsertest.Flags(t.TempDir()), "--remote-debugging-pipe", "about:blank")...)
	cmd.ExtraFiles = []*os.File{toBrowser, fromBrowserW} // fds 3 and 4
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	toBrowser.Close()
	fromBrowserW.Close()
	t.Cleanup(func() {
		toBrowserW.Close() // the browser exits when its pipe closes
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-done
		}
		fromBrowser.Close()
		if t.Failed() {
			t.Logf("browser's standard error:\n%s", stderr.Bytes())
		}
	})
	c := &devtools{t: t, w: toBrowserW, r: bufio.NewReader(fromBrowser)}
	var target struct{ TargetID string }
	c.callInto(&target, "Target.createTarget", map[string]any{"url": "about:blank"})
	var attached struct{ SessionID string }
	c.callInto(&attached, "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true})
	c.session = attached.SessionID
	return c
}

// call sends a command to the page (to the browser before the page is
// attached) and returns its result.
func (c *devtools) call(method string, params any) json.RawMessage {
	c.t.Helper()
	c.lastID++
	msg := map[string]any{"id": c.lastID, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if c.session != "" {
		msg["sessionId"] = c.session
	}
	b, err := json.Marshal(msg)
	if err != nil {
		c.t.Fatal(err)
	}
	if _, err := c.w.Write(append(b, 0)); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
	for {
		m := c.read()
		if m.ID != c.lastID {
			continue
		}
		if m.Error != nil {
			c.t.Fatalf("%s: %s", method, m.Error.Message)
		}
		return m.Result
	}
}

// callInto calls method and decodes its result into v.
func (c *devtools) callInto(v any, method string, params any) {
	c.t.Helper()
	if err := json.Unmarshal(c.call(method, params), v); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// eval evaluates a JavaScript expression in the page.
func (c *devtools) eval(expr string) json.RawMessage {
	c.t.Helper()
	var res struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	c.callInto(&res, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true})
	if res.ExceptionDetails != nil {
		c.t.Fatalf("%s: %s", expr, res.ExceptionDetails.Text)
	}
	return res.Result.Value
}

// evalInto evaluates a JavaScript expression and decodes its value into v.
func (c *devtools) evalInto(v any, expr string) {
	c.t.Helper()
	if err := json.Unmarshal(c.eval(expr), v); err != nil {
		c.t.Fatalf("%s: %v", expr, err)
	}
}

// waitEvent waits for an event of the page, which may have come already.
func (c *devtools) waitEvent(method string) {
	c.t.Helper()
	for {
		for i, e := range c.events {
			if e == method {
				c.events = append(c.events[:i], c.events[i+1:]...)
				return
			}
		}
		c.read()
	}
}

// read reads the next message, remembering it if it is an event.
func (c *devtools) read() message {
	c.t.Helper()
	b, err := c.r.ReadBytes(0)
	if err != nil {
		c.t.Fatalf("reading from the browser: %v", err)
	}
	var m message
	if err := json.Unmarshal(bytes.TrimSuffix(b, []byte{0}), &m); err != nil {
		c.t.Fatalf("message from the browser: %v", err)
	}
	if m.Method != "" {
		c.events = append(c.events, m.Method)
	}
	return m
}
