//go:build !unix

package wirestory

import "time"

var processStart = time.Now()

// cpuTime returns the time since the tests started: where the processor
// time of the process is not at hand, the time on the clock stands for it.
func cpuTime() time.Duration { return time.Since(processStart) }
