package extract

import "newsextract/rules"

// dateStage finds DATE expressions and normalises them to ISO values.
type dateStage struct{}

func newDateStage(rs *rules.Set) (*dateStage, error) { return &dateStage{}, nil }

func (s *dateStage) Name() string { return "dates" }

func (s *dateStage) Process(doc *Doc) error { return nil }
