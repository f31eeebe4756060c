package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what a decision changed: the values (dates, amounts, times, percentages, numbers) of the replaced decision that
 * the new one no longer has. "we're going with $14 instead" after "$15" -> "... $14 instead of $15"; "move the launch to
 * December 8" after "December 3" -> "move the launch from December 3 to December 8".
 */
final class ChangedValues {

    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern VALUE = Pattern.compile("(?i)(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH
            + "|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "|[$€£]\\s?\\d[\\d,.]*\\d?(?:\\s?[km]\\b)?|\\d[\\d,.]*\\s?(?:eur|usd|gbp|euros?|dollars?|pounds?)\\b"
            + "|\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)\\b|\\d[\\d.,]*\\s?%|#\\d+|\\d[\\d.,]*\\d|\\d)");
    /** The values a thread is about: amounts, percentages, references ("#88213") and calendar dates. */
    private static final Pattern ENTITY = Pattern.compile("(?i)(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH
            + "|[$€£]\\s?\\d[\\d,.]*\\d?|\\d[\\d,.]*\\s?(?:eur|usd|gbp|euros?|dollars?|pounds?)\\b|\\d[\\d.,]*\\s?%|#\\d+)");
    private static final Pattern INSTEAD = Pattern.compile("(?i)\\binstead\\b");

    private ChangedValues() {
    }

    static List<String> values(String text) {
        List<String> values = new ArrayList<>();
        Matcher m = VALUE.matcher(text);
        while (m.find()) {
            values.add(m.group().strip());
        }
        return values;
    }

    static List<String> entities(String text) {
        List<String> values = new ArrayList<>();
        Matcher m = ENTITY.matcher(text);
        while (m.find()) {
            values.add(m.group().strip().toLowerCase(Locale.ROOT));
        }
        return values;
    }

    /** The new decision's recap sentence, saying what it replaced. */
    static String changed(String recap, String newText, String oldText) {
        List<String> fresh = values(newText);
        List<String> gone = new ArrayList<>();
        for (String v : values(oldText)) {
            if (!containsValue(fresh, v) && !containsValue(gone, v) && !contains(newText, v)
                    && fresh.stream().anyMatch(f -> kind(f) == kind(v))) {
                gone.add(v);
            }
        }
        String body = recap.replaceAll("[.!?]+$", "");
        if (gone.isEmpty()) {
            return body + ", changing an earlier decision.";
        }
        String old = String.join(" and ", gone);
        Matcher instead = INSTEAD.matcher(body);
        if (instead.find()) {
            return body.substring(0, instead.end()) + " of " + old + body.substring(instead.end()) + ".";
        }
        for (String v : fresh) {
            int at = body.indexOf(" to " + v);
            if (at >= 0 && !containsValue(values(oldText), v)) {
                return body.substring(0, at) + " from " + old + body.substring(at) + ".";
            }
        }
        return body + ", instead of " + old + ".";
    }

    /** What a value measures, so that only a value of the same kind replaces it ($15 by $14, not January 15 by $14). */
    enum Kind { MONEY, DATE, DAY, TIME, PERCENT, REFERENCE, NUMBER }

    static Kind kind(String v) {
        String l = v.toLowerCase(Locale.ROOT);
        if (l.matches(".*[$\u20ac\u00a3].*|.*(?:eur|usd|gbp|euro|dollar|pound).*")) {
            return Kind.MONEY;
        }
        if (l.endsWith("%")) {
            return Kind.PERCENT;
        }
        if (l.startsWith("#")) {
            return Kind.REFERENCE;
        }
        if (l.matches(".*(?:am|pm)$")) {
            return Kind.TIME;
        }
        if (l.matches("(?:mon|tues|wednes|thurs|fri|satur|sun)day")) {
            return Kind.DAY;
        }
        return l.matches(".*[a-z].*") ? Kind.DATE : Kind.NUMBER;
    }

    private static boolean containsValue(List<String> values, String v) {
        return values.stream().anyMatch(x -> x.equalsIgnoreCase(v));
    }

    private static boolean contains(String text, String v) {
        return text.toLowerCase(Locale.ROOT).contains(v.toLowerCase(Locale.ROOT));
    }
}
