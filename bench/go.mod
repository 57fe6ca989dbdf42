module github.com/wirestory/wirestory/bench

go 1.26.8

replace github.com/wirestory/wirestory => ../
