package io.pulse.messaging.autoresponse.engine;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personalises a rendered reply without adding facts: it replaces or adds the greeting (by the sender's first
 * name, aware of the time of day in the sender's zone when the request has it), sets the tone (formal: "Dear"/"Good morning" and a
 * "Kind regards" sign-off; friendly: "Hi"; brief: at most two sentences, no sign-off), and otherwise keeps the
 * rule's own words. Everything it adds is a greeting or sign-off; every fact comes from the template or the
 * message.
 */
public final class LocalReplyEngine implements ReplyEngine {

    private static final Pattern GREETING = Pattern.compile(
            "^\\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening|day)|greetings|hallo|bonjour)\\b[^\\n,.!:;]{0,40}[,.!:;]?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?is)\\n\\s*(?:kind regards|best regards|regards|best|thanks|cheers|many thanks|sincerely)[,!.]?\\s*(?:\\n.*)?$");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+|$)");

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Reply personalise(Request request) {
        String body = request.rendered() == null ? "" : request.rendered().strip();
        Tone tone = request.tone() == null ? Tone.FRIENDLY : request.tone();
        Matcher greeting = GREETING.matcher(body);
        if (greeting.find()) {
            body = body.substring(greeting.end()).strip();
        }
        Matcher signOff = SIGN_OFF.matcher(body);
        String existingSignOff = null;
        if (signOff.find()) {
            existingSignOff = body.substring(signOff.start()).strip();
            body = body.substring(0, signOff.start()).strip();
        }
        if (tone == Tone.BRIEF) {
            body = firstSentences(body, 2);
        }
        if (!body.isEmpty()) {
            body = Character.toUpperCase(body.charAt(0)) + body.substring(1);
        }
        String name = request.senderFirstName();
        String part = partOfDay(request);
        String opening = switch (tone) {
            case FORMAL -> name != null ? (part != null ? "Good " + part + " " + name + "," : "Dear " + name + ",")
                    : (part != null ? "Good " + part + "," : "Hello,");
            case FRIENDLY -> name != null ? (part != null ? "Good " + part + ", " + name + "!" : "Hi " + name + "!")
                    : (part != null ? "Good " + part + "!" : "Hi!");
            case BRIEF -> name != null ? "Hi " + name + "," : null;
        };
        String closing = switch (tone) {
            case FORMAL -> existingSignOff != null ? existingSignOff
                    : "Kind regards" + (request.userName() != null && !request.userName().isBlank() ? ",\n" + request.userName().strip() : "");
            case FRIENDLY -> existingSignOff != null ? existingSignOff
                    : (request.userName() != null && !request.userName().isBlank() ? "Thanks,\n" + Names.firstName(request.userName(), null) : null);
            case BRIEF -> null;
        };
        StringBuilder text = new StringBuilder();
        if (opening != null) {
            text.append(opening).append(tone == Tone.BRIEF ? " " : "\n\n");
        }
        text.append(body);
        if (closing != null) {
            text.append("\n\n").append(closing);
        }
        return new Reply(text.toString().strip(), name != null || tone != Tone.FRIENDLY || part != null, name());
    }

    /** morning (05-12), afternoon (12-17), evening (17-22) in the sender's zone; null at night or when the zone is unknown. */
    static String partOfDay(Request request) {
        if (request.sentAt() == null || request.zone() == null) {
            return null;
        }
        LocalTime time = request.sentAt().atZone(request.zone()).toLocalTime();
        int hour = time.getHour();
        if (hour >= 5 && hour < 12) {
            return "morning";
        }
        if (hour >= 12 && hour < 17) {
            return "afternoon";
        }
        if (hour >= 17 && hour < 22) {
            return "evening";
        }
        return null;
    }

    static String firstSentences(String text, int count) {
        List<String> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text.replaceAll("\\s+", " "));
        while (m.find() && sentences.size() < count) {
            String sentence = m.group().strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return String.join(" ", sentences);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
