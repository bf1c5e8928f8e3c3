//go:build !unix

package extract

import "time"

// processCPU returns 0 where the process's CPU time is not available.
func processCPU() time.Duration { return 0 }
