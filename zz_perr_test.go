package wirestory

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPerr(t *testing.T) {
	for _, dir := range []string{"../shared/eval/wcxb-dev/html", "../shared/eval/fundus/pages"} {
		files, _ := filepath.Glob(dir + "/*")
		for _, f := range files {
			data, _ := os.ReadFile(f)
			if strings.HasSuffix(f, ".gz") {
				zr, err := gzip.NewReader(bytes.NewReader(data))
				if err == nil {
					data, _ = io.ReadAll(zr)
				}
			}
			if _, err := Parse(bytes.NewReader(data)); err != nil {
				fmt.Println("ERR", filepath.Base(f), err)
			}
		}
	}
}
