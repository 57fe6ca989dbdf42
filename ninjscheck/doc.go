// Package ninjscheck checks that wirestory's IPTC ninjs output
// (Article.MarshalNINJS, wirestory -o ninjs) validates against IPTC's ninjs
// 3.1 JSON Schema. It holds tests only, in a module of its own, so that the
// library's module does not depend on a JSON Schema validator.
//
//	cd ninjscheck && go test ./...
//
// The schema is read from ../../shared/ninjs (beside the repository), and
// the pages from ../testdata and ../../shared/eval; the tests skip what is
// absent.
package ninjscheck
