package io.pulse.messaging.autoresponse.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies a message with weighted cue words and phrases per kind (on folded text, so accents and case do not
 * matter) plus punctuation and sentence-shape features, then builds three distinct short replies: two for the
 * strongest kind and one for the next (or a third variant of the first when nothing else scores). Replies reuse
 * what the message says (the day and time proposed, the sender's first name) and never claim anything else.
 * Confidence is the kind's share of the total score, scaled by how clearly the cues were present.
 */
public final class LocalSuggestionEngine implements SuggestionEngine {

    private record Cue(String[] words, double weight) {
    }

    private static final Map<MessageKind, List<Cue>> CUES = new EnumMap<>(MessageKind.class);

    private static void cues(MessageKind kind, double weight, String... phrases) {
        List<Cue> list = CUES.computeIfAbsent(kind, k -> new ArrayList<>());
        for (String phrase : phrases) {
            list.add(new Cue(Text.words(phrase), weight));
        }
    }

    static {
        cues(MessageKind.QUESTION, 1.0, "what", "when", "where", "who", "why", "how", "which", "is it", "are you", "do you",
                "does", "did you", "have you", "any idea", "wondering", "quick question");
        cues(MessageKind.REQUEST, 1.2, "please", "could you", "can you", "would you", "will you", "need you", "send me",
                "let me know", "share", "review", "update me", "take a look", "help me", "i need", "would appreciate");
        cues(MessageKind.THANKS, 1.5, "thanks", "thank you", "thx", "appreciate it", "grateful", "cheers", "merci", "danke", "gracias");
        cues(MessageKind.SCHEDULING, 1.3, "meet", "meeting", "call", "schedule", "reschedule", "calendar", "available",
                "availability", "free", "slot", "tomorrow", "today", "next week", "monday", "tuesday", "wednesday", "thursday",
                "friday", "saturday", "sunday", "am", "pm", "lunch", "coffee", "appointment", "invite");
        cues(MessageKind.GREETING, 1.0, "hi", "hello", "hey", "good morning", "good afternoon", "good evening", "hope you are well",
                "how are you", "long time", "bonjour", "hallo", "hola");
        cues(MessageKind.COMPLAINT, 1.6, "disappointed", "unacceptable", "frustrated", "frustrating", "angry", "not working",
                "broken", "terrible", "awful", "worst", "refund", "complaint", "still waiting", "no response", "doesn t work",
                "does not work", "issue", "problem", "wrong", "failed", "poor service");
        cues(MessageKind.APOLOGY, 1.4, "sorry", "apologies", "apologize", "apologise", "my bad", "my mistake", "excuse");
        cues(MessageKind.URGENT, 1.5, "urgent", "asap", "immediately", "right away", "emergency", "critical", "as soon as possible");
        cues(MessageKind.INFORMATION, 0.8, "fyi", "for your information", "just letting you know", "heads up", "attached",
                "here is", "here are", "update", "note that", "please find");
    }

    private static final Pattern DAY_TIME = Pattern.compile(
            "(?i)\\b((?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today)\\b(?:[^.?!\\n]{0,20}?\\b(\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)|\\d{1,2}:\\d{2}))?");

    @Override
    public Result suggest(String content, String senderFirstName) {
        String text = content == null ? "" : content;
        Map<MessageKind, Double> scores = scores(text);
        List<Classification> kinds = classify(scores);
        String name = senderFirstName == null || senderFirstName.isBlank() ? null : senderFirstName.strip();
        double clarity = Math.min(1.0, scores.get(kinds.get(0).kind()) / 2.0);
        return new Result(kinds, suggestions(kinds, clarity, name, when(text)), "local");
    }

    /** Each kind's weight of cues present, adjusted by punctuation and sentence shape; only kinds that score, never none. */
    private static Map<MessageKind, Double> scores(String text) {
        MessageFacts facts = new MessageFacts(new IncomingMessage(null, null, null, null, null, text, null, null, null, null,
                false, false, false, false, null));
        Map<MessageKind, Double> scores = new EnumMap<>(MessageKind.class);
        for (Map.Entry<MessageKind, List<Cue>> entry : CUES.entrySet()) {
            double score = 0;
            for (Cue cue : entry.getValue()) {
                if (facts.contains(cue.words())) {
                    score += cue.weight();
                }
            }
            if (score > 0) {
                scores.put(entry.getKey(), score);
            }
        }
        long questionMarks = text.chars().filter(c -> c == '?').count();
        if (questionMarks > 0) {
            scores.merge(MessageKind.QUESTION, 1.5, Double::sum);
        }
        if (text.chars().filter(c -> c == '!').count() >= 2 && scores.containsKey(MessageKind.COMPLAINT)) {
            scores.merge(MessageKind.COMPLAINT, 0.5, Double::sum);
        }
        int words = Text.words(text).length;
        if (scores.containsKey(MessageKind.GREETING) && words > 6) {
            scores.merge(MessageKind.GREETING, -0.6, Double::sum); // a greeting opening a longer message is not the point of it
        }
        if (scores.containsKey(MessageKind.SCHEDULING) && scores.containsKey(MessageKind.QUESTION)) {
            scores.merge(MessageKind.SCHEDULING, 0.5, Double::sum); // "are you free on Tuesday?" is about a time
        }
        if (scores.containsKey(MessageKind.REQUEST) && questionMarks > 0 && scores.getOrDefault(MessageKind.REQUEST, 0.0) >= 1.2) {
            scores.merge(MessageKind.QUESTION, -0.5, Double::sum); // "could you send it?" asks for an action
        }
        scores.values().removeIf(v -> v <= 0);
        if (scores.isEmpty()) {
            scores.put(MessageKind.INFORMATION, 0.5);
        }
        return scores;
    }

    /** Each kind's share of the total score, strongest first. */
    private static List<Classification> classify(Map<MessageKind, Double> scores) {
        double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        return scores.entrySet().stream()
                .sorted(Map.Entry.<MessageKind, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Classification(e.getKey(), round(e.getValue() / total)))
                .toList();
    }

    /** The day, and time if any, that the message proposes, as a reply says it ("Tuesday at 3pm"); null when none. */
    private static String when(String text) {
        Matcher dayTime = DAY_TIME.matcher(text);
        if (!dayTime.find()) {
            return null;
        }
        return capitalize(dayTime.group(1).toLowerCase()) + (dayTime.group(2) != null ? " at " + dayTime.group(2).replaceAll("\\s+", "") : "");
    }

    /** Two distinct replies for the strongest kind and one for the next; more of the strongest kind's when no other scores. */
    private static List<Suggestion> suggestions(List<Classification> kinds, double clarity, String name, String when) {
        Set<String> texts = new LinkedHashSet<>();
        List<Suggestion> suggestions = new ArrayList<>();
        for (int k = 0; k < kinds.size() && suggestions.size() < 3; k++) {
            Classification c = kinds.get(k);
            int take = k == 0 ? 2 : 1;
            List<String> options = replies(c.kind(), name, when);
            for (int i = 0; i < options.size() && take > 0; i++) {
                if (texts.add(options.get(i))) {
                    double confidence = round(Math.max(0.05, c.score() * (0.55 + 0.45 * clarity) * (1.0 - 0.12 * i)));
                    suggestions.add(new Suggestion(options.get(i), c.kind(), confidence));
                    take--;
                }
            }
        }
        List<String> first = replies(kinds.get(0).kind(), name, when);
        for (int i = 0; i < first.size() && suggestions.size() < 3; i++) {
            if (texts.add(first.get(i))) {
                suggestions.add(new Suggestion(first.get(i), kinds.get(0).kind(),
                        round(Math.max(0.05, kinds.get(0).score() * 0.5 * (1.0 - 0.12 * i)))));
            }
        }
        return List.copyOf(suggestions);
    }

    /** Candidate replies for a kind, best first; each reuses only what the message gave (name, day and time). */
    private static List<String> replies(MessageKind kind, String name, String when) {
        String hi = name == null ? "" : ", " + name;
        return switch (kind) {
            case QUESTION -> List.of("Good question" + hi + ", let me check and get back to you.",
                    "I'm not sure yet, I'll find out.", "Yes, that should work.", "Let me look into it and reply soon.");
            case REQUEST -> List.of("Sure" + hi + ", I'll take care of it.", "On it, I'll let you know when it's done.",
                    "Sorry, I can't do that right now.", "Happy to help.");
            case THANKS -> List.of("You're welcome" + hi + "!", "Happy to help!", "Anytime!", "Glad it was useful.");
            case SCHEDULING -> when != null
                    ? List.of(when + " works for me.", "Sorry, " + when + " doesn't work for me. Could we find another time?",
                            "Let me check my calendar and confirm.")
                    : List.of("Sure, when suits you?", "Let me check my calendar and confirm.", "Could we find another time?");
            case GREETING -> List.of("Hi" + hi + "! How can I help?", "Hello" + hi + ", good to hear from you.", "Hey" + hi + "!");
            case COMPLAINT -> List.of("I'm sorry about this" + hi + ". I'll look into it right away.",
                    "Thanks for letting me know; I understand the frustration.", "Could you share more details so I can fix this?");
            case APOLOGY -> List.of("No worries" + hi + "!", "That's all right, thanks for letting me know.", "No problem at all.");
            case URGENT -> List.of("I'm on it" + hi + ", I'll get back to you shortly.", "Understood, I'll prioritise this.",
                    "Can you call me so we can sort it out now?");
            case INFORMATION -> List.of("Thanks for the update" + hi + ".", "Got it, thanks!", "Noted.");
        };
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
