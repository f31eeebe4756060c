package io.pulse.messaging.common.text;

import java.util.TreeSet;

/**
 * The characters a match of a regular expression can start with, for the subset the cue lists are written in:
 * literal characters, escapes ({@code \d}, {@code \s}, {@code \w}, an escaped character), character classes with ranges,
 * groups ({@code (...)}, {@code (?:...)}) with alternatives, and the quantifiers {@code ? * + {m,n}} (lazy or not).
 * Null when the expression may match the empty string or uses anything else ({@code .}, a negated class,
 * look-arounds, anchors, back-references): then nothing is known.
 */
final class FirstChars {

    /** What a part of the expression can start with, whether it can match the empty string, and where it ended. */
    private record Part(TreeSet<Character> first, boolean nullable, int end) {
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private final String re;

    private FirstChars(String re) {
        this.re = re;
    }

    /** The characters a match of {@code re} starts with, or null (see the class). */
    static TreeSet<Character> of(String re) {
        try {
            Part part = new FirstChars(re).alternation(0);
            return part.end() != re.length() || part.nullable() ? null : part.first();
        } catch (Unsupported e) {
            return null;
        }
    }

    /** {@code c} as it may be written inside a character class and in a look-ahead. */
    static String quoted(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : String.format("\\x{%x}", (int) c);
    }

    private Part alternation(int at) {
        TreeSet<Character> first = new TreeSet<>();
        boolean nullable = false;
        int i = at;
        while (true) {
            Part sequence = sequence(i);
            first.addAll(sequence.first());
            nullable |= sequence.nullable();
            i = sequence.end();
            if (i < re.length() && re.charAt(i) == '|') {
                i++;
            } else {
                return new Part(first, nullable, i);
            }
        }
    }

    private Part sequence(int at) {
        TreeSet<Character> first = new TreeSet<>();
        boolean nullable = true;
        int i = at;
        while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
            Part atom = quantified(atom(i));
            if (nullable) {
                first.addAll(atom.first());
                nullable = atom.nullable();
            }
            i = atom.end();
        }
        return new Part(first, nullable, i);
    }

    private Part atom(int i) {
        char c = re.charAt(i);
        switch (c) {
            case '(' -> {
                int inner = i + 1;
                if (re.startsWith("?:", inner)) {
                    inner += 2;
                } else if (inner < re.length() && re.charAt(inner) == '?') {
                    throw new Unsupported();
                }
                Part group = alternation(inner);
                if (group.end() >= re.length() || re.charAt(group.end()) != ')') {
                    throw new Unsupported();
                }
                return new Part(group.first(), group.nullable(), group.end() + 1);
            }
            case '[' -> {
                return characterClass(i + 1);
            }
            case '\\' -> {
                return new Part(escaped(re.charAt(i + 1)), false, i + 2);
            }
            case '.', '^', '$', '{', '}', '*', '+', '?', ']' -> throw new Unsupported();
            default -> {
                return new Part(one(c), false, i + 1);
            }
        }
    }

    private Part quantified(Part atom) {
        int i = atom.end();
        if (i >= re.length()) {
            return atom;
        }
        char q = re.charAt(i);
        boolean optional;
        if (q == '?' || q == '*' || q == '+') {
            optional = q != '+';
            i++;
        } else if (q == '{') {
            int close = re.indexOf('}', i);
            if (close < 0) {
                throw new Unsupported();
            }
            String min = re.substring(i + 1, close).split(",", -1)[0].strip();
            optional = min.isEmpty() || Integer.parseInt(min) == 0;
            i = close + 1;
        } else {
            return atom;
        }
        if (i < re.length() && re.charAt(i) == '?') {
            i++; // lazy: the same characters
        }
        return new Part(atom.first(), atom.nullable() || optional, i);
    }

    private Part characterClass(int at) {
        TreeSet<Character> chars = new TreeSet<>();
        int i = at;
        if (i < re.length() && re.charAt(i) == '^') {
            throw new Unsupported();
        }
        while (i < re.length() && re.charAt(i) != ']') {
            char c = re.charAt(i);
            if (c == '[' || c == '&') {
                throw new Unsupported();
            }
            TreeSet<Character> one = c == '\\' ? escaped(re.charAt(++i)) : one(c);
            if (one.size() == 1 && i + 2 < re.length() && re.charAt(i + 1) == '-' && re.charAt(i + 2) != ']') {
                char to = re.charAt(i + 2);
                if (to == '\\') {
                    throw new Unsupported();
                }
                for (char r = one.first(); r <= to; r++) {
                    chars.add(r);
                }
                i += 3;
            } else {
                chars.addAll(one);
                i++;
            }
        }
        if (i >= re.length()) {
            throw new Unsupported();
        }
        return new Part(chars, false, i + 1);
    }

    private static TreeSet<Character> escaped(char c) {
        TreeSet<Character> set = new TreeSet<>();
        if (c == 'd') {
            for (char d = '0'; d <= '9'; d++) {
                set.add(d);
            }
        } else if (c == 's') {
            for (char s : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
                set.add(s);
            }
        } else if (c == 'w') {
            for (char w = '0'; w <= 'z'; w++) {
                if (Character.isLetterOrDigit(w) || w == '_') {
                    set.add(w); // ASCII only, as \w is without UNICODE_CHARACTER_CLASS
                }
            }
        } else if (Character.isLetterOrDigit(c)) {
            throw new Unsupported(); // \b, \p{...}, hexadecimal and other escapes: not read here
        } else {
            set.add(c);
        }
        return set;
    }

    private static TreeSet<Character> one(char c) {
        TreeSet<Character> set = new TreeSet<>();
        set.add(c);
        return set;
    }
}
