// Command beam is an Apache Beam pipeline that reads WARC crawls and
// writes the wire stories in their HTML pages as sharded JSON Lines, the
// same line per page as `wirestory crawl.warc.gz` writes.
//
//	go run ./beam --input 'crawl/*.warc.gz' --output out/stories
//
// It runs on Prism, Beam's runner for one machine, unless --runner names
// another (dataflow, flink, spark, universal). The input is a glob that
// Beam's file systems read: local paths, gs://, s3://. Each .warc.gz is
// read in parts of --split_size bytes, each part from the first gzip member
// that starts in it, so one large file is spread over workers; a plain
// .warc is read by one worker.
//
// Output: files OUTPUT-SSSSS-of-NNNNN.jsonl. Each bundle of work writes
// its lines to a temporary file (OUTPUT.tmp-RANDOM); once every bundle has
// been committed, one step renames the committed files to their final
// names and removes the temporary files of bundles that failed and were
// retried, so a retried bundle never duplicates lines. Counters
// (namespace wirestory): records, pages, stories, not_stories, skipped,
// errors, and parts (of files read); they are printed when the pipeline
// ends.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/wirestory/wirestory/crawl"
)

var (
	input     = flag.String("input", "", "WARC files to read: a glob, local or on a Beam file system (gs://, s3://)")
	output    = flag.String("output", "", "prefix of the output files: PREFIX-SSSSS-of-NNNNN.jsonl")
	splitSize = flag.Int64("split_size", 64<<20, "read .warc.gz files in parts of this many bytes")
	maxRecord = flag.Int64("max_record_size", crawl.DefaultMaxRecordSize, "skip records whose block is longer, in bytes")
	timeout   = flag.Duration("page_timeout", crawl.DefaultTimeout, "time budget for parsing one page")
)

func main() {
	registerFns()
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" {
		fmt.Fprintln(os.Stderr, "usage: beam --input GLOB --output PREFIX [--runner prism|dataflow|flink|spark|universal ...]")
		os.Exit(2)
	}
	p := beam.NewPipeline()
	build(p.Root(), options{Input: *input, Output: *output, SplitSize: *splitSize, MaxRecordSize: *maxRecord, Timeout: *timeout})
	ctx := context.Background()
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "beam: %v\n", err)
		os.Exit(1)
	}
	if res != nil {
		printCounters(os.Stderr, *output, res)
	}
}

// registerFns registers the pipeline's functions and types, as Beam needs
// for workers that decode the pipeline; it runs before beam.Init, which
// turns a worker's process into one.
func registerFns() {
	register.DoFn4x1[context.Context, *sdf.LockRTracker, fileio.ReadableFile, func(string), error](&readFn{})
	register.Emitter1[string]()
	register.DoFn3x1[context.Context, string, func(string), error](&writeTempFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&finalizeFn{})
	register.Iter1[string]()
}

// options are the pipeline's settings.
type options struct {
	Input, Output string
	SplitSize     int64
	MaxRecordSize int64
	Timeout       time.Duration
}

// build adds the pipeline to scope s.
func build(s beam.Scope, o options) {
	files := fileio.MatchFiles(s, o.Input, fileio.MatchEmptyDisallow())
	readable := fileio.ReadMatches(s, files, fileio.ReadUncompressed())
	lines := beam.ParDo(s, &readFn{SplitSize: o.SplitSize, MaxRecordSize: o.MaxRecordSize, Timeout: int64(o.Timeout)}, readable)
	temps := beam.ParDo(s, &writeTempFn{Output: o.Output}, lines)
	beam.ParDo0(s, &finalizeFn{Output: o.Output}, beam.GroupByKey(s, beam.AddFixedKey(s, temps)))
}

// readFn reads the records of a part of a WARC file, parses its pages, and
// emits one JSON line per record, as the command writes it: a story, a
// page or response skipped and why, or an error; requests, metadata and
// other records that are no responses give no line. It is a splittable DoFn over the file's
// byte offsets: a part holds the records whose gzip member starts in it.
type readFn struct {
	SplitSize     int64
	MaxRecordSize int64
	Timeout       int64 // time.Duration

	proc                                                      *crawl.Processor
	records, pages, stories, notStories, skipped, errs, parts beam.Counter
}

func (fn *readFn) Setup() {
	fn.proc = &crawl.Processor{Timeout: time.Duration(fn.Timeout)}
	fn.records = beam.NewCounter("wirestory", "records")
	fn.pages = beam.NewCounter("wirestory", "pages")
	fn.stories = beam.NewCounter("wirestory", "stories")
	fn.notStories = beam.NewCounter("wirestory", "not_stories")
	fn.skipped = beam.NewCounter("wirestory", "skipped")
	fn.errs = beam.NewCounter("wirestory", "errors")
	fn.parts = beam.NewCounter("wirestory", "parts")
}

func (fn *readFn) CreateInitialRestriction(f fileio.ReadableFile) offsetrange.Restriction {
	return offsetrange.Restriction{Start: 0, End: f.Metadata.Size}
}

// SplitRestriction cuts a .warc.gz into parts of SplitSize bytes; a plain
// .warc, whose record starts cannot be told from its content for sure, is
// read whole.
func (fn *readFn) SplitRestriction(f fileio.ReadableFile, rest offsetrange.Restriction) []offsetrange.Restriction {
	if !strings.HasSuffix(f.Metadata.Path, ".gz") || fn.SplitSize <= 0 {
		return []offsetrange.Restriction{rest}
	}
	return rest.SizedSplits(fn.SplitSize)
}

func (fn *readFn) RestrictionSize(_ fileio.ReadableFile, rest offsetrange.Restriction) float64 {
	return rest.Size()
}

func (fn *readFn) CreateTracker(rest offsetrange.Restriction) *sdf.LockRTracker {
	return sdf.NewLockRTracker(offsetrange.NewTracker(rest))
}

func (fn *readFn) ProcessElement(ctx context.Context, rt *sdf.LockRTracker, f fileio.ReadableFile, emit func(string)) error {
	rest := rt.GetRestriction().(offsetrange.Restriction)
	name := f.Metadata.Path
	fn.parts.Inc(ctx, 1)
	r, err := f.Open(ctx)
	if err != nil {
		return err
	}
	defer r.Close()
	if rest.Start > 0 {
		if s, ok := r.(io.Seeker); ok {
			_, err = s.Seek(rest.Start, io.SeekStart)
		} else {
			_, err = io.CopyN(io.Discard, r, rest.Start)
		}
		if err != nil {
			return fmt.Errorf("%s: going to offset %d: %w", name, rest.Start, err)
		}
	}
	rd := crawl.NewReaderAt(r, name, rest.Start, -1)
	rd.MaxRecordSize = fn.MaxRecordSize
	claimed := int64(-1)
	// claim claims the record at offset, and reports whether it is this
	// part's. Records of one gzip member share its offset and its claim.
	claim := func(offset int64) bool {
		if offset == claimed {
			return true
		}
		claimed = offset
		return rt.TryClaim(offset)
	}
	for {
		rec, err := rd.Next()
		if err == io.EOF {
			rt.TryClaim(rest.End) // the rest of the part holds no record
			return nil
		}
		var pg *crawl.Page
		if re, ok := err.(*crawl.RecordError); ok {
			if !claim(re.Offset) {
				return nil
			}
			pg = crawl.BrokenPage(re)
			fn.count(ctx, crawl.BrokenRecord)
			log.Warnf(ctx, "wirestory: %v", re)
		} else if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		} else {
			if !claim(rec.Offset) {
				return nil
			}
			var skip crawl.Skip
			pg, skip = fn.proc.Load(name, rec)
			fn.proc.Parse(ctx, pg)
			o := pg.Outcome()
			fn.count(ctx, o)
			switch {
			case skip == crawl.NotResponse:
				continue // not a page at all: no line
			case o == crawl.PageError:
				log.Warnf(ctx, "wirestory: %s (%s): %v", pg.Input, rec.URI, pg.Err)
			}
		}
		line, err := pg.MarshalLine()
		if err != nil {
			return fmt.Errorf("%s: encoding: %w", pg.Input, err)
		}
		emit(string(line))
	}
}

func (fn *readFn) count(ctx context.Context, o crawl.Outcome) {
	fn.records.Inc(ctx, 1)
	switch o {
	case crawl.Story:
		fn.pages.Inc(ctx, 1)
		fn.stories.Inc(ctx, 1)
	case crawl.NotStory:
		fn.pages.Inc(ctx, 1)
		fn.notStories.Inc(ctx, 1)
	case crawl.PageError:
		fn.pages.Inc(ctx, 1)
		fn.errs.Inc(ctx, 1)
	case crawl.BrokenRecord:
		fn.errs.Inc(ctx, 1)
	case crawl.Skipped:
		fn.skipped.Inc(ctx, 1)
	}
}

// writeTempFn writes the lines of one bundle to a temporary file of its
// own, and emits the file's name when the bundle ends.
type writeTempFn struct {
	Output string

	fs   filesystem.Interface
	w    io.WriteCloser
	name string
}

func (fn *writeTempFn) StartBundle(ctx context.Context, _ func(string)) {
	fn.w, fn.name = nil, ""
}

// ProcessElement emits nothing; its emitter is the one FinishBundle uses.
func (fn *writeTempFn) ProcessElement(ctx context.Context, line string, _ func(string)) error {
	if fn.w == nil {
		var err error
		if fn.fs == nil {
			if fn.fs, err = filesystem.New(ctx, fn.Output); err != nil {
				return err
			}
		}
		var b [12]byte
		rand.Read(b[:])
		fn.name = fn.Output + ".tmp-" + hex.EncodeToString(b[:])
		if fn.w, err = fn.fs.OpenWrite(ctx, fn.name); err != nil {
			return err
		}
	}
	_, err := io.WriteString(fn.w, line)
	return err
}

func (fn *writeTempFn) FinishBundle(ctx context.Context, emit func(string)) error {
	if fn.w == nil {
		return nil
	}
	if err := fn.w.Close(); err != nil {
		return fmt.Errorf("closing %s: %w", fn.name, err)
	}
	emit(fn.name)
	fn.w = nil
	return nil
}

func (fn *writeTempFn) Teardown() {
	if fn.fs != nil {
		fn.fs.Close()
	}
}

// finalizeFn renames the temporary files of the committed bundles to
// OUTPUT-SSSSS-of-NNNNN.jsonl, in the order of their names, and removes
// the temporary files no committed bundle wrote. Run again, as after a
// retry, it gives the same names and finds its renames done.
type finalizeFn struct {
	Output string
}

func (fn *finalizeFn) ProcessElement(ctx context.Context, _ int, temps func(*string) bool) error {
	var names []string
	var t string
	for temps(&t) {
		names = append(names, t)
	}
	slices.Sort(names)
	names = slices.Compact(names)
	fsys, err := filesystem.New(ctx, fn.Output)
	if err != nil {
		return err
	}
	defer fsys.Close()
	for i, src := range names {
		dst := fmt.Sprintf("%s-%05d-of-%05d.jsonl", fn.Output, i, len(names))
		if err := filesystem.Rename(ctx, fsys, src, dst); err != nil {
			if _, serr := fsys.Size(ctx, src); serr == nil {
				return fmt.Errorf("renaming %s: %w", src, err)
			}
			// Renamed by an earlier attempt of this step.
		}
	}
	stray, err := fsys.List(ctx, fn.Output+".tmp-*")
	if err != nil {
		return err
	}
	rm, ok := fsys.(filesystem.Remover)
	for _, name := range stray {
		if !ok {
			log.Warnf(ctx, "wirestory: temporary file %s left: the file system cannot remove it", name)
			continue
		}
		if err := rm.Remove(ctx, name); err != nil {
			log.Warnf(ctx, "wirestory: removing %s: %v", name, err)
		}
	}
	log.Infof(ctx, "wirestory: wrote %d files %s-*-of-%05d.jsonl", len(names), fn.Output, len(names))
	return nil
}

// printCounters writes the pipeline's counters.
func counters(res beam.PipelineResult) map[string]int64 {
	sums := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Namespace() == "wirestory" {
			sums[c.Name()] += c.Result()
		}
	}
	return sums
}

func printCounters(w io.Writer, prefix string, res beam.PipelineResult) {
	sums := counters(res)
	var parts []string
	for _, name := range []string{"records", "pages", "stories", "not_stories", "skipped", "errors", "parts"} {
		parts = append(parts, fmt.Sprintf("%s %d", name, sums[name]))
	}
	fmt.Fprintf(w, "wirestory: %s: %s\n", path.Base(prefix), strings.Join(parts, ", "))
}
