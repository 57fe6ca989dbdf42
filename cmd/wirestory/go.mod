module github.com/wirestory/wirestory/cmd/wirestory

go 1.26.0

replace (
	github.com/wirestory/wirestory => ../..
	github.com/wirestory/wirestory/crawl => ../../crawl
)

require (
	github.com/wirestory/wirestory v0.0.0-00010101000000-000000000000
	github.com/wirestory/wirestory/crawl v0.0.0-00010101000000-000000000000
)

require (
	github.com/bits-and-blooms/bitset v1.24.0 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/klauspost/compress v1.20.4 // indirect
	github.com/nlnwa/gowarc/v3 v3.1.0 // indirect
	github.com/nlnwa/whatwg-url v0.6.2 // indirect
	golang.org/x/net v0.62.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)
