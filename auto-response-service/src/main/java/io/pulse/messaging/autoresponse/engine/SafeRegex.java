package io.pulse.messaging.autoresponse.engine;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A user-supplied regular expression that cannot stall the service: its length is limited when it is saved,
 * and matching runs against a character sequence that checks a deadline while the regex engine reads it, so a
 * catastrophically backtracking pattern is abandoned after the time budget and counts as "no match".
 */
public final class SafeRegex {

    /** Longest pattern accepted. */
    public static final int MAX_LENGTH = 200;
    /** Default matching budget per message. */
    public static final Duration DEFAULT_BUDGET = Duration.ofMillis(25);

    private final String source;
    private final Pattern pattern;

    private SafeRegex(String source, Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    /**
     * Compiles a pattern (case- and Unicode-insensitive).
     *
     * @throws IllegalArgumentException with a message for the user when it is too long or not a valid pattern
     */
    public static SafeRegex compile(String source) {
        if (source == null || source.isEmpty()) {
            throw new IllegalArgumentException("must not be empty");
        }
        if (source.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
        }
        try {
            return new SafeRegex(source, Pattern.compile(source,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("is not a valid regular expression: " + e.getDescription()
                    + " at position " + Math.max(0, e.getIndex()));
        }
    }

    public String source() {
        return source;
    }

    /** The outcome of one match: found or not, or abandoned when the budget ran out. */
    public enum Outcome {
        MATCH, NO_MATCH, TIMED_OUT
    }

    public Outcome find(String text, Duration budget) {
        return find(text, budget, System::nanoTime);
    }

    /** {@link #find(String, Duration)} with the clock it checks the budget against (tests give a fake one). */
    public Outcome find(String text, Duration budget, LongSupplier nanoTime) {
        long deadline = nanoTime.getAsLong() + budget.toNanos();
        Matcher matcher = pattern.matcher(new Deadlined(text, deadline, nanoTime));
        try {
            return matcher.find() ? Outcome.MATCH : Outcome.NO_MATCH;
        } catch (BudgetExceeded e) {
            return Outcome.TIMED_OUT;
        } catch (StackOverflowError e) {
            return Outcome.TIMED_OUT; // deeply recursive pattern on long input: same verdict, the service stays up
        }
    }

    private static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    /** Reads through to the text, checking the clock every few thousand reads (reading it is not free). */
    private static final class Deadlined implements CharSequence {
        private final String text;
        private final long deadline;
        private final LongSupplier nanoTime;
        private int reads;

        Deadlined(String text, long deadline, LongSupplier nanoTime) {
            this.text = text;
            this.deadline = deadline;
            this.nanoTime = nanoTime;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && nanoTime.getAsLong() > deadline) {
                throw new BudgetExceeded();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Deadlined(text.substring(start, end), deadline, nanoTime);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
