package main

import (
	"sync"

	"github.com/newsextract/newsextract/extract"
)

// job is one document on its way from its source to the output.
type job struct {
	seq  int     // position in input order
	src  *source // where it was read, and so where it is written
	name string  // names it in messages: the source, or source:line
	id   string  // the document id
	text string
	dct  string
	size int // the length of text in bytes

	// The outcome: doc, or err when the document could not be read or
	// processed.
	doc *extract.Doc
	err error
}

// process runs pipe over the job's text, unless reading it failed.
func (j *job) process(pipe *extract.Pipeline) {
	j.size = len(j.text)
	if j.err != nil {
		return
	}
	if j.err = extract.CheckText(j.text); j.err == nil {
		j.doc, j.err = pipe.Process(j.id, j.text, j.dct)
	}
	j.text = "" // the document keeps it if it needs it
}

// processOrdered runs work on every job that produce emits with n
// goroutines, and passes the jobs to consume one at a time in the order
// they were emitted. At most 2n jobs are between emit and consume at once:
// emit blocks until one is consumed. When consume fails, emit returns false
// from then on, and processOrdered returns the error once the jobs in
// flight have finished.
func processOrdered(n int, produce func(emit func(*job) bool), work func(*job), consume func(*job) error) error {
	slots := make(chan struct{}, 2*n) // one per job in flight
	done := make(chan struct{})       // closed when consume fails
	jobs := make(chan *job)
	results := make(chan *job, n)

	go func() {
		defer close(jobs)
		seq := 0
		produce(func(j *job) bool {
			select {
			case slots <- struct{}{}:
			case <-done:
				return false
			}
			j.seq = seq
			seq++
			jobs <- j
			return true
		})
	}()
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			for j := range jobs {
				work(j)
				results <- j
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
	for j := range results {
		if err != nil {
			continue // drain, so that the workers finish
		}
		pending[j.seq] = j
		for err == nil && pending[next] != nil {
			j := pending[next]
			delete(pending, next)
			next++
			// The job leaves the flight once consumed, not before: a
			// slot freed ahead of consume would let a 2n+1st job in.
			err = consume(j)
			<-slots
			if err != nil {
				close(done)
			}
		}
	}
	return err
}
