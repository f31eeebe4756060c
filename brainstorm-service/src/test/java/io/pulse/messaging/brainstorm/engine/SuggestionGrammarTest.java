package io.pulse.messaging.brainstorm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.languagetool.MultiThreadedJLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

import io.pulse.messaging.brainstorm.engine.SuggestionSessions.Made;

/**
 * Every local suggestion for every step of every framework, over the twenty hand-written sessions of
 * {@code suggestions/sessions.txt}, with their ideas (five asked for) and with the topic alone (three), checked with LanguageTool (British
 * English): no grammar error. The suggestions are checked in batches of paragraphs (one suggestion each), which is
 * about three times faster than one call per suggestion. The rules that are not about grammar are off, see
 * {@link #NOT_GRAMMAR}. Tagged "grammar": LanguageTool takes ~10 s to load and the rest to check the ~1,900 sentences.
 */
@Tag("grammar")
class SuggestionGrammarTest {

    /**
     * Not grammar: spelling (names of people and products, "Duolingo", "Fatima", "PayPal"); straight quotes
     * ("EN_QUOTES", typography: the API's text is plain ASCII); the Oxford -ize spelling of British words ("itemised",
     * a spelling variant LanguageTool itself calls correct); and successive sentences that begin with the same word
     * (a style rule across paragraphs, which only the batching makes neighbours).
     */
    static final List<String> NOT_GRAMMAR = List.of("MORFOLOGIK_RULE_EN_GB", "EN_QUOTES", "OXFORD_SPELLING_Z_NOT_S",
            "ENGLISH_WORD_REPEAT_BEGINNING_RULE");

    private static final int BATCH_CHARS = 8000;
    private static final Pattern SLOT_LEFT = Pattern.compile("[{}\\[\\]|]|\\bnull\\b");

    private static List<Made> made;

    @BeforeAll
    static void suggest() {
        made = SuggestionSessions.suggestAll(SuggestionSessions.load(), 5, 3);
    }

    @Test
    void everySuggestionIsGrammatical() throws IOException {
        MultiThreadedJLanguageTool checker = new MultiThreadedJLanguageTool(Languages.getLanguageForShortCode("en-GB"));
        NOT_GRAMMAR.forEach(checker::disableRule);
        List<String> errors = new ArrayList<>();
        StringBuilder batch = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            starts.add(batch.length());
            batch.append(made.get(i).suggestion().text()).append("\n\n");
            if (batch.length() > BATCH_CHARS || i == made.size() - 1) {
                for (RuleMatch match : checker.check(batch.toString())) {
                    int first = i - starts.size() + 1;
                    int index = first + lastStartAtOrBefore(starts, match.getFromPos());
                    Made one = made.get(index);
                    errors.add(match.getRule().getId() + " [" + batch.substring(match.getFromPos(), match.getToPos()) + "] "
                            + match.getMessage() + " :: " + one.suggestion().text() + " :: " + one.where());
                }
                batch.setLength(0);
                starts.clear();
            }
        }
        checker.shutdown();
        assertTrue(made.size() > 1500, "checked " + made.size());
        assertEquals(List.of(), errors, errors.size() + " errors in " + made.size() + " suggestions");
    }

    @Test
    void noSlotIsLeftAndNoPhraseIsRepeated() {
        for (Made one : made) {
            String text = one.suggestion().text();
            assertFalse(SLOT_LEFT.matcher(text).find(), "a slot left: " + text);
            assertFalse(SuggestionCheck.repeats(text), "a phrase repeated: " + text);
            assertTrue(text.matches("^[\"\\p{Lu}].*[.?!]$"), "one sentence: " + text);
        }
    }

    @Test
    void everySuggestionWithIdeasBuildsOnANamedIdeaAndStepsGetSeveralDistinctOnes() {
        Map<String, List<String>> byRequest = new HashMap<>();
        for (Made one : made) {
            byRequest.computeIfAbsent(one.where() + one.session().ideas().size(), key -> new ArrayList<>()).add(one.suggestion().text());
            if (!one.session().ideas().isEmpty()) {
                String text = one.suggestion().text();
                boolean quotes = one.session().ideas().stream().anyMatch(idea -> text.contains("\"" + IdeaQuotes.quotable(idea) + "\""));
                assertTrue(quotes || !one.suggestion().basedOnIdeas().isEmpty(), "builds on no idea: " + text + " :: " + one.where());
            }
        }
        for (Map.Entry<String, List<String>> request : byRequest.entrySet()) {
            List<String> texts = request.getValue();
            int least = request.getKey().endsWith("\"0") ? 2 : 3; // with the topic alone, the topic may name only one thing
            assertTrue(texts.size() >= least, "few suggestions for " + request.getKey() + ": " + texts);
            assertEquals(texts.size(), new HashSet<>(texts).size(), "repeated: " + texts);
            Set<String> openings = new HashSet<>();
            texts.forEach(text -> openings.add(text.split(" ")[0] + " " + text.split(" ")[1]));
            assertTrue(openings.size() >= Math.min(least, texts.size()), "too alike: " + texts);
        }
    }

    private static int lastStartAtOrBefore(List<Integer> starts, int position) {
        int index = 0;
        while (index + 1 < starts.size() && starts.get(index + 1) <= position) {
            index++;
        }
        return index;
    }
}
