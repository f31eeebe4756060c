package io.pulse.messaging.autoresponse.engine.smart;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fixed phrases in one language, with their slots filled. English, German, French and Spanish; any other language
 * has none ({@link #of} answers null), so nothing is ever answered in a language other than the message's.
 */
public final class ReplyPhrases {

    /** The languages with phrases (ISO 639-1). */
    public static final Set<String> SUPPORTED = Set.of("en", "de", "fr", "es");

    private static final Map<String, Map<Phrase, String>> TABLES = Map.of("en", EnglishPhrases.table(),
            "de", GermanPhrases.table(), "fr", FrenchPhrases.table(), "es", SpanishPhrases.table());
    private static final Pattern SPANISH_DAY = Pattern.compile("(?iu)^(" + ProposedTime.WEEKDAYS.get("es") + "|miercoles|sabado)\\b");
    private static final Pattern ENGLISH_DAY = Pattern.compile("(?i)\\b(" + ProposedTime.WEEKDAYS.get("en") + ")\\b");
    /** The name inside a sentence ("darum{hi} und ...") is closed by a comma too. */
    private static final Pattern NAME_INSIDE = Pattern.compile("\\{hi}(?=\\s+\\p{L})");
    private static final Pattern ENGLISH_CLOCK = Pattern.compile("(?i)\\b(\\d{1,2}(?::\\d{2})?)\\s+(am|pm)\\b");

    /** What fills the slots; any may be null. */
    public record Slots(String name, String when, String act, String order, String yes, String no) {
    }

    private final String language;
    private final Map<Phrase, String> table;

    private ReplyPhrases(String language, Map<Phrase, String> table) {
        this.language = language;
        this.table = table;
    }

    /** The phrases of {@code language}, or null when it has none. */
    public static ReplyPhrases of(String language) {
        Map<Phrase, String> table = language == null ? null : TABLES.get(language);
        return table == null ? null : new ReplyPhrases(language, table);
    }

    public String language() {
        return language;
    }

    /** The phrase with its slots filled, or null when this language lacks it or a slot it needs is empty. */
    public String text(Phrase phrase, Slots slots) {
        String template = table.get(phrase);
        if (template == null) {
            return null;
        }
        String named = NAME_INSIDE.matcher(template).replaceAll(slots.name() == null ? ""
                : java.util.regex.Matcher.quoteReplacement(", " + slots.name() + ","));
        String text = named.replace("{hi}", slots.name() == null ? "" : ", " + slots.name())
                .replace("{sp}", slots.name() == null ? "" : " " + slots.name());
        text = fill(text, "{When}", slots.when() == null ? null : capitalise(when(slots.when())));
        text = fill(text, "{when}", slots.when() == null ? null : when(slots.when()));
        text = fill(text, "{act}", slots.act());
        text = fill(text, "{order}", slots.order());
        text = fill(text, "{yes}", slots.yes());
        return text == null ? null : fill(text, "{no}", slots.no());
    }

    private static String fill(String text, String slot, String value) {
        if (text == null || !text.contains(slot)) {
            return text;
        }
        return value == null ? null : text.replace(slot, value);
    }

    /** A time as this language says it in a sentence: English days capitalised, "3 pm" as "3pm"; Spanish days with "el". */
    private String when(String phrase) {
        return switch (language) {
            case "en" -> ENGLISH_CLOCK.matcher(ENGLISH_DAY.matcher(phrase).replaceAll(m -> capitalise(m.group().toLowerCase(Locale.ROOT))))
                    .replaceAll("$1$2");
            case "es" -> SPANISH_DAY.matcher(phrase).find() ? "el " + phrase : phrase;
            case "de" -> capitalise(phrase);
            default -> phrase;
        };
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
