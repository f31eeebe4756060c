package io.pulse.messaging.autoresponse.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A reply template: text with placeholders {@code {{sender.firstName}}}, optionally with a fallback for when the
 * value is unknown: {@code {{sender.firstName | "there"}}}. Parsed (and so validated) when a rule is saved;
 * rendering never fails: an unknown value becomes its fallback, or nothing, and the punctuation left around an
 * empty value is tidied ("Hi {{sender.firstName}}," becomes "Hi,").
 */
public final class Template {

    /** The placeholders a template may use. */
    public static final Set<String> PLACEHOLDERS = Set.of(
            "sender.name", "sender.firstName", "sender.email",
            "user.name", "user.firstName",
            "returnDate", "message.snippet", "message.channel", "greeting");

    public static final int MAX_LENGTH = 5000;

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*");

    private sealed interface Part permits Literal, Slot {
    }

    private record Literal(String text) implements Part {
    }

    private record Slot(String name, String fallback) implements Part {
    }

    private final String source;
    private final List<Part> parts;

    private Template(String source, List<Part> parts) {
        this.source = source;
        this.parts = parts;
    }

    public String source() {
        return source;
    }

    /** The placeholders this template uses, in order of first use. */
    public List<String> placeholders() {
        return parts.stream().filter(Slot.class::isInstance).map(p -> ((Slot) p).name()).distinct().toList();
    }

    /**
     * Parses a template.
     *
     * @throws TemplateException naming the problem and its position: an unclosed or empty placeholder, an unknown
     *                           name, a stray "}}", a malformed fallback, or a template that is blank or too long
     */
    public static Template parse(String source) {
        if (source == null || source.isBlank()) {
            throw new TemplateException("the template is empty", source == null ? "" : source, 0);
        }
        if (source.length() > MAX_LENGTH) {
            throw new TemplateException("the template is longer than " + MAX_LENGTH + " characters", source, MAX_LENGTH);
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("{{", i)) {
                int close = source.indexOf("}}", i + 2);
                int nextOpen = source.indexOf("{{", i + 2);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                    throw new TemplateException("'{{' is not closed by '}}'", source, i);
                }
                if (!literal.isEmpty()) {
                    parts.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(slot(source, i, close));
                i = close + 2;
            } else if (source.startsWith("}}", i)) {
                throw new TemplateException("'}}' without an opening '{{'", source, i);
            } else {
                literal.append(source.charAt(i));
                i++;
            }
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
        }
        return new Template(source, List.copyOf(parts));
    }

    private static Slot slot(String source, int open, int close) {
        String inside = source.substring(open + 2, close);
        int bar = inside.indexOf('|');
        String name = (bar < 0 ? inside : inside.substring(0, bar)).strip();
        int nameAt = open + 2 + (inside.length() - inside.stripLeading().length());
        if (name.isEmpty()) {
            throw new TemplateException("empty placeholder", source, open);
        }
        if (!NAME.matcher(name).matches()) {
            throw new TemplateException("'" + name + "' is not a placeholder name", source, nameAt);
        }
        if (!PLACEHOLDERS.contains(name)) {
            throw new TemplateException("unknown placeholder '" + name + "' (known: "
                    + PLACEHOLDERS.stream().sorted().toList() + ")", source, nameAt);
        }
        String fallback = null;
        if (bar >= 0) {
            String rest = inside.substring(bar + 1).strip();
            int restAt = open + 2 + bar + 1 + (inside.substring(bar + 1).length() - inside.substring(bar + 1).stripLeading().length());
            if (rest.length() < 2 || rest.charAt(0) != '"' || rest.charAt(rest.length() - 1) != '"'
                    || rest.substring(1, rest.length() - 1).contains("\"")) {
                throw new TemplateException("a fallback must be one double-quoted text, as in {{" + name + " | \"there\"}}", source, restAt);
            }
            fallback = rest.substring(1, rest.length() - 1);
        }
        return new Slot(name, fallback);
    }

    /** Renders with the given values (absent or blank values use the fallback, else vanish). Never throws. */
    public String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder(source.length() + 64);
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else if (part instanceof Slot slot) {
                String value = values.get(slot.name());
                if (value == null || value.isBlank()) {
                    value = slot.fallback() == null ? "" : slot.fallback();
                }
                out.append(value.replace("{{", "{ {")); // a value can never look like a placeholder later on
            }
        }
        return tidy(out.toString());
    }

    /** Removes what an empty value leaves behind: doubled spaces and spaces before punctuation. */
    static String tidy(String text) {
        String tidied = text.replaceAll("[ \\t]+([,.!?;:])", "$1")
                .replaceAll("([,;:])(?:\\s*[,;:])+", "$1")
                .replaceAll("[ \\t]{2,}", " ")
                .replaceAll("(?m)^[ \\t]*[,;:]+[ \\t]*|[ \\t]+$", "");
        return tidied.strip();
    }
}
