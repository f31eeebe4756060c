package io.pulse.messaging.intelligence.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The classifier's shortcuts give exactly what the plain regular expressions they replace give. */
class MessageClassifierTest {

    private static final List<String> TEXTS = List.of("Can you send me the logs?", "can  you\tsend\n\nit over", " Is  this   fine ",
            "I'll send the notes by Friday", "please send by friday", "Sure, done.  Thanks!!", "ok", "okay!", "bookkeeping",
            "sent\u000Bit", "here it is", "hereis", "Thanks, Dana is writing it", "we\u2019ll ship it asap", "great, thanks",
            "could you\u2003please look", "naïve café, sure", "x_ok ok_x ok", "", "   ", "a\r\nb\fc");

    @Test
    void aLookAheadPatternMatchesWhatThePlainAlternationMatches() {
        String alternatives = "done|sent|will do|on it|ok|okay|sure|here (it )?is|great, thanks|i'll|i\u2019ll|by (today|eod)|asap";
        Pattern plain = Pattern.compile("\\b(" + alternatives + ")\\b");
        Pattern fast = MessageClassifier.words(alternatives);
        for (String text : TEXTS) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            assertEquals(plain.matcher(lower).find(), fast.matcher(lower).find(), text);
        }
        assertThrows(IllegalArgumentException.class, () -> MessageClassifier.words("ok|(a|b)"));
    }

    @Test
    void whitespaceIsCollapsedAsReplaceAllWouldAndTheCuesAreTheSingleMethods() {
        for (String text : TEXTS) {
            assertEquals(text.replaceAll("\\s+", " "), MessageClassifier.collapseRegexWhitespace(text), text);
            MessageClassifier.Cues cues = MessageClassifier.classify(text);
            assertEquals(List.of(MessageClassifier.wordCount(text), MessageClassifier.isQuestion(text), MessageClassifier.isRequest(text),
                    MessageClassifier.isAcknowledgement(text), MessageClassifier.isClosing(text)),
                    List.of(cues.words(), cues.question(), cues.request(), cues.acknowledgement(), cues.closing()), text);
        }
        assertEquals("Can you send it over?", MessageClassifier.excerpt("  Can  you\tsend\n it over? ", 160));
        assertEquals(true, MessageClassifier.isQuestion("can  you\tsend it"));
        assertEquals(false, MessageClassifier.isQuestion("can you"));
    }
}
