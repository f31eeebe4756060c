package io.pulse.messaging.brainstorm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pulse.messaging.brainstorm.engine.SuggestionEngine.ExistingIdea;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine.Suggestion;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine.SuggestionRequest;

/**
 * The session of the suite demo (deploy/local DemoBrainstorm.run()): suggestions must read as English sentences built
 * from the session's own things, not slot fillers glued onto fragments such as "mobile app delightful" or "first
 * five minutes".
 */
class OnboardingSessionSuggestionsTest {

    static final String TOPIC = "How can we make the first five minutes in the mobile app delightful for new customers?";

    static final List<ExistingIdea> IDEAS = List.of(
            new ExistingIdea("Replace the sign-up form with sign in with Apple or Google", "substitute"),
            new ExistingIdea("Swap the long tutorial for three short interactive tooltips", "substitute"),
            new ExistingIdea("Combine onboarding with importing contacts from the phone", "combine"),
            new ExistingIdea("Merge the welcome email and the first push notification into one message", "combine"),
            new ExistingIdea("Borrow Duolingo-style streaks to reward the first week of use", "adapt"),
            new ExistingIdea("Show a progress bar for profile completion", "modify"),
            new ExistingIdea("Make the profile completion progress visible on the home screen", "modify"),
            new ExistingIdea("Remove the mandatory email verification before the first message", "eliminate"),
            new ExistingIdea("Drop the permissions prompt until a feature actually needs it", "eliminate"),
            new ExistingIdea("Let new users send a message first and create the account afterwards", "reverse"));

    /** Things the topic and the ideas name; every suggestion must act on at least one of them. */
    private static final List<String> CONCRETE = List.of("onboarding", "tooltips", "contacts", "welcome email", "streaks",
            "progress bar", "profile completion", "new customers", "new users", "mobile app", "sign-up form", "tutorial",
            "push notification", "email verification", "permissions prompt", "home screen", "message", "account");

    private static final Pattern DOUBLED = Pattern.compile("\\b(the|a|an)\\s+(the|a|an)\\b|\\b(\\w+)\\s+\\3\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUESTION = Pattern.compile("^(What|How|Why|Which|Who|Where|When|Should|Is|Are|Do|Does|Can|Could|Would|Will)\\b");
    private static final Pattern TIME_SPAN = Pattern.compile("\\b(minutes?|hours?|days?|weeks?|months?)\\b", Pattern.CASE_INSENSITIVE);
    /** Words that end no noun phrase: adjectives and adverbs left dangling by a naive extractor. */
    private static final Pattern DANGLING = Pattern.compile(
            ".*\\b(\\w+(ful|ous|ly)|visible|mandatory|delightful|new|first|afterwards|actually|short|long)$", Pattern.CASE_INSENSITIVE);

    private final LocalSuggestionEngine engine = new LocalSuggestionEngine();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "SCAMPER, put_to_another_use",
            "SCAMPER, substitute",
            "SCAMPER, combine",
            "SCAMPER, eliminate",
            "SCAMPER, reverse",
            "SIX_HATS, black",
            "SIX_HATS, green",
            "SIX_HATS, red"})
    void suggestionsForTheDemoSessionReadWellAndBuildOnIt(Framework framework, String step) {
        List<Suggestion> suggestions = engine.suggest(new SuggestionRequest(framework, framework.step(step).orElseThrow(), TOPIC, IDEAS, 3));
        List<String> texts = suggestions.stream().map(Suggestion::text).toList();
        assertEquals(3, texts.size(), texts.toString());
        assertEquals(texts.size(), new HashSet<>(texts).size(), "distinct: " + texts);

        for (Suggestion suggestion : suggestions) {
            String text = suggestion.text();
            String lower = text.toLowerCase(Locale.ROOT);
            String own = text.replaceAll("\"[^\"]*\"", "\"\""); // a quoted idea is the idea's own words
            assertTrue(Character.isUpperCase(text.charAt(0)), text);
            assertFalse(DOUBLED.matcher(text).find(), "doubled word: " + text);
            if (QUESTION.matcher(text).find() || text.contains("?")) {
                assertTrue(text.endsWith("?"), "a question ends with a question mark: " + text);
            } else {
                assertFalse(text.endsWith("?"), text);
            }
            assertFalse(TIME_SPAN.matcher(own).find(), "a time span is no thing to act on: " + text);
            assertFalse(lower.contains("delightful") || lower.contains("first five"), text);
            assertTrue(CONCRETE.stream().anyMatch(lower::contains), "mentions nothing of the session: " + text);

            assertFalse(suggestion.basedOn().isEmpty(), text);
            for (String phrase : suggestion.basedOn()) {
                assertTrue(text.contains(phrase), "the slot holds the phrase as extracted: " + phrase + " / " + text);
                if (text.contains("\"" + phrase + "\"")) {
                    assertTrue(IDEAS.stream().anyMatch(idea -> idea.text().equals(phrase)), "quotes an idea: " + phrase);
                    continue;
                }
                assertFalse(DANGLING.matcher(phrase).matches(), "phrase ends in an adjective or adverb: " + phrase);
                assertFalse(phrase.matches("(?i).*\\b(customers|users)$"), "people are an audience, not a thing: " + phrase);
            }

            Set<String> stems = TextAnalysis.contentStems(own);
            for (ExistingIdea idea : IDEAS) {
                assertFalse(idea.text().equalsIgnoreCase(text), text);
                assertTrue(TextAnalysis.overlap(stems, TextAnalysis.contentStems(idea.text())) < LocalSuggestionEngine.MAX_OVERLAP_WITH_IDEAS,
                        text + " repeats " + idea.text());
            }
        }
    }

    /** What the engine answers for this session (the suggestions quoted in the service's README among them). */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "put_to_another_use", List.of(
                    "Apply the idea \"Let new users send a message first and create the account afterwards\" to the profile completion progress as well.",
                    "Offer the message to existing customers as well.",
                    "Turn the sign-up form into a way to learn what new customers need."),
            "eliminate", List.of(
                    "Strip the idea \"Drop the permissions prompt until a feature actually needs it\" down to the one step that matters most.",
                    "Remove the mandatory email verification from the mobile app entirely.",
                    "Cut the message down to its essential part."),
            "black", List.of(
                    "What could go wrong if we go ahead with the idea \"Let new users send a message first and create the account afterwards\"?",
                    "Risk: the mandatory email verification could fail or be misused.",
                    "Check what happens to the message if the sign-up form fails."));

    @ParameterizedTest(name = "{0}")
    @CsvSource({"put_to_another_use", "eliminate", "black"})
    void theSameSessionGivesTheSameSuggestions(String step) {
        Framework framework = Framework.SCAMPER.step(step).isPresent() ? Framework.SCAMPER : Framework.SIX_HATS;
        SuggestionRequest request = new SuggestionRequest(framework, framework.step(step).orElseThrow(), TOPIC, IDEAS, 3);
        assertEquals(EXPECTED.get(step), engine.suggest(request).stream().map(Suggestion::text).toList());
    }
}
