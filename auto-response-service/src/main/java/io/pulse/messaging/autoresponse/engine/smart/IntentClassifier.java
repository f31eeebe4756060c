package io.pulse.messaging.autoresponse.engine.smart;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.engine.MessageFacts;
import io.pulse.messaging.autoresponse.engine.MessageKind;
import io.pulse.messaging.autoresponse.engine.SuggestionEngine.Classification;
import io.pulse.messaging.autoresponse.engine.Text;
import io.pulse.messaging.common.text.ComplaintCues;
import io.pulse.messaging.common.text.SarcasmCues;

/**
 * What a message asks: each kind's weight of {@link IntentCues} present, then the message's shape. A time named with a
 * word for moving ("move", "verschieben", "décaler", "mover") is a reschedule, a time alone a scheduling proposal; a
 * question mark makes a question unless the question asks for an action or a time; sarcasm ("great, another outage.
 * love it.") and the complaint cues of the sentiment engine (something still not done, a long wait, a repeated
 * problem, a demand) make a complaint, and sarcasm is never thanks; a refund asked for outranks the complaint around
 * it; a greeting or a "thanks" that only frames another kind counts little. Scores become shares of the total,
 * strongest first; a message with no cue is information.
 */
public final class IntentClassifier {

    /** The kinds, strongest first, and how clearly the strongest one's cues were present (0..1). */
    public record Intent(List<Classification> kinds, double clarity) {

        public MessageKind top() {
            return kinds.get(0).kind();
        }
    }

    public Intent classify(String text) {
        String[] words = Text.words(text);
        Map<MessageKind, Double> scores = cueScores(text);
        shape(text, words, scores);
        scores.values().removeIf(v -> v <= 0.05);
        if (scores.isEmpty()) {
            scores.put(MessageKind.INFORMATION, 0.5);
        }
        double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Classification> kinds = scores.entrySet().stream()
                .sorted(Map.Entry.<MessageKind, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Classification(e.getKey(), round(e.getValue() / total)))
                .toList();
        return new Intent(kinds, Math.min(1.0, scores.get(kinds.get(0).kind()) / 2.0));
    }

    private static Map<MessageKind, Double> cueScores(String text) {
        MessageFacts facts = new MessageFacts(new IncomingMessage(null, null, null, null, null, text, null, null, null, null,
                false, false, false, false, null));
        Map<MessageKind, Double> scores = new EnumMap<>(MessageKind.class);
        for (Map.Entry<MessageKind, List<IntentCues.Cue>> entry : IntentCues.all().entrySet()) {
            for (IntentCues.Cue cue : entry.getValue()) {
                if (facts.contains(cue.words())) {
                    scores.merge(entry.getKey(), cue.weight(), Double::sum);
                }
            }
        }
        return scores;
    }

    /** Adjusts the cue scores by what the message's shape says. */
    private static void shape(String text, String[] words, Map<MessageKind, Double> scores) {
        boolean question = text.indexOf('?') >= 0;
        if (question) {
            scores.merge(MessageKind.QUESTION, 1.5, Double::sum);
        }
        sentiment(text, scores);
        int times = ProposedTime.count(text);
        boolean named = times > 0;
        times(text, words, times, scores);
        RefundReceived.adjust(text, scores);
        smallTalk(words, scores);
        if (text.chars().filter(c -> c == '!').count() >= 2 && scores.containsKey(MessageKind.COMPLAINT)) {
            scores.merge(MessageKind.COMPLAINT, 0.5, Double::sum);
        }
        boolean other = scores.keySet().stream().anyMatch(k -> k != MessageKind.GREETING && k != MessageKind.THANKS
                && k != MessageKind.QUESTION && k != MessageKind.INFORMATION) || question && !IntentCues.any(words, IntentCues.SMALL_TALK);
        if (scores.containsKey(MessageKind.GREETING) && (words.length > 6 || other)) {
            scores.computeIfPresent(MessageKind.GREETING, (k, v) -> v * 0.3); // a greeting opening a longer message is not its point
        }
        if (other && scores.containsKey(MessageKind.THANKS)) {
            scores.computeIfPresent(MessageKind.THANKS, (k, v) -> v * 0.5); // "... can you check? Thanks!" is a request
        }
        if (question && named && (scores.containsKey(MessageKind.RESCHEDULE) || scores.containsKey(MessageKind.SCHEDULING))) {
            scores.merge(MessageKind.QUESTION, -1.0, Double::sum); // "are you free on Tuesday?" is about a time
        }
        if (question && scores.getOrDefault(MessageKind.REQUEST, 0.0) >= 1.2) {
            scores.merge(MessageKind.QUESTION, -0.5, Double::sum); // "could you send it?" asks for an action
        }
        if (words.length > 6 && scores.keySet().stream().allMatch(k -> k == MessageKind.GREETING)) {
            scores.put(MessageKind.INFORMATION, 0.8); // "Hi team, the release moved to next week." tells something
        }
        if (scores.containsKey(MessageKind.REFUND)) {
            // A refund asked for is a complaint with a specific demand: the replies must be about the refund.
            scores.computeIfPresent(MessageKind.REQUEST, (k, v) -> v * 0.5);
            scores.put(MessageKind.REFUND, Math.max(scores.get(MessageKind.REFUND), scores.getOrDefault(MessageKind.COMPLAINT, 0.0) + 0.5));
        }
    }

    /**
     * A named time makes a reschedule when a word for rescheduling goes with it ("reschedule", "postpone", or "move" /
     * "push" / "instead" with a meeting or two times named: "push the hotfix today" moves nothing), else a scheduling
     * proposal when a meeting is asked about ("can we meet ...?") or put forward ("let's", "how about", "I'm free");
     * a meeting's time told without either is news ("the meeting is cancelled tomorrow"), and a time in any other
     * question or request is no proposal ("could you fix it today?" sets a deadline). Deadlines ("by Friday") are no
     * proposed time.
     */
    private static void times(String text, String[] words, int times, Map<MessageKind, Double> scores) {
        boolean question = text.indexOf('?') >= 0;
        boolean meeting = scores.containsKey(MessageKind.SCHEDULING);
        if (!scores.containsKey(MessageKind.RESCHEDULE) && IntentCues.any(words, IntentCues.MOVING) && (meeting || times >= 2)) {
            scores.put(MessageKind.RESCHEDULE, 1.6);
        }
        if (times == 0) {
            if (!question) {
                scores.remove(MessageKind.SCHEDULING); // "thanks for the call" proposes nothing
            }
            return;
        }
        if (scores.containsKey(MessageKind.RESCHEDULE)) {
            scores.merge(MessageKind.RESCHEDULE, 1.5 + 1.3 + scores.getOrDefault(MessageKind.SCHEDULING, 0.0), Double::sum);
            scores.remove(MessageKind.SCHEDULING);
        } else if (meeting && (question || IntentCues.any(words, IntentCues.PROPOSING))) {
            scores.merge(MessageKind.SCHEDULING, 1.3, Double::sum);
        } else {
            scores.remove(MessageKind.SCHEDULING);
        }
    }

    /** "Hi, how are you?" asks after the reader: small talk, answered as a greeting, not a question to look into. */
    private static void smallTalk(String[] words, Map<MessageKind, Double> scores) {
        if (!IntentCues.any(words, IntentCues.SMALL_TALK) || scores.keySet().stream().anyMatch(k -> k != MessageKind.GREETING
                && k != MessageKind.QUESTION && k != MessageKind.THANKS && k != MessageKind.INFORMATION)) {
            return;
        }
        scores.remove(MessageKind.QUESTION);
        scores.merge(MessageKind.GREETING, 2.0, Double::sum);
    }

    /** Sarcasm and the complaint cues shared with the sentiment engine. */
    private static void sentiment(String text, Map<MessageKind, Double> scores) {
        if (SarcasmCues.find(text).sarcastic()) {
            scores.merge(MessageKind.COMPLAINT, 3.0, Double::sum);
            scores.remove(MessageKind.THANKS);
            scores.remove(MessageKind.INFORMATION);
        }
        int complaintKinds = ComplaintCues.complaint(text).kinds();
        if (complaintKinds > 0) {
            scores.merge(MessageKind.COMPLAINT, 1.2 * complaintKinds, Double::sum);
        }
    }

    static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
