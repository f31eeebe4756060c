package io.pulse.messaging.autoresponse.generation;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What in a text someone could act on: links, email addresses, phone numbers, and numbers in general, each in a
 * normal form so that two texts can be compared (a link without scheme, {@code www.} or trailing slash, lower case; a
 * phone number as its digits; a number without leading zeros). A reply may only mention what its sources mention.
 *
 * @param links   links with or without a scheme ({@code https://x.example/a}, {@code www.x.example}, {@code x.example/a})
 * @param emails  email addresses, lower case
 * @param phones  phone numbers (seven digits or more, dates and times excluded), as digits
 * @param numbers every number outside links and emails: each phone number as one, every other run of digits
 */
public record Mentions(Set<String> links, Set<String> emails, Set<String> phones, Set<String> numbers) {

    private static final Pattern EMAIL = Pattern.compile("(?i)\\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+\\b");
    private static final Pattern SCHEMED_LINK = Pattern.compile("(?i)\\b(?:[a-z][a-z0-9+.-]{1,15}://|www\\.)[^\\s<>\"'()\\[\\]{}]+");
    /** A bare domain: its last label all lower or all upper case, so that "works.Thanks" (a missing space) is not one. */
    private static final Pattern BARE_LINK = Pattern.compile(
            "\\b(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+(?:[a-z]{2,24}|[A-Z]{2,24})\\b(?:/[^\\s<>\"'()\\[\\]{}]*)?");
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{1,2}[:.]\\d{2}\\b");
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d\\s().\\-/]{5,}\\d");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String TRAILING = ".,;:!?'\"’”)»";

    public static Mentions in(String text) {
        String rest = text == null ? "" : text;
        Set<String> emails = new LinkedHashSet<>();
        rest = take(EMAIL, rest, m -> emails.add(m.toLowerCase(Locale.ROOT)));
        Set<String> links = new LinkedHashSet<>();
        rest = take(SCHEMED_LINK, rest, m -> links.add(link(m)));
        rest = take(BARE_LINK, rest, m -> links.add(link(m)));
        Set<String> numbers = new LinkedHashSet<>();
        rest = take(DATE_OR_TIME, rest, m -> digitRuns(m, numbers));
        Set<String> phones = new LinkedHashSet<>();
        rest = take(PHONE, rest, m -> {
            String digits = m.replaceAll("\\D", "");
            if (digits.length() >= 7) {
                phones.add(digits);
                numbers.add(digits);
            } else {
                digitRuns(m, numbers);
            }
        });
        digitRuns(rest, numbers);
        links.remove("");
        return new Mentions(Set.copyOf(links), Set.copyOf(emails), Set.copyOf(phones), Set.copyOf(numbers));
    }

    /** Whether {@code link} (normal form) is one of these links or the site or a parent path of one. */
    public boolean coversLink(String link) {
        for (String known : links) {
            if (known.equals(link) || known.startsWith(link + "/") || known.startsWith(link + "?")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code phone} (digits) is one of these phone numbers, written with or without the country code or the
     * trunk prefix (+44 20 7946 0958 and 020 7946 0958 are one number): the shorter, without leading zeros, of seven
     * digits or more, ends the longer.
     */
    public boolean coversPhone(String phone) {
        String number = phone.replaceFirst("^0+", "");
        for (String known : phones) {
            String other = known.replaceFirst("^0+", "");
            boolean numberShorter = number.length() <= other.length();
            String shorter = numberShorter ? number : other;
            String longer = numberShorter ? other : number;
            if (shorter.length() >= 7 && longer.endsWith(shorter)) {
                return true;
            }
        }
        return false;
    }

    private interface Found {
        void accept(String match);
    }

    /** Reports each match of {@code pattern} and returns the text with the matches blanked out. */
    private static String take(Pattern pattern, String text, Found found) {
        Matcher m = pattern.matcher(text);
        StringBuilder rest = new StringBuilder(text.length());
        while (m.find()) {
            found.accept(m.group());
            m.appendReplacement(rest, " ");
        }
        m.appendTail(rest);
        return rest.toString();
    }

    private static String link(String raw) {
        String link = raw.toLowerCase(Locale.ROOT);
        while (!link.isEmpty() && TRAILING.indexOf(link.charAt(link.length() - 1)) >= 0) {
            link = link.substring(0, link.length() - 1);
        }
        link = link.replaceFirst("^[a-z][a-z0-9+.-]*://", "").replaceFirst("^www\\.", "");
        while (link.endsWith("/")) {
            link = link.substring(0, link.length() - 1);
        }
        return link;
    }

    private static void digitRuns(String text, Set<String> into) {
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            String run = m.group().replaceFirst("^0+(?=\\d)", "");
            into.add(run);
        }
    }
}
