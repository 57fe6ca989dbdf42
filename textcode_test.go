package wirestory

import "testing"

// TestEndOfCodeIsNoSignOff checks that a bare "end" in lower case, which
// closes a block of code or a diagram's source in a text dump (Ruby, Lua,
// Mermaid), is no agency's sign-off that closes the story, while a desk's
// end marks in capitals, brackets or dashes, in English, German and
// Spanish, still are, and so is the newsroom's "-30-", but not a bare number.
func TestEndOfCodeIsNoSignOff(t *testing.T) {
	checkYesNo(t, "isSignatureTail", isSignatureTail,
		[]string{"(END)", "END", "-END-", "(end)", "- end -", "ENDE", "(Ende)", "FIN", "(fin)", "ENDS", "###", "End", "-30-", "- 30 -"},
		[]string{"end", "ends", "ende", "fin", "eof", "30", "(30)", "-30"})
}
