package io.pulse.messaging.autoresponse.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void rendersPlaceholdersWithAndWithoutSpaces() {
        Template t = Template.parse("Hi {{sender.firstName}}, {{ user.name }} is away until {{returnDate}}.");
        assertEquals(List.of("sender.firstName", "user.name", "returnDate"), t.placeholders());
        assertEquals("Hi Anna, Bob Smith is away until Monday 3 August 2026.",
                t.render(Map.of("sender.firstName", "Anna", "user.name", "Bob Smith", "returnDate", "Monday 3 August 2026")));
    }

    @Test
    void missingValuesUseTheFallbackOrVanishTidily() {
        Template t = Template.parse("Hi {{sender.firstName}}, thanks! {{user.name | \"The team\"}}");
        assertEquals("Hi, thanks! The team", t.render(Map.of()));
        assertEquals("Hi, thanks! The team", t.render(Map.of("sender.firstName", "  ")));
        assertEquals("Hello there!", Template.parse("Hello {{sender.firstName | \"there\"}}!").render(Map.of()));
        assertEquals("Hello!", Template.parse("Hello {{sender.firstName}} !").render(Map.of()));
    }

    @Test
    void aValueThatLooksLikeAPlaceholderStaysText() {
        Template t = Template.parse("You wrote: {{message.snippet}}");
        assertEquals("You wrote: { {user.name}}", t.render(Map.of("message.snippet", "{{user.name}}")));
    }

    @Test
    void unknownPlaceholderIsRejectedWithItsPosition() {
        TemplateException e = assertThrows(TemplateException.class, () -> Template.parse("Hello\nDear {{sender.nickname}}"));
        assertEquals(2, e.line());
        assertEquals(8, e.column());
        assertEquals(13, e.offset());
        assertTrue(e.getMessage().contains("unknown placeholder 'sender.nickname'"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2, column 8"), e.getMessage());
    }

    @Test
    void brokenSyntaxIsRejectedWithItsPosition() {
        TemplateException unclosed = assertThrows(TemplateException.class, () -> Template.parse("Hi {{sender.name, bye"));
        assertEquals(3, unclosed.offset());
        assertEquals(4, unclosed.column());
        TemplateException nested = assertThrows(TemplateException.class, () -> Template.parse("a {{ {{user.name}} }}"));
        assertEquals(2, nested.offset());
        TemplateException stray = assertThrows(TemplateException.class, () -> Template.parse("done }} here"));
        assertEquals(5, stray.offset());
        TemplateException empty = assertThrows(TemplateException.class, () -> Template.parse("x {{  }}"));
        assertEquals(2, empty.offset());
        TemplateException badName = assertThrows(TemplateException.class, () -> Template.parse("{{ 9lives }}"));
        assertEquals(3, badName.offset());
        TemplateException badFallback = assertThrows(TemplateException.class, () -> Template.parse("{{user.name | there}}"));
        assertEquals(14, badFallback.offset());
        assertThrows(TemplateException.class, () -> Template.parse("   "));
        assertThrows(TemplateException.class, () -> Template.parse("x".repeat(Template.MAX_LENGTH + 1)));
    }

    @Test
    void renderingNeverFailsWhateverTheValues() {
        Template t = Template.parse("{{greeting}} {{sender.name}}: {{message.snippet}}");
        assertEquals("", t.render(Map.of()));
        Map<String, String> odd = Map.of("sender.name", "$1 \\ ${x}", "message.snippet", "}} {{");
        assertEquals("$1 \\ ${x}: }} { {", t.render(odd));
    }
}
