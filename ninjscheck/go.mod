module github.com/wirestory/wirestory/ninjscheck

go 1.26.0

replace github.com/wirestory/wirestory => ../

require (
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/wirestory/wirestory v0.0.0-00010101000000-000000000000
)

require (
	golang.org/x/net v0.62.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)
