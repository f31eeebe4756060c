package io.pulse.messaging.testing.fuzz;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import io.pulse.messaging.testing.fuzz.ValueMutations.Mutation;

/**
 * Bad values for a string: huge, control characters, NUL, lone surrogates, empty and blank, wrong types, and by
 * format (malformed and non-canonical UUIDs, dates of year +999999999 and -999999999, impossible dates and times) or
 * enum (an unknown value, an ordinal). Whether one must be refused is decided by the schema's own constraints, except
 * lone surrogates and dates outside years 1970-9999, which the issue requires to be refused everywhere.
 */
final class StringMutations {

    private static final String NASTY = "\u0001\u0007\b\u000b\f\r\n\u001b\u007f\u0085\u2028\u2029\u202e\u200b\ufeff\uffff";
    private static final String TEXT = "abcdefghijklmnopqrstuvwxyz ABCXYZ 0123456789 .,;:!?'\"\\/<>{}[]%$&*éàüß漢字";

    private final Random random;

    StringMutations(Random random) {
        this.random = random;
    }

    /** {@code nullAllowed}: null may stand here, so a "" that Jackson reads as null for a UUID or a date may too. */
    void of(SchemaNode schema, boolean nullAllowed, List<Mutation> out) {
        checked(schema, out, "100k characters", text(100_000));
        checked(schema, out, "control characters", "ctl " + controls(6) + " end");
        checked(schema, out, "NUL character", "before\u0000after");
        boolean readAsNull = nullAllowed && schema.format() != null;
        out.add(new Mutation("empty", "", !allowed(schema, "") && !readAsNull));
        out.add(new Mutation("blank", "   ", !allowed(schema, "   ") && !readAsNull));
        out.add(new Mutation("lone surrogates", "a\ud800b\udc00", true));
        out.add(new Mutation("only a lone surrogate", "\udc00", true)); // stored as "?", it is a regex that does not compile
        // A number for a date is an epoch day or second to Jackson, a debatable leniency: only a 5xx counts there.
        boolean dated = schema.format() != null && schema.format().startsWith("date");
        boolean typed = !schema.enumValues().isEmpty() || schema.format() != null;
        out.add(new Mutation("number", 12, typed && !dated));
        out.add(new Mutation("boolean", Boolean.TRUE, typed));
        out.add(new Mutation("object", new LinkedHashMap<>(), true));
        out.add(new Mutation("array", List.of("x"), true));
        formats(schema, out);
        if (!schema.enumValues().isEmpty()) {
            String first = schema.enumValues().get(0);
            out.add(new Mutation("unknown enum value", "no_such_" + first, true));
            out.add(new Mutation("enum value in upper case", first.toUpperCase(Locale.ROOT), false));
            out.add(new Mutation("ordinal of an enum value", 0, true));
        }
    }

    private void formats(SchemaNode schema, List<Mutation> out) {
        String format = schema.format() == null ? "" : schema.format();
        switch (format) {
            case "uuid" -> {
                checked(schema, out, "not a UUID", "not-a-uuid");
                // UUID.fromString reads it as 00000001-0002-0003-0004-000000000005: only a 5xx counts.
                out.add(new Mutation("non-canonical UUID 1-2-3-4-5", "1-2-3-4-5", false));
                checked(schema, out, "nil UUID", "00000000-0000-0000-0000-000000000000");
            }
            case "date-time" -> {
                checked(schema, out, "year +999999999", "+999999999-12-31T23:59:59Z");
                checked(schema, out, "year -999999999", "-999999999-01-01T00:00:00Z");
                checked(schema, out, "February 30", "2026-02-30T10:00:00Z");
                checked(schema, out, "not a date", "yesterday");
                out.add(new Mutation("date-time without offset", "2026-11-25T14:03:00", false));
            }
            case "date" -> {
                checked(schema, out, "year +999999999", "+999999999-12-31");
                checked(schema, out, "year -999999999", "-999999999-01-01");
                checked(schema, out, "month 13", "2026-13-01");
                checked(schema, out, "not a date", "tomorrow");
            }
            case "local-time" -> {
                checked(schema, out, "hour 24", "24:30");
                checked(schema, out, "not a time", "noon");
            }
            default -> {
            }
        }
    }

    /** A value the service must refuse exactly when the schema forbids it. */
    private static void checked(SchemaNode schema, List<Mutation> out, String name, String value) {
        out.add(new Mutation(name, value, !allowed(schema, value)));
    }

    static boolean allowed(SchemaNode schema, String text) {
        if (!schema.enumValues().isEmpty() && !schema.enumValues().contains(text)) {
            return false;
        }
        if (schema.maxLength() != null && text.length() > schema.maxLength()
                || schema.minLength() != null && text.length() < schema.minLength()) {
            return false;
        }
        if (schema.pattern() != null && !Pattern.compile(schema.pattern()).matcher(text).find()) {
            return false;
        }
        String format = schema.format() == null ? "" : schema.format();
        try {
            return switch (format) {
                case "uuid" -> ValidValues.UUID_TEXT.matcher(text).matches();
                case "date-time" -> plausibleYear(OffsetDateTime.parse(text).getYear());
                case "date" -> plausibleYear(LocalDate.parse(text).getYear());
                case "local-time" -> LocalTime.parse(text) != null;
                default -> true;
            };
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The issue limits dates to a sane range, for example years 1970-9999. */
    private static boolean plausibleYear(int year) {
        return year >= 1970 && year <= 9999;
    }

    /** {@code length} characters of text with punctuation, quotes, backslashes, accents, CJK and emoji (pairs only). */
    String text(int length) {
        StringBuilder text = new StringBuilder(length + 2);
        while (text.length() < length) {
            if (random.nextInt(50) == 0) {
                text.appendCodePoint(0x1F600 + random.nextInt(64));
            } else {
                text.append(TEXT.charAt(random.nextInt(TEXT.length())));
            }
        }
        return text.toString();
    }

    String controls(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(NASTY.charAt(random.nextInt(NASTY.length())));
        }
        return text.toString();
    }
}
