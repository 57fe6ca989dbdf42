//go:build unix

package wirestory

import (
	"syscall"
	"time"
)

// cpuTime returns the processor time the process has used, user and
// system: unlike the time on the clock, it does not grow while other
// processes hold the processor.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
