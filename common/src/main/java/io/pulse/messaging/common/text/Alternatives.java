package io.pulse.messaging.common.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code \b(alternatives)\b} compiled so that it matches exactly what that pattern matches, faster. Java's regular
 * expressions try the alternatives of a group one after the other at every word boundary of the text; a cue list has
 * dozens, most of which cannot start with the character there. So the alternatives are grouped by the characters
 * they can start with ({@link FirstChars}), in their order, each group behind a one-character look-ahead:
 * {@code \b(?=[ab])((?=a)(?:alternatives starting with a)|(?=b)(?:... with b))\b}. At a word boundary only the
 * alternatives that can start with its character are tried, in the order the plain pattern tries them (the others
 * fail there anyway), so every match, its bounds and its text (group 0 and group 1) are the plain pattern's. A list
 * whose first characters cannot be told (an alternative that may match the empty string, or a construct
 * {@link FirstChars} does not read) is compiled plainly.
 */
public final class Alternatives {

    private Alternatives() {
    }

    /** {@code \b(alternatives)\b}, case-sensitive, compiled as described above. */
    public static Pattern words(String alternatives) {
        List<String> split = split(alternatives);
        Map<Character, List<String>> byFirst = new LinkedHashMap<>();
        TreeSet<Character> all = new TreeSet<>();
        for (String alternative : split) {
            TreeSet<Character> first = FirstChars.of(alternative);
            if (first == null) {
                return plain(alternatives);
            }
            all.addAll(first);
        }
        for (char c : all) {
            byFirst.put(c, new ArrayList<>());
        }
        for (String alternative : split) {
            for (char c : FirstChars.of(alternative)) {
                byFirst.get(c).add(alternative);
            }
        }
        StringBuilder regex = new StringBuilder("\\b(?=[");
        all.forEach(c -> regex.append(FirstChars.quoted(c)));
        regex.append("])(");
        String separator = "";
        for (Map.Entry<Character, List<String>> group : byFirst.entrySet()) {
            regex.append(separator).append("(?=").append(FirstChars.quoted(group.getKey())).append(")(?:")
                    .append(String.join("|", group.getValue())).append(')');
            separator = "|";
        }
        return Pattern.compile(regex.append(")\\b").toString());
    }

    /** {@code \b(alternatives)\b} as written. */
    public static Pattern plain(String alternatives) {
        return Pattern.compile("\\b(" + alternatives + ")\\b");
    }

    /** The top-level alternatives: split at each {@code |} outside groups and character classes. */
    static List<String> split(String alternatives) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < alternatives.length(); i++) {
            char c = alternatives.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(alternatives.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(alternatives.substring(start));
        return parts;
    }
}
