package wirestory

// parseHTMLPage reads an HTML page into blocks and metadata.
func parseHTMLPage(data []byte, contentType string) *page {
	return parseTextPage(data)
}
