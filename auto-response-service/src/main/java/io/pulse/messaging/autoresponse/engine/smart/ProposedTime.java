package io.pulse.messaging.autoresponse.engine.smart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The times a message names, as the message writes them ("Friday morning", "Freitag um 10 Uhr", "vendredi à 10h",
 * "viernes por la mañana", "Thursday from 2pm to 3pm"), in English, German, French or Spanish. Every day, part of day,
 * clock time and range is found; adjacent ones form one mention ("Thursday 2pm"). A number only reads as a clock time
 * when it says so ("3pm", "10:30", "10 Uhr") or when a word for "at" introduces it ("at 12.50", "à 10h"): "12.50" and
 * "took 3h" name no time. A mention after a deadline word ("by Friday", "bis Freitag", "avant lundi") is a deadline,
 * never a proposal. With several proposals the proposal is the one introduced as the new time ("to Friday", "auf
 * Freitag", "à vendredi", "al viernes", "how about ..."), never one named as the time being replaced ("instead of
 * Thursday", "statt", "au lieu de", "en lugar de", "from"); else the last one, since a message names the old time
 * before the new one.
 */
public final class ProposedTime {

    /** The days of the week per language, lower case with their accents; also what the phrases capitalise. */
    static final Map<String, String> WEEKDAYS = Map.of(
            "en", "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
            "de", "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
            "fr", "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
            "es", "lunes|martes|miércoles|jueves|viernes|sábado|domingo");
    private static final String DAY = String.join("|", WEEKDAYS.values()) + "|tomorrow|today|tonight|übermorgen|morgen|heute"
            + "|demain|aujourd'hui|mañana|hoy";
    private static final String PART = "morning|afternoon|evening|lunchtime|noon|vormittag|nachmittag|abend|mittag|früh"
            + "|matin|après-midi|soir|midi|por la mañana|por la tarde|por la noche|a mediodía";
    private static final String WEEK = "next week|this week|nächste woche|kommende woche|la semaine prochaine"
            + "|la próxima semana|la semana que viene";
    /** A clock time that says it is one ("3pm", "10:30", "10 Uhr"), and a number that only may be one ("12.50", "3h"). */
    private static final String SURE = "\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)|\\d{1,2}:\\d{2}|\\d{1,2}(?:[.:]\\d{2})?\\s?uhr";
    private static final String MAYBE = "\\d{1,2}(?:[:.h]\\d{2}|h)?";
    private static final String CLOCK = SURE + "|(?:at|um|gegen|à|vers|a las)\\s+(?:" + SURE + "|" + MAYBE + ")";
    private static final String RANGE = "(?:from|von|de|entre)\\s+(?:" + SURE + "|" + MAYBE + ")\\s*(?:-|–|to|till|bis|à|a|et|y)\\s*(?:"
            + SURE + "|" + MAYBE + ")|(?:" + SURE + ")\\s*(?:-|–|to|till|bis)\\s*(?:" + SURE + "|" + MAYBE + ")";
    /** A range in a message about moving is the old time and the new one ("move it from 2pm to 4pm"). */
    private static final Pattern MOVE = Pattern.compile("(?iu)\\b(?:move|moving|push|shift|reschedul\\w*|postpone|verschieb\\w*"
            + "|verleg\\w*|décaler|decaler|déplacer|reporter|mover|cambiar|pasar)\\b");
    private static final Pattern RANGE_NEW = Pattern.compile("(?iu)^(?:from|von|de|entre)\\s+.*?\\s*"
            + "(?:-|–|\\bto|\\btill|\\bbis|\\bà|\\ba|\\bet|\\by)\\s+(.+)$");
    private static final Pattern ASAP = Pattern.compile("(?iu)\\b(?:asap|a\\.s\\.a\\.p)\\b");
    private static final String UNIT = "(?:(?:next|this|nächsten|kommenden|ce|este|el|le)\\s+)?(?:(?:" + DAY + ")(?:\\s+(?:" + PART
            + "))?|" + PART + "|" + WEEK + "|" + RANGE + "|" + CLOCK + ")";
    private static final String GLUE = "(?:\\s*,?\\s*(?:on|in the|am|le|el|,)?\\s*)";
    private static final Pattern MENTION = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + UNIT + "(?:" + GLUE + UNIT + ")*(?![\\p{L}\\d])");
    private static final Pattern NEW_TIME_BEFORE = Pattern.compile("(?iu)\\b(?:to|into|until|auf|nach|zu|à|au|al|a|para|pour"
            + "|how about|what about|maybe|instead|wie wäre es mit|lieber|plutôt|mejor)\\s+(?:the\\s+|le\\s+|el\\s+|den\\s+)?$");
    private static final Pattern OLD_TIME_BEFORE = Pattern.compile("(?iu)\\b(?:instead of|rather than|statt|anstatt|au lieu de"
            + "|en lugar de|en vez de|from|von|de)\\s+(?:the\\s+|le\\s+|el\\s+|dem\\s+)?$");
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("(?iu)\\b(?:by|before|until|no later than|due|bis|avant"
            + "|antes del?)\\s+(?:the\\s+|end of\\s+|zum\\s+|le\\s+|el\\s+)?$");
    private static final Pattern NEW_TIME_AFTER = Pattern.compile("(?iu)^\\s*(?:instead|stattdessen|plutôt|mejor)\\b");

    /** Greetings that name a part of the day ("Good morning", "Guten Morgen") name no time. */
    private static final Pattern GREETING = Pattern.compile("(?iu)\\b(?:good (?:morning|afternoon|evening)|guten (?:morgen|abend)"
            + "|buenos días|buenos dias|buenas tardes|buenas noches|bonsoir)\\b");

    private ProposedTime() {
    }

    /** One mention: where it is, as written, and whether a deadline word introduces it. */
    private record Span(int start, int end, String text, boolean deadline) {
    }

    /** The times a message names, in order; greetings are blanked out first (so "Good morning" names none). */
    private static List<Span> mentions(String message) {
        String text = GREETING.matcher(message).replaceAll(g -> " ".repeat(g.group().length()));
        List<Span> mentions = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            mentions.add(new Span(m.start(), m.end(), m.group(), DEADLINE_BEFORE.matcher(before).find()));
        }
        return mentions;
    }

    /** The proposed time as the message writes it, or null when it names none (deadlines are none). */
    public static String in(String message) {
        Span chosen = null;
        boolean introduced = false;
        for (Span mention : mentions(message)) {
            String before = message.substring(Math.max(0, mention.start() - 40), mention.start());
            String after = message.substring(mention.end(), Math.min(message.length(), mention.end() + 20));
            if (mention.deadline() || OLD_TIME_BEFORE.matcher(before).find()) {
                continue;
            }
            boolean isNew = NEW_TIME_BEFORE.matcher(before).find() || NEW_TIME_AFTER.matcher(after).find();
            if (isNew || !introduced) {
                chosen = mention;
                introduced = isNew;
            }
        }
        if (chosen == null) {
            return null;
        }
        Matcher range = RANGE_NEW.matcher(chosen.text().strip());
        return tidy(range.matches() && MOVE.matcher(message).find() ? range.group(1) : chosen.text());
    }

    /** How many separate times the message names, not counting deadlines ("by Friday", "bis Freitag", "avant lundi"). */
    public static int count(String message) {
        return (int) mentions(message).stream().filter(s -> !s.deadline()).count();
    }

    /** Does the message set a deadline ("by Friday", "bis Freitag", "avant lundi", "asap")? */
    public static boolean deadline(String message) {
        return mentions(message).stream().anyMatch(Span::deadline) || ASAP.matcher(message).find();
    }

    private static String tidy(String mention) {
        return mention.strip().replaceAll("\\s+", " ").replaceAll("^(?i)(am|um|le|el|at|on)\\s+", "");
    }
}
