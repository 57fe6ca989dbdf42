package wirestory

import (
	"slices"
	"strings"
	"testing"
)

// TestDatedThread checks that a text page's body ends above readers'
// comments whose headers join the writer's name to a date in a form of
// the site's own, over or under each comment, in English, German and
// Spanish; and that it keeps a live page's entries (newest first), a list
// of dated events the story announces, and a story whose last paragraph
// quotes someone "on Monday".
func TestDatedThread(t *testing.T) {
	commentEN := []string{
		"I commute on that ferry every day and the temporary pier is going to add twenty minutes to my trip each way.",
		"The province has been putting this off for years, and now the bill is twice what it would have been.",
		"Somebody should ask why the divers only looked at the pilings after the ice had already done its damage.",
	}
	commentDE := []string{
		"Ich fahre jeden Tag mit der Fähre, und der Behelfsanleger verlängert meinen Weg um zwanzig Minuten.",
		"Das Land hat die Reparatur jahrelang verschoben, und jetzt kostet sie doppelt so viel wie damals.",
		"Warum haben die Taucher die Pfähle erst nach dem Winter untersucht, als das Eis schon alles zerstört hatte?",
	}
	commentES := []string{
		"Tomo ese ferry todos los días y el muelle provisional me va a añadir veinte minutos en cada trayecto.",
		"La provincia lleva años aplazando la obra, y ahora la factura es el doble de lo que habría costado.",
		"Alguien debería preguntar por qué los buzos revisaron los pilotes solo después del invierno.",
	}
	// A post's own "Posted by" line, the comments heading, then each
	// comment over its "Posted by:" line.
	footers := []string{
		"Posted by Jane Roe at May 6, 2024 09:12 AM", "",
		"Comments", "",
		commentEN[0], "",
		"Posted by: Tom Moe at May 6, 2024 11:40 AM", "",
		commentEN[1], "",
		"Posted by: Mary Poe at May 7, 2024 08:05 AM", "",
		commentEN[2], "",
		"Posted by: Ann Lee at May 7, 2024 10:30 AM", "",
		"Post a comment", "Name:", "Email Address:",
	}
	// Headers over the comments with the writer's id and reply links.
	headers := []string{
		"42 Comments", "",
		"by ferryfan ( 10234 ) on Monday May 06, 2024 @10:15AM (#6123)",
		commentEN[0], "Reply to This", "",
		"by harbor watch ( 55012 ) on Monday May 06, 2024 @11:02AM (#6130) Homepage",
		commentEN[1], "Reply to This", "",
		"by islander ( 70011 ) on Tuesday May 07, 2024 @08:47AM (#6141)",
		commentEN[2], "Reply to This",
	}
	headersDE := []string{
		"Kommentare", "",
		"von Anna Berg am 6. Mai 2024 um 10:15 Uhr", commentDE[0], "Antworten", "",
		"von Jonas Weber am 6. Mai 2024 um 12:40 Uhr", commentDE[1], "Antworten", "",
		"von Lena Vogt am 7. Mai 2024 um 08:05 Uhr", commentDE[2], "Antworten",
	}
	headersES := []string{
		"Lucía Gómez dice: 6 de mayo de 2024 a las 10:15", commentES[0], "Responder", "",
		"Pedro Ruiz dice: 6 de mayo de 2024 a las 12:40", commentES[1], "Responder", "",
		"Marta Sanz dice: 7 de mayo de 2024 a las 08:05", commentES[2], "Responder",
	}
	// The last paragraph quotes someone "on Monday", with a date: prose,
	// no header.
	quoted := append(slices.Clone(entryStoryEN),
		"Harbor master Tom Moe said on Monday, May 6, 2024, that the crews would work through the summer to finish early.")
	for _, c := range []struct {
		name  string
		story []string
		tail  []string
		out   []string
	}{
		{"en footers", entryStoryEN, footers, commentEN},
		{"en headers", entryStoryEN, headers, commentEN},
		{"de headers", entryStoryDE, headersDE, commentDE},
		{"es headers", entryStoryEN, headersES, commentES},
		{"en quote", quoted, headers, commentEN},
	} {
		a := parseLines(t, storyPage(c.story, append([]string{""}, c.tail...)...))
		checkKeptOut(t, c.name, "comment", a.Paragraphs, c.story, c.out)
	}
}

// TestDatedThreadKeeps checks what the dated-thread rule leaves in the
// body: a live page whose dated entries, signed by different writers, run
// newest first under a count of comments, in English and German; one
// writer's entries, oldest first, under such a count; and a
// festival's program of dated events the story announces, with no
// comments' furniture beside it.
func TestDatedThreadKeeps(t *testing.T) {
	liveEN := []string{
		"Crews began driving the first new pilings on Tuesday afternoon, and the harbor authority said the work was ahead of schedule.",
		"A barge carrying the steel for the new pier arrived from the south shore an hour later, escorted by two tugboats.",
		"The last ferry left the old terminal on Tuesday morning, and commuters walked the kilometer to the temporary pier in the rain.",
		"Some of them said the walk was shorter than they had feared, and a shuttle bus carried those who could not walk it.",
		"The harbor authority said the old terminal would close at noon, and that the first ferry from the temporary pier would leave at two.",
		"The authority's spokeswoman said the timetable would not change for the rest of the week, whatever the weather.",
	}
	liveDE := []string{
		"Die Arbeiter haben am Dienstagnachmittag die ersten neuen Pfähle gesetzt, die Hafenbehörde sieht die Arbeiten im Zeitplan.",
		"Eine Schute mit dem Stahl für den neuen Anleger ist eine Stunde später vom Südufer eingetroffen, begleitet von zwei Schleppern.",
		"Die letzte Fähre hat das alte Terminal am Dienstagmorgen verlassen, die Pendler liefen im Regen zum Behelfsanleger.",
		"Manche sagten, der Weg sei kürzer als befürchtet, und ein Pendelbus brachte alle, die nicht laufen konnten.",
		"Die Hafenbehörde teilte mit, das alte Terminal schließe um zwölf Uhr, die erste Fähre vom Behelfsanleger fahre um zwei.",
		"Eine Sprecherin der Behörde sagte, der Fahrplan ändere sich in dieser Woche nicht mehr, ganz gleich, wie das Wetter werde.",
	}
	// A live page: the story's lead, a count of comments, then entries
	// signed and dated, newest first, two paragraphs each.
	live := func(lead, entries, heads []string) []string {
		tail := []string{"12 comments", ""}
		for k, h := range heads {
			tail = append(tail, h, "")
			tail = append(tail, withGaps(entries[2*k:2*k+2])...)
		}
		return storyPage(lead, tail...)
	}
	program := []string{
		"Harbor Choir — Friday, May 10, 2024, 7 PM",
		"The choir opens the festival on the old ferry pier with songs of the sea, and the concert is free for everyone.",
		"Jazz Trio — Saturday, May 11, 2024, 8 PM",
		"Three musicians from the north shore play standards and their own tunes in the terminal's waiting hall.",
		"Brass Band — Sunday, May 12, 2024, 3 PM",
		"The town's brass band closes the weekend with a parade from the market square down to the water.",
	}
	for _, c := range []struct {
		name  string
		lines []string
		kept  []string
	}{
		{"en live", live(entryStoryEN[:3], liveEN,
			[]string{"Jane Roe | May 7, 2024 4:05 PM", "Tom Moe | May 7, 2024 2:40 PM", "Mary Poe | May 7, 2024 11:15 AM"}),
			liveEN},
		{"de live", live(entryStoryDE[:3], liveDE,
			[]string{"von Anna Berg am 7. Mai 2024 um 16:05 Uhr", "von Jonas Weber am 7. Mai 2024 um 14:40 Uhr",
				"von Lena Vogt am 7. Mai 2024 um 11:15 Uhr"}), liveDE},
		// One writer's diary, oldest entry first: no second writer.
		{"en one writer", live(entryStoryEN[:3], liveEN,
			[]string{"Jane Roe | May 5, 2024 9:05 AM", "Jane Roe | May 6, 2024 9:40 AM", "Jane Roe | May 7, 2024 9:15 AM"}),
			liveEN},
		{"en program", storyPage(entryStoryEN, append([]string{"", "The festival's program on the pier:", ""},
			withGaps(program)...)...), append(slices.Clone(entryStoryEN), program[1], program[3], program[5])},
	} {
		a := parseLines(t, c.lines)
		checkKeptOut(t, c.name, "", a.Paragraphs, c.kept, nil)
	}
}

// TestHeaderForm checks that comment headers of one site share a form
// whatever the writer's name and the date, and that lines of other shapes
// do not.
func TestHeaderForm(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
		name string // the first header's name
	}{
		{"Posted by: John at December 18, 2025 05:48 PM", "Posted by: Karl Sophanus at December 19, 2025 09:28 AM", true, "john"},
		{"by ozmartian ( 5754788 ) on Friday December 19, 2025 @08:08PM (#65870295) Homepage",
			"by Tschaine ( 10502969 ) on Saturday December 20, 2025 @01:16AM (#65870655)", true, "ozmartian"},
		{"jdoe says: May 2, 2024 at 4:47 pm", "Mary Poe says: May 12, 2024 at 10:02 am", true, "jdoe"},
		{"von Anna Berg am 6. Mai 2024 um 10:15 Uhr", "von Jonas Weber am 16. Mai 2024 um 08:40 Uhr", true, "anna berg"},
		{"Lucía Gómez dice: 6 de mayo de 2024 a las 10:15", "Pedro Ruiz dice: 17 de junio de 2024 a las 22:40", true, "lucía gómez"},
		{"Jane | Dec 3, 2024 reply", "Tom Moe | Jan 12, 2025 reply", true, "jane"},
		// The same line twice: one form, no name told apart.
		{"Updated Dec. 19, 2025", "Updated Dec. 19, 2025", true, ""},
		// A title with a year in it is no header of a writer.
		{"Top 10 lists (2025)", "The best books of 2024", false, ""},
		{"Posted by: John at December 18, 2025 05:48 PM", "John, Groggy, Karl: all good points on 2025.", false, ""},
	} {
		name, _, same := sameHeaderForm(headerTokens(c.a), headerTokens(c.b))
		if same != c.same || same && name != c.name {
			t.Errorf("sameHeaderForm(%q, %q) = %q, %v; want %q, %v", c.a, c.b, name, same, c.name, c.same)
		}
	}
}

// TestDatedThreadLinear checks that a long dump of one repeated header
// and comment is read in time linear in its length.
func TestDatedThreadLinear(t *testing.T) {
	var b strings.Builder
	for k := range 20000 {
		b.WriteString("Posted by: reader")
		b.WriteString(strings.Repeat("x", k%7))
		b.WriteString(" at May 6, 2024 09:12 AM\nI agree with every word of this, and I have said so for years.\nReply\n")
	}
	pg := parseTextPage([]byte(b.String()))
	ss, _, _ := ruleBody(pg)
	if got := datedThreadStart(ss, 0); got < 0 {
		t.Errorf("datedThreadStart = %d, want a thread", got)
	}
}

// TestRuleRunAboveComments checks that the rules' run does not carry a
// text page's body into its comments. The rules take every paragraph for
// the story's up to a gap of more than a few other lines, and a thread
// whose comments each sit over one "Posted by:" line is such a run: the
// rules' run goes on from the story down through the thread. Where a
// comment deep in it reads like a report (long sentences, no "I", figures
// and dates) the scorer takes it for the story's, and the run would widen
// the body down to it, over the other comments. The body ends above the
// thread, and keeps the story to its last paragraph.
func TestRuleRunAboveComments(t *testing.T) {
	comments := []string{
		"I take that boat to work every morning, and a walk to some pier down the shore is the last thing I needed this year.",
		"The harbor commission approved the plan in March, after engineers found that the pilings under the north berth had lost a third of their strength. The steel will come from a mill on the south shore, and the work will be inspected every month.",
		"The new berth will take the larger ferries the province ordered last year, which carry twice as many cars and can sail in heavier ice. The old boats will be sold once the terminal reopens, the ministry said in a statement on Monday.",
		"They have known about the rot for a decade, and only now that the ice did the damage does anyone care.",
	}
	tail := []string{
		"", "Posted by Jane Roe at May 6, 2024 09:12 AM", "",
		"Comments", "",
		comments[0], "",
		"Posted by: Tom Moe at May 6, 2024 08:10 AM", "",
		comments[1], "",
		comments[2], "",
		"Posted by: Mary Poe at May 6, 2024 09:11 AM", "",
		comments[3], "",
		"Posted by: Ann Lee at May 6, 2024 10:12 AM", "",
		"Post a comment", "Name:", "Email Address:",
	}
	a := parseLines(t, storyPage(entryStoryEN, tail...))
	checkKeptOut(t, "en report in thread", "comment", a.Paragraphs, entryStoryEN, comments)
	if n := len(a.Paragraphs); n == 0 || a.Paragraphs[n-1] != entryStoryEN[len(entryStoryEN)-1] {
		t.Errorf("body does not end with the story's last paragraph; paragraphs:\n%q", a.Paragraphs)
	}
}
