package io.pulse.messaging.autoresponse.engine;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One pass over a pattern's syntax, before RE2 compiles it: an upper estimate of the compiled program's size (RE2
 * expands counted repetitions, so {@code ((a{1000}){1000}){1000}}, 24 characters, would compile to a billion
 * instructions: refused before it is compiled), and the pattern with {@code \w \d \s} (and, outside brackets,
 * {@code \W \D \S}) written as the Unicode classes they meant under {@code java.util.regex}'s
 * {@code UNICODE_CHARACTER_CLASS}, which rules were saved with (RE2's own are ASCII only).
 */
final class PatternScan {

    /** Letters, marks, decimal digits, connector punctuation and joiners: a word character in any script. */
    private static final String WORD = "\\p{L}\\p{Nl}\\p{M}\\p{Nd}\\p{Pc}\\x{200C}\\x{200D}";
    /** Unicode white space. */
    private static final String SPACE = "\\t\\n\\x{0B}\\f\\r\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}";
    private static final long CAP = 1L << 40;

    private final String source;
    private final StringBuilder out = new StringBuilder();
    private final Deque<long[]> groups = new ArrayDeque<>();
    /** The current group's size so far and the size of its last atom (what a following quantifier repeats). */
    private long[] group = {0, 0};
    private int i;

    private PatternScan(String source) {
        this.source = source;
    }

    /** The estimated program size and the pattern with Unicode classes. */
    record Result(long estimatedSize, String unicodePattern) {
    }

    static Result scan(String source) {
        PatternScan scan = new PatternScan(source);
        scan.run();
        return new Result(scan.group[0], scan.out.toString());
    }

    private void run() {
        while (i < source.length()) {
            char c = source.charAt(i);
            switch (c) {
                case '\\' -> escape(false);
                case '[' -> bracket();
                case '(' -> {
                    groups.push(group);
                    group = new long[] {0, 0};
                    copy(1);
                }
                case ')' -> {
                    long inner = group[0] + 2;
                    group = groups.isEmpty() ? new long[] {0, 0} : groups.pop();
                    atom(inner);
                    copy(1);
                }
                case '|' -> {
                    group[0] = add(group[0], 1);
                    group[1] = 0;
                    copy(1);
                }
                case '*', '+', '?' -> {
                    group[0] = add(group[0], 1);
                    copy(1);
                }
                case '{' -> repeat();
                default -> {
                    atom(1);
                    copy(1);
                }
            }
        }
        while (!groups.isEmpty()) { // unbalanced: RE2 reports it; the estimate still counts everything
            long inner = group[0];
            group = groups.pop();
            atom(inner);
        }
    }

    /** A backslash escape at {@link #i}; inside brackets only the class letters are rewritten. */
    private void escape(boolean inBracket) {
        if (i + 1 >= source.length()) {
            copy(1);
            return;
        }
        char e = source.charAt(i + 1);
        if (!inBracket) {
            atom(1);
        }
        switch (e) {
            case 'w' -> replace(inBracket ? WORD : "[" + WORD + "]");
            case 'd' -> replace("\\p{Nd}");
            case 'D' -> replace("\\P{Nd}");
            case 's' -> replace(inBracket ? SPACE : "[" + SPACE + "]");
            case 'W' -> replace(inBracket ? "\\W" : "[^" + WORD + "]");
            case 'S' -> replace(inBracket ? "\\S" : "[^" + SPACE + "]");
            case 'Q' -> quoted();
            case 'p', 'P', 'x' -> copy(i + 2 < source.length() && source.charAt(i + 2) == '{' ? untilBrace() : 2);
            default -> copy(2);
        }
    }

    /** {@code \Q...\E}: literal characters, each an instruction. */
    private void quoted() {
        int end = source.indexOf("\\E", i + 2);
        int stop = end < 0 ? source.length() : end + 2;
        atom(Math.max(1, stop - i - 4));
        copy(stop - i);
    }

    private int untilBrace() {
        int close = source.indexOf('}', i);
        return close < 0 ? source.length() - i : close - i + 1;
    }

    /** A bracketed class: one instruction, whatever it holds. */
    private void bracket() {
        atom(1);
        copy(1);
        if (i < source.length() && source.charAt(i) == '^') {
            copy(1);
        }
        if (i < source.length() && source.charAt(i) == ']') {
            copy(1);
        }
        while (i < source.length() && source.charAt(i) != ']') {
            if (source.charAt(i) == '\\') {
                escape(true);
            } else if (source.startsWith("[:", i) && source.indexOf(":]", i + 2) > 0) {
                copy(source.indexOf(":]", i + 2) + 2 - i);
            } else {
                copy(1);
            }
        }
        copy(Math.min(1, source.length() - i));
    }

    /** {@code {n}}, {@code {n,}} or {@code {n,m}}: the last atom repeated up to its largest count; otherwise a literal brace. */
    private void repeat() {
        int close = source.indexOf('}', i);
        String body = close < 0 ? "" : source.substring(i + 1, close);
        if (!body.matches("\\d{1,9}(,\\d{0,9})?")) {
            atom(1);
            copy(1);
            return;
        }
        String[] bounds = body.split(",", -1);
        long count = Long.parseLong(bounds[bounds.length == 2 && !bounds[1].isEmpty() ? 1 : 0]);
        long repeated = multiply(group[1], Math.max(1, count));
        group[0] = add(add(group[0], repeated - group[1]), 2);
        group[1] = repeated;
        copy(close - i + 1);
    }

    private void atom(long size) {
        group[0] = add(group[0], size);
        group[1] = size;
    }

    private void copy(int length) {
        out.append(source, i, i + length);
        i += length;
    }

    private void replace(String with) {
        out.append(with);
        i += 2;
    }

    private static long add(long a, long b) {
        return Math.min(CAP, a + b);
    }

    private static long multiply(long a, long b) {
        return a == 0 || b == 0 ? 0 : a > CAP / b ? CAP : a * b;
    }
}
