// Package wirestory turns a scraped news page carrying wire-agency copy into
// a clean, structured story.
package wirestory
