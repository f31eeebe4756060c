package io.pulse.messaging.summarization.engine;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a due date out of a sentence and resolves it against the day the message was sent (in the reader's
 * zone). A bare weekday means its next occurrence after that day ("by Friday" said on a Friday is a week
 * later); "next Friday" is the Friday of the following week; "end of week" is that week's Friday.
 */
final class DueDates {

    /** A resolved due date and the words it was read from. */
    record Due(LocalDate date, String text) {
    }

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY));

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("january", Month.JANUARY), Map.entry("jan", Month.JANUARY),
            Map.entry("february", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
            Map.entry("march", Month.MARCH), Map.entry("mar", Month.MARCH),
            Map.entry("april", Month.APRIL), Map.entry("apr", Month.APRIL),
            Map.entry("may", Month.MAY), Map.entry("june", Month.JUNE), Map.entry("jun", Month.JUNE),
            Map.entry("july", Month.JULY), Map.entry("jul", Month.JULY),
            Map.entry("august", Month.AUGUST), Map.entry("aug", Month.AUGUST),
            Map.entry("september", Month.SEPTEMBER), Map.entry("sep", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER),
            Map.entry("october", Month.OCTOBER), Map.entry("oct", Month.OCTOBER),
            Map.entry("november", Month.NOVEMBER), Map.entry("nov", Month.NOVEMBER),
            Map.entry("december", Month.DECEMBER), Map.entry("dec", Month.DECEMBER));

    private static final Map<String, Integer> NUMBERS = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7, "ten", 10, "couple", 2);

    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thu|fri|sat|sun)";
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? " + MONTH + "\\b\\.?(?:,? (\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?");
    private static final Pattern ORDINAL_DAY = Pattern.compile("\\b(?:by|on|before|until|due) the (\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern TODAY = Pattern.compile("\\b(today|tonight|this evening|this afternoon|end of (?:the )?day|eod|cob|close of business)\\b");
    private static final Pattern TOMORROW = Pattern.compile("\\b(tomorrow|tmrw|tmr|tomorow)\\b");
    private static final Pattern DAY_AFTER = Pattern.compile("\\bday after tomorrow\\b");
    private static final Pattern END_OF_WEEK = Pattern.compile("\\b(end of (?:the |this )?week|eow|this week)\\b");
    private static final Pattern NEXT_WEEK = Pattern.compile("\\b(next week|end of next week)\\b");
    private static final Pattern END_OF_MONTH = Pattern.compile("\\b(end of (?:the |this )?month|eom|this month)\\b");
    private static final Pattern END_OF_NEXT_MONTH = Pattern.compile("\\b(next month|end of next month)\\b");
    private static final Pattern IN_N = Pattern.compile("\\bin (\\d{1,3}|a|one|two|three|four|five|six|seven|ten|a couple of) (day|week|business day|working day)s?\\b");
    private static final Pattern NEXT_WEEKDAY = Pattern.compile("\\bnext " + WEEKDAY + "\\b");
    private static final Pattern THIS_WEEKDAY = Pattern.compile("\\b(?:this|by|on|before|until|till|til|due) " + WEEKDAY + "\\b");
    private static final Pattern BARE_WEEKDAY = Pattern.compile("\\b" + WEEKDAY + "\\b");

    // The words without which a pattern above cannot match: most sentences name no date, and those are answered by
    // looking up their words instead of running the fifteen patterns over them.
    private static final Set<String> TODAY_WORDS = Set.of("today", "tonight", "evening", "afternoon", "day", "eod", "cob", "business");
    private static final Set<String> TOMORROW_WORDS = Set.of("tomorrow", "tmrw", "tmr", "tomorow");
    private static final Set<String> IN_N_UNITS = Set.of("day", "days", "week", "weeks");
    private static final Set<String> WEEK_WORDS = Set.of("week", "eow");
    private static final Set<String> MONTH_WORDS = Set.of("month", "eom");
    private static final Set<String> DATE_WORDS = union(TODAY_WORDS, TOMORROW_WORDS, IN_N_UNITS, WEEK_WORDS, MONTH_WORDS,
            WEEKDAYS.keySet(), MONTHS.keySet());

    private DueDates() {
    }

    /** The first due date stated in {@code sentence}, resolved against {@code sentOn}. */
    static Optional<Due> find(String sentence, LocalDate sentOn) {
        return find(CueText.of(sentence), sentOn);
    }

    /** The first due date stated in a sentence already cut into words, resolved against {@code sentOn}. */
    static Optional<Due> find(CueText text, LocalDate sentOn) {
        boolean digit = text.hasDigit();
        if (!digit && !text.hasAny(DATE_WORDS)) {
            return Optional.empty();
        }
        String s = text.lower();
        if (digit) {
            Optional<Due> written = writtenDate(s, text.hasAny(MONTHS.keySet()), sentOn);
            if (written != null) {
                return written;
            }
        }
        boolean weekday = text.hasAny(WEEKDAYS.keySet());
        return comingDays(text, s, sentOn)
                .or(() -> weeks(text, s, weekday, sentOn))
                .or(() -> months(text, s, sentOn))
                .or(() -> weekdays(s, weekday, sentOn));
    }

    /**
     * A date written with digits ("2026-12-03", "3 Dec", "December 3rd", "by the 28th"): empty when it is no real
     * date, null when the sentence writes none (then its words may still name one).
     */
    private static Optional<Due> writtenDate(String s, boolean month, LocalDate sentOn) {
        Matcher iso = ISO.matcher(s);
        if (iso.find()) {
            return date(iso.group(), () -> LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
        }
        Matcher dm = DAY_MONTH.matcher(s);
        if (month && dm.find()) {
            return monthDay(dm.group(), MONTHS.get(dm.group(2)), Integer.parseInt(dm.group(1)), dm.group(3), sentOn);
        }
        Matcher md = MONTH_DAY.matcher(s);
        if (month && md.find()) {
            return monthDay(md.group(), MONTHS.get(md.group(1)), Integer.parseInt(md.group(2)), md.group(3), sentOn);
        }
        Matcher od = ORDINAL_DAY.matcher(s);
        if (od.find()) {
            int day = Integer.parseInt(od.group(1));
            Optional<Due> thisMonth = date(od.group(), () -> sentOn.withDayOfMonth(day));
            if (thisMonth.isPresent() && thisMonth.get().date().isBefore(sentOn)) {
                return date(od.group(), () -> sentOn.plusMonths(1).withDayOfMonth(day));
            }
            return thisMonth;
        }
        return null;
    }

    /** The day after tomorrow, tomorrow, today / end of day, or "in 3 days / two weeks / 2 business days". */
    private static Optional<Due> comingDays(CueText text, String s, LocalDate sentOn) {
        Matcher m;
        boolean tomorrow = text.hasAny(TOMORROW_WORDS);
        if (tomorrow && (m = DAY_AFTER.matcher(s)).find()) {
            return Optional.of(new Due(sentOn.plusDays(2), m.group()));
        }
        if (tomorrow && (m = TOMORROW.matcher(s)).find()) {
            return Optional.of(new Due(sentOn.plusDays(1), m.group()));
        }
        if (text.hasAny(TODAY_WORDS) && (m = TODAY.matcher(s)).find()) {
            return Optional.of(new Due(sentOn, m.group()));
        }
        if (text.has("in") && text.hasAny(IN_N_UNITS) && (m = IN_N.matcher(s)).find()) {
            String n = m.group(1);
            int count = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : NUMBERS.getOrDefault(n.replace(" of", "").replace("a couple", "couple"), 2);
            String unit = m.group(2);
            LocalDate date = unit.equals("week") ? sentOn.plusWeeks(count)
                    : unit.equals("day") ? sentOn.plusDays(count) : plusBusinessDays(sentOn, count);
            return Optional.of(new Due(date, m.group()));
        }
        return Optional.empty();
    }

    /** "next Tuesday" (in the following week), next week / end of next week, end of (this) week. */
    private static Optional<Due> weeks(CueText text, String s, boolean weekday, LocalDate sentOn) {
        Matcher m;
        if (weekday && (m = NEXT_WEEKDAY.matcher(s)).find()) {
            DayOfWeek day = WEEKDAYS.get(m.group(1));
            LocalDate nextMonday = sentOn.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            return Optional.of(new Due(nextMonday.with(TemporalAdjusters.nextOrSame(day)), m.group()));
        }
        boolean week = text.hasAny(WEEK_WORDS);
        if (week && (m = NEXT_WEEK.matcher(s)).find()) {
            LocalDate nextMonday = sentOn.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            LocalDate date = m.group().startsWith("end") ? nextMonday.plusDays(4) : nextMonday;
            return Optional.of(new Due(date, m.group()));
        }
        if (week && (m = END_OF_WEEK.matcher(s)).find()) {
            LocalDate friday = sentOn.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            if (sentOn.getDayOfWeek() == DayOfWeek.SATURDAY || sentOn.getDayOfWeek() == DayOfWeek.SUNDAY) {
                friday = sentOn.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            }
            return Optional.of(new Due(friday, m.group()));
        }
        return Optional.empty();
    }

    /** (End of) next month, end of (this) month: the month's last day. */
    private static Optional<Due> months(CueText text, String s, LocalDate sentOn) {
        Matcher m;
        boolean monthWord = text.hasAny(MONTH_WORDS);
        if (monthWord && (m = END_OF_NEXT_MONTH.matcher(s)).find()) {
            return Optional.of(new Due(sentOn.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth()), m.group()));
        }
        if (monthWord && (m = END_OF_MONTH.matcher(s)).find()) {
            return Optional.of(new Due(sentOn.with(TemporalAdjusters.lastDayOfMonth()), m.group()));
        }
        return Optional.empty();
    }

    /** "by Friday", "on Monday", or a bare weekday name: its next occurrence after the day the message was sent. */
    private static Optional<Due> weekdays(String s, boolean weekday, LocalDate sentOn) {
        Matcher m;
        if (weekday && (m = THIS_WEEKDAY.matcher(s)).find()) {
            DayOfWeek day = WEEKDAYS.get(m.group(1));
            return Optional.of(new Due(sentOn.with(TemporalAdjusters.next(day)), m.group()));
        }
        Matcher bare = BARE_WEEKDAY.matcher(s);
        while (weekday && bare.find()) {
            String w = bare.group(1);
            if (w.length() <= 3 && !w.equals("fri") && !w.equals("mon")) {
                continue; // "sun", "sat", "wed", "thu" are too often ordinary words or noise
            }
            return Optional.of(new Due(sentOn.with(TemporalAdjusters.next(WEEKDAYS.get(w))), bare.group()));
        }
        return Optional.empty();
    }

    private static Optional<Due> monthDay(String text, Month month, int day, String year, LocalDate sentOn) {
        if (year != null) {
            return date(text, () -> LocalDate.of(Integer.parseInt(year), month, day));
        }
        Optional<Due> thisYear = date(text, () -> LocalDate.of(sentOn.getYear(), month, day));
        if (thisYear.isPresent() && thisYear.get().date().isBefore(sentOn.minusDays(31))) {
            return date(text, () -> LocalDate.of(sentOn.getYear() + 1, month, day));
        }
        return thisYear;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    private static LocalDate plusBusinessDays(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    private interface DateSupplier {
        LocalDate get();
    }

    private static Optional<Due> date(String text, DateSupplier supplier) {
        try {
            return Optional.of(new Due(supplier.get(), text.strip()));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
