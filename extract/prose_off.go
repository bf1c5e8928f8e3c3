//go:build !prose

package extract

import "errors"

// proseLinked is whether this build has prose's recogniser: not without
// -tags prose, which keeps prose and its 5.8 MB model out of the binary.
const proseLinked = false

// errNoProse says how to get prose's recogniser.
var errNoProse = errors.New("this binary was built without prose's recogniser; build it with -tags prose")

func newProseStage(*lexicon) (Stage, error) { return nil, errNoProse }
