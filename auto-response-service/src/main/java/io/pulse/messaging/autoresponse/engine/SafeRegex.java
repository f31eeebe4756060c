package io.pulse.messaging.autoresponse.engine;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * A user-supplied regular expression that cannot stall the service: it runs on RE2/J, whose matching time is linear
 * in the text (no backtracking, so no pattern is catastrophic), its length and its compiled size are limited when it is
 * saved, and its {@link #weight()} says what one character of text costs it, so a request's total pattern work is known
 * before any matching starts. Case-insensitive; {@code \w \d \s} are Unicode classes (as they were under
 * {@code java.util.regex} with {@code UNICODE_CHARACTER_CLASS}); {@code \b} is RE2's ASCII word boundary.
 *
 * <p>RE2 has no backreferences, lookaround, possessive quantifiers or atomic groups: such patterns are refused on save.
 * A pattern stored before (when {@code java.util.regex} accepted them) is loaded with {@link #lenient} as
 * {@linkplain #supported() unsupported}: it never matches, and {@link #problem()} says why.
 */
public final class SafeRegex {

    /** Longest pattern accepted. */
    public static final int MAX_LENGTH = 200;
    /** Largest compiled program accepted (RE2 instructions): what bounds one character's matching cost. */
    public static final int MAX_PROGRAM = 1000;
    /** Cost of one character of text to any pattern, beyond its instructions (the matcher's own step). */
    static final int STEP_COST = 32;

    private final String source;
    private final Pattern pattern;
    private final String problem;

    private SafeRegex(String source, Pattern pattern, String problem) {
        this.source = source;
        this.pattern = pattern;
        this.problem = problem;
    }

    /**
     * Compiles a pattern.
     *
     * @throws IllegalArgumentException with a message for the user when it is too long, too large, not valid, or uses
     *                                  syntax RE2 does not support
     */
    public static SafeRegex compile(String source) {
        if (source == null || source.isEmpty()) {
            throw new IllegalArgumentException("must not be empty");
        }
        if (source.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
        }
        PatternScan.Result scan = PatternScan.scan(source);
        String tooLarge = "repeats too much: it would compile to more than " + MAX_PROGRAM + " instructions (nest fewer counted repetitions)";
        if (scan.estimatedSize() > 20L * MAX_PROGRAM) {
            throw new IllegalArgumentException(tooLarge);
        }
        Pattern pattern;
        try {
            Pattern.compile(source, Pattern.CASE_INSENSITIVE); // the user's own text, so that errors quote what they wrote
            pattern = Pattern.compile(scan.unicodePattern(), Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("is not a valid regular expression for the linear-time engine (RE2 syntax: no backreferences, "
                    + "lookahead or lookbehind, possessive quantifiers or atomic groups): " + e.getDescription());
        }
        if (pattern.programSize() > MAX_PROGRAM) {
            throw new IllegalArgumentException(tooLarge);
        }
        return new SafeRegex(source, pattern, null);
    }

    /** A stored pattern: compiled when it can be, otherwise one that never matches and says why. Never throws. */
    public static SafeRegex lenient(String source) {
        try {
            return compile(source);
        } catch (IllegalArgumentException e) {
            return new SafeRegex(source, null, e.getMessage());
        }
    }

    public String source() {
        return source;
    }

    /** False for a stored pattern this engine cannot run; it never matches. */
    public boolean supported() {
        return pattern != null;
    }

    /** Why an unsupported pattern cannot run, or null. */
    public String problem() {
        return problem;
    }

    /** The cost of matching one character of text: the compiled program's size plus a constant step (0 when unsupported). */
    public int weight() {
        return pattern == null ? 0 : pattern.programSize() + STEP_COST;
    }

    /** The outcome of one match. */
    public enum Outcome {
        MATCH, NO_MATCH, UNSUPPORTED
    }

    /** Whether the pattern occurs anywhere in {@code text}, in time linear in the text's length. */
    public Outcome find(CharSequence text) {
        if (pattern == null) {
            return Outcome.UNSUPPORTED;
        }
        return pattern.matcher(text).find() ? Outcome.MATCH : Outcome.NO_MATCH;
    }
}
