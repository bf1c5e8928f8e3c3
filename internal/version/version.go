// Package version tells which version of newsextract the running binary
// is, from the build information the go command records in every binary.
package version

import (
	"runtime/debug"
)

// String returns the version of the running binary: the module version
// ("v1.2.0") when it was installed with go install MODULE@VERSION, the
// pseudo-version the go command derives from the checkout when it was
// built from one, or "devel" (with the VCS revision when known) otherwise.
func String() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	return fromBuildInfo(bi)
}

// fromBuildInfo returns the version bi describes.
func fromBuildInfo(bi *debug.BuildInfo) string {
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev == "" {
		return "devel"
	}
	v := "devel+" + rev[:min(len(rev), 12)]
	if modified == "true" {
		v += "-dirty"
	}
	return v
}
