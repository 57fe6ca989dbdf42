// Command bench compares wirestory with other article extractors on the
// evaluation data in shared/eval.
package main

func main() {}
