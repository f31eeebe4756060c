package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @Test
    void splitsSentencesButNotAbbreviationsOrUrls() {
        assertEquals(List.of("See https://example.com/a.b?c=1 for details.", "Then e.g. ask Dr. Who!", "Ok?", "new line here"),
                Text.sentences("See https://example.com/a.b?c=1 for details. Then e.g. ask Dr. Who! Ok?\nnew line here"));
    }

    @Test
    void termsDropStopwordsAndMeetAcrossInflections() {
        assertEquals(List.of("review", "pull", "request"), Text.terms("I reviewed the pull requests"));
        assertEquals(Text.terms("reviewing releases"), Text.terms("reviews released"));
        assertTrue(Text.terms("ok thanks, sure!").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Alice|I'll send the deck tomorrow.|Alice will send the deck tomorrow.",
            "Bob|I think we should ship it|Bob thinks we should ship it.",
            "Bob|I'm on it!|Bob is on it!",
            "Carol|I fixed the build.|Carol fixed the build.",
            "Carol|I can take the notes.|Carol can take the notes.",
            "Dave|ok so the build is green again|Dave: The build is green again.",
            "Dave|Is the build green?|Dave asks: Is the build green?",
            "Erin|I have the keys|Erin has the keys.",
            "Erin|I carry the boxes|Erin carries the boxes.",
    })
    void attributesStatementsInTheThirdPerson(String name, String sentence, String expected) {
        assertEquals(expected, Attribution.attribute(name, sentence));
    }
}
