package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/newsextract/newsextract/extract"
)

// processor processes one document; *extract.Pipeline is one.
type processor interface {
	ProcessContext(ctx context.Context, id, text, dct string) (*extract.Doc, error)
}

// recycler takes back a document once its output is written, so that the
// next documents reuse its memory; *extract.Pipeline is one.
type recycler interface {
	Recycle(*extract.Doc)
}

// job is one document on its way from its source to the output.
type job struct {
	seq  int     // position in input order
	src  *source // where it was read
	name string  // names it in messages: the source, or source:line
	id   string  // the document id
	out  string  // its output file with -out, relative to the folder and without extension; "" for none
	text string
	dct  string
	size int // the length of text in bytes

	// The outcome: doc, or err when the document could not be read,
	// processed or written.
	doc *extract.Doc
	err error
}

// errInterrupted is the error of a document dropped because the run was
// interrupted.
var errInterrupted = errors.New("interrupted")

// process runs p over the job's text, unless reading it failed. A document
// that takes longer than timeout (when not 0) fails; p goes on in the
// background until its next check of the context, but the job is done. So
// is a document in progress when ctx is cancelled: its error is then
// errInterrupted.
func (j *job) process(ctx context.Context, p processor, timeout time.Duration) {
	j.size = len(j.text)
	text := j.text
	j.text = "" // the document keeps it if it needs it
	if j.err != nil {
		return
	}
	if j.err = extract.CheckText(text); j.err != nil {
		return
	}
	var cancel context.CancelFunc
	if timeout > 0 {
		ctx, cancel = context.WithTimeout(ctx, timeout)
	} else {
		ctx, cancel = context.WithCancel(ctx)
	}
	defer cancel()
	type result struct {
		doc *extract.Doc
		err error
	}
	done := make(chan result, 1) // never blocks a processor given up on
	go func() {
		doc, err := p.ProcessContext(ctx, j.id, text, j.dct)
		done <- result{doc, err}
	}()
	select {
	case r := <-done:
		if j.doc, j.err = r.doc, r.err; j.err == nil {
			return
		}
	case <-ctx.Done():
	}
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		j.doc, j.err = nil, fmt.Errorf("over the time budget of %v (-doc-timeout)", timeout)
	case ctx.Err() != nil:
		j.doc, j.err = nil, errInterrupted
	}
}

// processOrdered runs work on every job that produce emits with n
// goroutines, and passes the jobs to consume one at a time in the order
// they were emitted. At most 2n jobs are between emit and consume at once:
// emit blocks until one is consumed. When consume fails, or ctx is
// cancelled, emit returns false from then on, and processOrdered returns
// once the workers have finished: consume's error, or nil. Once a job fails
// with errInterrupted, no later job is consumed, so that an interrupted
// output is a prefix of the whole one.
func processOrdered(ctx context.Context, n int, produce func(emit func(*job) bool), work func(*job), consume func(*job) error) error {
	slots := make(chan struct{}, 2*n) // one per job in flight
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan *job)
	results := make(chan *job, n)

	go func() {
		defer close(jobs)
		seq := 0
		produce(func(j *job) bool {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			j.seq = seq
			seq++
			select {
			case jobs <- j:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			for {
				// A producer blocked reading standard input does not hold
				// up an interrupted run.
				select {
				case j, ok := <-jobs:
					if !ok {
						return
					}
					work(j)
					results <- j
				case <-ctx.Done():
					return
				}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// Reorder: hold each finished job until every earlier one is consumed.
	pending := make(map[int]*job, 2*n)
	next := 0
	var err error
	stopped := false
	for j := range results {
		if stopped {
			continue // drain, so that the workers finish
		}
		pending[j.seq] = j
		for !stopped && pending[next] != nil {
			j := pending[next]
			delete(pending, next)
			next++
			if errors.Is(j.err, errInterrupted) {
				stopped = true // the output ends before the first dropped job
			} else if err = consume(j); err != nil {
				stopped = true
			}
			<-slots // only now is the job out of flight
			if stopped {
				cancel()
			}
		}
	}
	return err
}
