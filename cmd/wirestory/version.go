package main

import (
	"runtime"
	"runtime/debug"
)

// versionLine returns what -version prints: the module's version ("v1.2.0"
// when installed with go install ...@v1.2.0, "(devel)" when built from a
// checkout), the commit it was built from when known, with "+dirty" for
// uncommitted changes, and the Go version and platform.
func versionLine() string {
	v := "(devel)"
	rev, dirty := "", false
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	line := "wirestory " + v
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		line += " (commit " + rev
		if dirty {
			line += "+dirty"
		}
		line += ")"
	}
	return line + " " + runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH
}
