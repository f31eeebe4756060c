package io.pulse.messaging.intelligence.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconSentimentAnalyzerTest {

    private final LexiconSentimentAnalyzer analyzer = LexiconSentimentAnalyzer.builtIn();

    private double score(String text) {
        return analyzer.analyze(text).score();
    }

    private SentimentLabel label(String text) {
        return analyzer.analyze(text).label();
    }

    private boolean explains(String text, String kind) {
        return analyzer.analyze(text).signals().stream().anyMatch(s -> s.kind().equals(kind));
    }

    @Test
    void theLexiconIsLargeAndOnTheVaderScale() {
        assertTrue(analyzer.lexiconSize() > 7_500, "VADER's ~7,500 entries plus ours: " + analyzer.lexiconSize());
        // VADER's own mean ratings, unchanged by our additions
        assertEquals(1.9, analyzer.valenceOf("good"), 1e-9);
        assertEquals(-2.5, analyzer.valenceOf("horrible"), 1e-9);
        assertEquals(2.0, analyzer.valenceOf(":)"), 1e-9);
        // our layer: slang and emoji VADER does not list
        assertTrue(analyzer.valenceOf("fml") < -2);
        assertTrue(analyzer.valenceOf("😍") > 2);
    }

    /**
     * The examples VADER's authors publish with their implementation (README of cjhutto/vaderSentiment), with the
     * compound scores it gives: the rules and constants here reproduce them to four decimals.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VADER is smart, handsome, and funny.|0.8316",
            "VADER is smart, handsome, and funny!|0.8439",
            "VADER is very smart, handsome, and funny.|0.8545",
            "VADER is VERY SMART, handsome, and FUNNY.|0.9227",
            "VADER is VERY SMART, handsome, and FUNNY!!!|0.9342",
            "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!|0.9469",
            "VADER is not smart, handsome, nor funny.|-0.7424",
            "The book was good.|0.4404",
            "At least it isn't a horrible book.|0.431",
            "The book was only kind of good.|0.3832",
            "The plot was good, but the characters are uncompelling and the dialog is not great.|-0.7042",
            "Today SUX!|-0.5461",
            "Today only kinda sux! But I'll get by, lol|0.5249",
            "Make sure you :) or :D today!|0.8633",
            "Not bad at all|0.431"})
    void reproducesVadersPublishedExamples(String text, double compound) {
        assertEquals(compound, score(text), 0.00051, text);
    }

    @Nested
    class Negation {
        @Test
        void flipsAndDampsTheWordItGoverns() {
            assertTrue(score("The demo was good") > 0.3);
            assertTrue(score("The demo was not good") < -0.2);
            assertTrue(score("The demo wasn't good") < -0.2);
            assertTrue(Math.abs(score("not good")) < Math.abs(score("good")), "negation also damps");
            assertTrue(explains("The demo was not good", "negation"));
        }

        @Test
        void turnsNegativesMildlyPositive() {
            assertEquals(SentimentLabel.POSITIVE, label("not bad at all"));
            assertEquals(SentimentLabel.POSITIVE, label("no problem, glad to help"));
            assertEquals(SentimentLabel.POSITIVE, label("Don't worry about it"));
        }

        @Test
        void reachesThreeWordsAheadWithinItsClauseOnly() {
            assertTrue(score("I don't really like it") < 0);
            assertTrue(score("No. Great job on the release") > 0.3, "a sentence boundary ends the negation");
            assertTrue(score("no worries, great work") > score("no worries"), "a comma ends the negation of \"no\"");
            assertTrue(score("never happy with it") < 0);
        }
    }

    @Nested
    class Contrast {
        @Test
        void theClauseAfterButDominates() {
            double badEnding = score("The food was great but the service was terrible");
            double goodEnding = score("The service was terrible but the food was great");
            assertTrue(badEnding < 0, "ends badly: " + badEnding);
            assertTrue(goodEnding > 0, "ends well: " + goodEnding);
            assertTrue(explains("The food was great but the service was terrible", "contrast"));
        }

        @Test
        void onlyTheFirstButSplitsTheText() {
            // VADER: everything before the first "but" counts half, everything after it one and a half times
            double expected = LexiconSentimentAnalyzer.normalise(0.5 * 1.9 + 1.5 * -2.1);
            assertEquals(expected, score("good but worse"), 1e-4);
        }
    }

    @Nested
    class IntensifiersAndDampeners {
        @Test
        void boostersStrengthenAndDampenersWeaken() {
            double plain = score("The release is good");
            assertTrue(score("The release is very good") > plain);
            assertTrue(score("The release is extremely good") > plain);
            assertTrue(score("The release is slightly good") < plain);
            assertTrue(score("The release is kind of good") < plain);
            assertTrue(score("The outage was very bad") < score("The outage was bad"));
            assertTrue(explains("very good", "intensifier"));
            assertTrue(explains("somewhat good", "dampener"));
        }

        @Test
        void elongationEmphasises() {
            assertTrue(score("this is goooood") > score("this is good"));
            assertTrue(explains("sooo coool", "elongation"));
        }
    }

    @Nested
    class Emphasis {
        @Test
        void capitalsAmongLowerCaseAddEmphasis() {
            assertTrue(score("I HATE this update") < score("I hate this update"));
            assertTrue(score("This is GREAT news") > score("This is great news"));
            assertTrue(explains("I HATE this update", "capitals"));
        }

        @Test
        void allCapsTextIsNotEmphasisedWordByWord() {
            // "hate" (-2.7) alone, without the capitals' emphasis it would get among lower-case words
            double hate = LexiconSentimentAnalyzer.normalise(-2.7);
            assertEquals(hate, score("i hate this update"), 1e-4);
            assertEquals(hate, score("I HATE THIS UPDATE"), 1e-4);
        }

        @Test
        void exclamationMarksAddUpToFour() {
            double one = score("This is good!");
            double three = score("This is good!!!");
            assertTrue(score("This is good") < one);
            assertTrue(one < three);
            // "good" (1.9) and four "!" (0.292 each): the fifth and later add nothing
            double fourMarks = LexiconSentimentAnalyzer.normalise(1.9 + 4 * 0.292);
            assertEquals(fourMarks, score("This is good!!!!"), 1e-4);
            assertEquals(fourMarks, score("This is good!!!!!!!!"), 1e-4);
            assertTrue(score("This is bad!!!") < score("This is bad"));
            assertTrue(explains("This is good!!", "punctuation"));
        }

        @Test
        void punctuationAloneCarriesNoSentiment() {
            assertEquals(0, score("Meeting at 3pm!!!"), 1e-9);
        }
    }

    @Nested
    class EmojiAndSlang {
        @Test
        void emojiCarrySentimentEvenGluedToWords() {
            assertEquals(SentimentLabel.POSITIVE, label("😍"));
            assertEquals(SentimentLabel.NEGATIVE, label("😡"));
            assertTrue(score("see you at 5🎉") > 0.3);
            assertTrue(score("the build is red again 😭") < -0.3);
            assertTrue(score("thumbs up 👍🏽") > 0, "skin tones are ignored, the emoji counts");
            assertTrue(explains("great 😊", "emoji"));
        }

        @Test
        void emoticonsAreRead() {
            assertTrue(score("see you tomorrow :)") > 0.3);
            assertTrue(score("see you tomorrow :(") < -0.3);
            assertTrue(score("thanks:D") > 0.5);
            assertTrue(score("<3") > 0.3);
            assertTrue(explains("ok :)", "emoticon"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"lol that's funny", "thx a lot", "gr8 work", "yay", "lgtm"})
        void positiveSlang(String text) {
            assertEquals(SentimentLabel.POSITIVE, label(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"wtf is this", "smh", "ugh again", "fml", "this sucks"})
        void negativeSlang(String text) {
            assertEquals(SentimentLabel.NEGATIVE, label(text));
        }
    }

    @Nested
    class Labels {
        @Test
        void mixedWhenStrongPositiveAndNegativePartsCoexist() {
            SentimentResult r = analyzer.analyze("I love the new design but the performance is terrible");
            assertEquals(SentimentLabel.MIXED, r.label());
            assertTrue(r.positive() > 0 && r.negative() > 0);
            assertEquals(SentimentLabel.MIXED, label("Amazing team, awful process."));
        }

        @Test
        void notMixedWhenOneSideIsWeak() {
            assertEquals(SentimentLabel.POSITIVE, label("Amazing work, just a small issue"));
            assertEquals(SentimentLabel.NEGATIVE, label("Terrible outage, horrible for customers, ok"));
        }

        @Test
        void neutralTextIsNeutral() {
            SentimentResult r = analyzer.analyze("The meeting moved to room 4 at 3pm.");
            assertEquals(SentimentLabel.NEUTRAL, r.label());
            assertEquals(0, r.score(), 1e-9);
            assertEquals(1, r.neutral(), 1e-9);
            assertTrue(r.signals().isEmpty());
        }

        @Test
        void emptyAndNullTextAreNeutral() {
            assertEquals(SentimentLabel.NEUTRAL, label(""));
            assertEquals(SentimentLabel.NEUTRAL, label(null));
        }

        @Test
        void scoresStayWithinMinusOneAndOne() {
            String praise = "AMAZING!!!! ".repeat(50) + "😍😍😍😍 love love love";
            String rage = "HORRIBLE!!!! ".repeat(50) + "😡😡 hate hate hate";
            double high = score(praise + " ok");
            double low = score(rage + " ok");
            assertTrue(high <= 1 && high > 0.99);
            assertTrue(low >= -1 && low < -0.99);
        }

        @Test
        void confidenceGrowsWithEvidence() {
            assertTrue(analyzer.analyze("absolutely fantastic!!").confidence() > analyzer.analyze("fine").confidence());
        }

        @Test
        void sharesSumToOne() {
            SentimentResult r = analyzer.analyze("The launch was great but the bugs were annoying and the docs ok");
            assertEquals(1, r.positive() + r.negative() + r.neutral(), 0.001);
        }
    }

    @Test
    void workChatPhrasesAreRead() {
        assertEquals(SentimentLabel.NEGATIVE, label("the export is not working"));
        assertEquals(SentimentLabel.NEGATIVE, label("login stopped working after the deploy"));
        assertEquals(SentimentLabel.POSITIVE, label("looking forward to it"));
        assertNotEquals(SentimentLabel.NEGATIVE, label("Can you kill the job on server 3?"));
    }

    @Test
    void inflectionsFallBackToTheBaseWord() {
        assertTrue(score("she improved it") > 0);
        assertTrue(score("they're frustrating me") < 0);
        assertTrue(score("it crashes") < 0);
    }

    @Test
    void aNegatedModalBeforeAVerbNegatesTheActionNotItsObject() {
        // "we can't ship a crash" is about avoiding a crash, not praise; VADER's flip would make it positive
        assertTrue(score("Agreed, we can't ship a crash. Change of plan: we decided to move the launch to December 8 instead.") < 0);
        assertTrue(score("We can't afford another outage.") < 0);
        // absence of the bad thing still reads positive
        assertTrue(score("That won't be a problem.") > 0);
        assertTrue(score("We didn't have any problems.") > 0);
        assertTrue(score("I can't complain.") > 0);
    }

    @Test
    void legalNamesATeamInWorkChat() {
        assertEquals(SentimentLabel.NEUTRAL, label("Carol, can you chase legal today? We can't launch without their sign-off."));
    }
}
