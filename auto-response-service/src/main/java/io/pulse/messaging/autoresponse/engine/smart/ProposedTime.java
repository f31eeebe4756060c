package io.pulse.messaging.autoresponse.engine.smart;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a message proposes, as the message writes it ("Friday morning", "Freitag um 10 Uhr", "vendredi matin",
 * "viernes por la mañana"), in English, German, French or Spanish. Every day, part of day and clock time is found;
 * adjacent ones form one mention ("Thursday 2pm"). With several mentions the proposal is the one introduced as the new
 * time ("to Friday", "auf Freitag", "à vendredi", "al viernes", "how about ..."), never one named as the time being
 * replaced ("instead of Thursday", "statt", "au lieu de", "en lugar de"); else the last one, since a message names
 * the old time before the new one.
 */
public final class ProposedTime {

    private static final String DAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight"
            + "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|übermorgen|morgen|heute"
            + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd'hui"
            + "|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|hoy";
    private static final String PART = "morning|afternoon|evening|lunchtime|noon|vormittag|nachmittag|abend|mittag|früh"
            + "|matin|après-midi|soir|midi|por la mañana|por la tarde|por la noche|a mediodía";
    private static final String WEEK = "next week|this week|nächste woche|kommende woche|la semaine prochaine"
            + "|la próxima semana|la semana que viene";
    private static final String CLOCK = "\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)|\\d{1,2}[:.h]\\d{2}|\\d{1,2}\\s?(?:uhr|h)"
            + "|(?:a las|à) \\d{1,2}(?::\\d{2})?";
    private static final String UNIT = "(?:(?:next|this|nächsten|kommenden|ce|este|el|le)\\s+)?(?:(?:" + DAY + ")(?:" + PART
            + ")?|" + PART + "|" + WEEK + "|" + CLOCK + ")";
    private static final String GLUE = "(?:\\s*,?\\s*(?:at|on|in the|um|am|gegen|le|el|,)?\\s*)";
    private static final Pattern MENTION = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + UNIT + "(?:" + GLUE + UNIT + ")*(?![\\p{L}\\d])");
    private static final Pattern NEW_TIME_BEFORE = Pattern.compile("(?iu)(?:\\bto|\\binto|\\buntil|\\bauf|\\bnach|\\bzu|\\bà|\\bau"
            + "|\\bal|\\ba|\\bpara|\\bpour|\\bhow about|\\bwhat about|\\bmaybe|\\binstead|\\bwie wäre es mit|\\blieber"
            + "|\\bplutôt|\\bmejor)\\s+(?:the\\s+|le\\s+|el\\s+|den\\s+)?$");
    private static final Pattern OLD_TIME_BEFORE = Pattern.compile("(?iu)(?:instead of|rather than|statt|anstatt|au lieu de"
            + "|en lugar de|en vez de|from|von|de)\\s+(?:the\\s+|le\\s+|el\\s+|dem\\s+)?$");
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("(?iu)(?:\\bby|\\bbefore|\\buntil|\\bno later than|\\bdue"
            + "|\\bbis|\\bavant|\\bantes del?)\\s+(?:the\\s+|end of\\s+|zum\\s+|le\\s+|el\\s+)?$");
    private static final Pattern NEW_TIME_AFTER = Pattern.compile("(?iu)^\\s*(?:instead|stattdessen|plutôt|mejor)\\b");

    /** Greetings that name a part of the day ("Good morning", "Guten Morgen") name no time. */
    private static final Pattern GREETING = Pattern.compile("(?iu)\\b(?:good (?:morning|afternoon|evening)|guten (?:morgen|abend)"
            + "|buenos días|buenas tardes|buenas noches|bonsoir)\\b");

    private ProposedTime() {
    }

    /** The text with greetings blanked out, the same length (so positions stay). */
    private static String withoutGreetings(String text) {
        return GREETING.matcher(text).replaceAll(g -> " ".repeat(g.group().length()));
    }

    private record Span(int start, int end, String text) {
    }

    /** The proposed time as the message writes it, or null when it names none. */
    public static String in(String message) {
        String text = withoutGreetings(message);
        List<Span> mentions = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            mentions.add(new Span(m.start(), m.end(), m.group()));
        }
        Span chosen = null;
        boolean introduced = false;
        for (Span mention : mentions) {
            String before = text.substring(Math.max(0, mention.start() - 40), mention.start());
            String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 20));
            if (OLD_TIME_BEFORE.matcher(before).find()) {
                continue;
            }
            boolean isNew = NEW_TIME_BEFORE.matcher(before).find() || NEW_TIME_AFTER.matcher(after).find();
            if (isNew || !introduced) {
                chosen = mention;
                introduced = isNew;
            }
        }
        return chosen == null ? null : tidy(chosen.text());
    }

    /** How many separate times the message names, not counting deadlines ("by Friday", "bis Freitag", "avant lundi"). */
    public static int count(String message) {
        String text = withoutGreetings(message);
        Matcher m = MENTION.matcher(text);
        int n = 0;
        while (m.find()) {
            if (!DEADLINE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                n++;
            }
        }
        return n;
    }

    private static String tidy(String mention) {
        return mention.strip().replaceAll("\\s+", " ").replaceAll("^(?i)(am|um|le|el|at|on)\\s+", "");
    }
}
