package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.common.text.LanguageGuess;

/**
 * What every recap paragraph of the realistic thread set must be, whatever the thread: third person outside quotes, no
 * "Name:" prefixes, no dangling endings or doubled words, whole sentences, no item said twice, and short.
 */
class RecapProseInvariantsTest {

    private static final Pattern PERSON = Pattern.compile("(?i)\\b(?:i|me|my|we|our|us|you|your)\\b");
    private static final Pattern LABEL = Pattern.compile("(?:^|[.!?]\\s)\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?:\\s");
    private static final Pattern DANGLING = Pattern.compile("(?i)\\b(?:a|an|the|for|to|of|with|and|or|but|if|in|on)\\.$");
    private static final Pattern DOUBLED = Pattern.compile("(?i)\\b(\\p{L}+)\\s+\\1\\b");
    private static final Pattern SENTENCE = Pattern.compile("(?:[^.!?]|[.!?]+(?![.!?]|\\s|$))+(?:[.!?]+|$)");

    @Test
    void everyRecapKeepsTheInvariants() {
        ExtractiveSummaryEngine engine = new ExtractiveSummaryEngine();
        List<String> problems = new ArrayList<>();
        for (RecapThreads.Thread t : RecapThreads.all()) {
            String prose = engine.summarize(t.conversation().messages(), SummaryOptions.defaults()).summary();
            StringBuilder all = new StringBuilder();
            t.conversation().messages().forEach(m -> all.append(m.content()).append('\n'));
            boolean english = LanguageGuess.of(all.toString()).english();
            problems.addAll(check(t.id(), prose, english));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theChecksCatchWhatTheyAreFor() {
        assertEquals(7, check("x", "Alice: we ship. Bob tells Carol the flow for a. It is is done. lower case start. No stop", true).size()
                + check("y", "Bob will send it. Bob will send it.", true).size());
    }

    static List<String> check(String id, String prose, boolean english) {
        List<String> problems = new ArrayList<>();
        String unquoted = prose.replaceAll("\u201c[^\u201d]*\u201d", "\"\"");
        if (english) {
            Matcher person = PERSON.matcher(unquoted);
            if (person.find()) {
                problems.add(id + ": first/second person \"" + person.group() + "\" in: " + prose);
            }
            if (LABEL.matcher(unquoted).find()) {
                problems.add(id + ": a Name: prefix in: " + prose);
            }
        }
        Matcher doubled = DOUBLED.matcher(unquoted);
        if (doubled.find() && !doubled.group(1).matches("\\d+")) {
            problems.add(id + ": doubled \"" + doubled.group() + "\" in: " + prose);
        }
        if (prose.length() > ProseWriter.MAX_CHARS) {
            problems.add(id + ": longer than " + ProseWriter.MAX_CHARS + " characters");
        }
        Set<String> said = new HashSet<>();
        int sentences = 0;
        Matcher m = SENTENCE.matcher(unquoted);
        while (m.find()) {
            String s = m.group().strip();
            if (s.isEmpty()) {
                continue;
            }
            sentences++;
            if (!Character.isUpperCase(s.charAt(0)) && !Character.isDigit(s.charAt(0)) && s.charAt(0) != '"') {
                problems.add(id + ": starts in lower case: " + s);
            }
            if (!s.matches("(?s).*[.!?)\"]$")) {
                problems.add(id + ": no final punctuation: " + s);
            }
            if (DANGLING.matcher(s).find()) {
                problems.add(id + ": dangling ending: " + s);
            }
            if (!said.add(s.toLowerCase(Locale.ROOT))) {
                problems.add(id + ": said twice: " + s);
            }
        }
        if (sentences > ProseWriter.MAX_SENTENCES + 2) { // a sentence may hold an abbreviation's stop ("Dr. Chen")
            problems.add(id + ": " + sentences + " sentences");
        }
        return problems;
    }
}
