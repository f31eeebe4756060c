package io.pulse.messaging.local;

import java.io.PrintStream;
import java.util.Locale;

import io.vertx.core.json.JsonObject;

/** How the demo prints what the services answered: step headings and the formatting of names, numbers and texts. */
final class DemoText {

    private DemoText() {
    }

    /** A step's title, after a blank line and underlined. */
    static void heading(PrintStream out, String title) {
        out.println();
        out.println(title);
        out.println("-".repeat(title.length()));
    }

    static String speaker(JsonObject person) {
        return person == null ? "" : " (" + person.getString("name") + ")";
    }

    static String number(Object value) {
        return value instanceof Number n ? String.format(Locale.ROOT, "%.2f", n.doubleValue()) : String.valueOf(value);
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    static String indent(String text, String prefix) {
        return text == null ? prefix : prefix + text.replace("\n", "\n" + prefix);
    }

    static String wrap(String text, int width, String prefix) {
        if (text == null) {
            return "";
        }
        StringBuilder wrapped = new StringBuilder(prefix);
        int column = prefix.length();
        for (String word : text.split(" ")) {
            if (column + word.length() > width && column > prefix.length()) {
                wrapped.append('\n').append(prefix);
                column = prefix.length();
            } else if (column > prefix.length()) {
                wrapped.append(' ');
                column++;
            }
            wrapped.append(word);
            column += word.length();
        }
        return wrapped.toString();
    }
}
