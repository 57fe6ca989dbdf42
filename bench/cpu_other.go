//go:build !unix

package main

import "time"

// processCPU reports that the CPU time is not known on this system.
func processCPU() (time.Duration, bool) { return 0, false }
