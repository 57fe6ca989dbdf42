package wirestory

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// sharedDir is where the project's shared, read-only material lives beside
// the checkout. Tests that read it skip when it is absent.
const sharedDir = "../shared"

func readShared(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(sharedDir + "/" + path)
	if os.IsNotExist(err) {
		t.Skipf("%s/%s not present", sharedDir, path)
	}
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestSharedSample checks the Japan Times page carrying an AFP-JIJI story
// in ../shared/samples against the fields the project was founded to get
// right. The page is third-party text, so it is checked field by field here
// rather than copied into a golden file.
func TestSharedSample(t *testing.T) {
	data := readShared(t, "samples/japantimes-afp-jiji.txt")
	a, err := Parse(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	check := func(field, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	check("Section", a.Section, "World")
	check("Headline", a.Headline, "U.S. and Iraq resume joint military ops after Soleimani killiing")
	check("Credit", a.Credit, "AFP-JIJI")
	check("Dateline.Text", a.Dateline.Text, "WASHINGTON –")
	if !slices.Equal(a.Dateline.Places, []string{"WASHINGTON"}) {
		t.Errorf("Dateline.Places = %q, want [WASHINGTON]", a.Dateline.Places)
	}
	var codes []string
	for _, ag := range a.Agencies {
		codes = append(codes, ag.Code)
	}
	if !slices.Equal(codes, []string{"AFP", "Jiji"}) {
		t.Errorf("Agencies = %q, want [AFP Jiji]", codes)
	}
	if len(a.Byline) != 0 {
		t.Errorf("Byline = %q, want none", a.Byline)
	}
	if len(a.Paragraphs) != 8 {
		t.Fatalf("got %d paragraphs, want 8:\n%s", len(a.Paragraphs), strings.Join(a.Paragraphs, "\n"))
	}
	if !strings.HasPrefix(a.Paragraphs[0], "The United States on Wednesday resumed") {
		t.Errorf("first paragraph = %q", a.Paragraphs[0])
	}
	if !strings.HasSuffix(a.Paragraphs[7], "Pompeo said at a forum at Stanford University.") {
		t.Errorf("last paragraph = %q", a.Paragraphs[7])
	}
	// Every paragraph is a line of the page, whole: nothing was rewritten.
	lines := strings.Split(string(data), "\n")
	for i, p := range a.Paragraphs {
		want := p
		if i == 0 {
			want = a.Dateline.Text + " " + p
		}
		if !slices.Contains(lines, want) {
			t.Errorf("paragraph %d is not a line of the page: %q", i, p)
		}
	}
	// No line of chrome anywhere in the output.
	all := strings.Join(append(append([]string{a.Headline, a.Section, a.Credit}, a.Paragraphs...), a.Tail...), "\n")
	for _, chrome := range []string{"RELATED STORIES", "GET THE BEST OF", "JOIN THE CONVERSATION", "LATEST WORLD STORIES",
		"Image Not Available", ", , ,", "Equal Rights Amendment", "Everglades", "Immune-cell"} {
		if strings.Contains(all, chrome) {
			t.Errorf("output contains chrome %q", chrome)
		}
	}
}
