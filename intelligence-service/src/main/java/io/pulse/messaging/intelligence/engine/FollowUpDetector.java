package io.pulse.messaging.intelligence.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds what is waiting: questions nobody else answered, requests nobody acknowledged, and a thread that went
 * quiet for much longer than its usual rhythm without being closed. Each comes with a suggested follow-up.
 *
 * <p>A question or request counts as settled by a later message from someone else that replies to it, or (when the
 * client sends no reply links) that relates to it: see {@link AnswerMatcher}. How long an item must wait before it is
 * worth a follow-up follows the conversation's rhythm, bounded by {@code minimumWait}: see {@link #effectiveWait}.
 */
public final class FollowUpDetector {

    private final Duration minimumWait;
    private final Duration stalledFloor;
    private final double stalledRhythmFactor;

    /**
     * @param minimumWait         the longest a question or request must have waited to be worth a follow-up (a brisk
     *                            conversation's rhythm can make it shorter, see {@link #effectiveWait})
     * @param stalledFloor        the shortest silence that can make a thread stalled
     * @param stalledRhythmFactor a thread is stalled when silent this many times its median gap (and the floor)
     */
    public FollowUpDetector(Duration minimumWait, Duration stalledFloor, double stalledRhythmFactor) {
        this.minimumWait = minimumWait;
        this.stalledFloor = stalledFloor;
        this.stalledRhythmFactor = stalledRhythmFactor;
    }

    public static FollowUpDetector defaults() {
        return new FollowUpDetector(Duration.ofHours(1), Duration.ofHours(24), 6);
    }

    public List<FollowUp> detect(List<MessageFacts> messages, Instant now) {
        return detect(messages, now, AnswerMatcher.resolved(messages));
    }

    /** @param resolved which questions and requests were settled ({@link AnswerMatcher#resolved}), when already known */
    public List<FollowUp> detect(List<MessageFacts> messages, Instant now, boolean[] resolved) {
        List<FollowUp> questions = new ArrayList<>();
        List<FollowUp> requests = new ArrayList<>();
        Map<String, String> participants = new LinkedHashMap<>();
        for (MessageFacts m : messages) {
            participants.putIfAbsent(m.senderId(), m.senderName());
        }
        long wait = effectiveWait(messages);
        for (int i = 0; i < messages.size(); i++) {
            MessageFacts m = messages.get(i);
            long waiting = Duration.between(m.sentAt(), now).getSeconds();
            if (waiting < wait || resolved[i]) {
                continue;
            }
            if (m.question()) {
                questions.add(item(FollowUpType.UNANSWERED_QUESTION, m, waiting, String.format(
                        "Hi %s, following up on %s: \u201c%s\u201d Could you get back on this when you have a moment?",
                        addressee(participants, m.senderId()), whose(m, "question"), m.excerpt())));
            } else if (m.request()) {
                requests.add(item(FollowUpType.PENDING_REQUEST, m, waiting, String.format(
                        "Hi %s, checking in on %s: \u201c%s\u201d Is this still on track, or is something blocking it?",
                        addressee(participants, m.senderId()), whose(m, "request"), m.excerpt())));
            }
        }
        Comparator<FollowUp> longestFirst = Comparator.comparingLong(FollowUp::waitingSeconds).reversed();
        questions.sort(longestFirst);
        requests.sort(longestFirst);
        List<FollowUp> all = new ArrayList<>(questions);
        all.addAll(requests);
        stalled(messages, now, participants).ifPresent(all::add);
        return all.size() > 20 ? List.copyOf(all.subList(0, 20)) : List.copyOf(all);
    }

    /** A follow-up for {@code m}, with what the model found it waits for (owner, deadline, wording) when it did. */
    private static FollowUp item(FollowUpType type, MessageFacts m, long waiting, String localText) {
        FollowUpHint hint = m.hint();
        if (hint == null) {
            return new FollowUp(type, m.id(), m.senderId(), m.senderName(), m.excerpt(), m.sentAt(), waiting, localText);
        }
        return new FollowUp(type, m.id(), m.senderId(), m.senderName(), m.excerpt(), m.sentAt(), waiting,
                hint.suggestedText() != null ? hint.suggestedText() : localText, hint.owner(), hint.due());
    }

    private Optional<FollowUp> stalled(List<MessageFacts> messages, Instant now, Map<String, String> participants) {
        if (messages.size() < 2) {
            return Optional.empty();
        }
        MessageFacts last = messages.get(messages.size() - 1);
        if (last.closing()) {
            return Optional.empty();
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < messages.size(); i++) {
            gaps.add(Math.max(1, Duration.between(messages.get(i - 1).sentAt(), messages.get(i).sentAt()).getSeconds()));
        }
        long typical = ParticipantAnalyzer.median(gaps);
        long silence = Duration.between(last.sentAt(), now).getSeconds();
        if (silence < stalledFloor.getSeconds() || silence < stalledRhythmFactor * typical) {
            return Optional.empty();
        }
        return Optional.of(new FollowUp(FollowUpType.STALLED_THREAD, last.id(), last.senderId(), last.senderName(),
                last.excerpt(), last.sentAt(), silence, String.format(
                        "Hi %s, picking this thread back up: it has been quiet for %s since \u201c%s\u201d Where did we land, and what are the next steps?",
                        participants.size() > 2 ? "all" : String.join(" and ", firstNames(participants, null)),
                        EngagementAnalyzer.human(silence), last.excerpt())));
    }

    /**
     * How long a question or request must wait before it is worth a follow-up: {@code minimumWait}, or less in a brisk
     * conversation, {@link #RHYTHM_FACTOR} times its median gap between messages (at least {@link #RHYTHM_FLOOR}), so
     * that a question left hanging in a chat that answers within minutes is noticed without waiting an hour.
     */
    long effectiveWait(List<MessageFacts> messages) {
        if (messages.size() < 3) {
            return minimumWait.getSeconds();
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < messages.size(); i++) {
            gaps.add(Math.max(1, Duration.between(messages.get(i - 1).sentAt(), messages.get(i).sentAt()).getSeconds()));
        }
        long rhythm = Math.max(RHYTHM_FLOOR.getSeconds(), RHYTHM_FACTOR * ParticipantAnalyzer.median(gaps));
        return Math.min(minimumWait.getSeconds(), rhythm);
    }

    static final int RHYTHM_FACTOR = 4;
    static final Duration RHYTHM_FLOOR = Duration.ofMinutes(5);
    private static String whose(MessageFacts m, String what) {
        return m.senderName() == null || m.senderName().isBlank() ? "this " + what : firstName(m.senderName()) + "'s " + what;
    }

    private static String addressee(Map<String, String> participants, String asker) {
        List<String> others = firstNames(participants, asker);
        if (others.isEmpty()) {
            return "there";
        }
        return others.size() > 2 ? "all" : String.join(" and ", others);
    }

    private static List<String> firstNames(Map<String, String> participants, String except) {
        List<String> names = new ArrayList<>();
        participants.forEach((id, name) -> {
            if (!id.equals(except)) {
                names.add(firstName(name == null || name.isBlank() ? "there" : name));
            }
        });
        return names;
    }

    static String firstName(String name) {
        String t = name.strip();
        int space = t.indexOf(' ');
        return space > 0 ? t.substring(0, space) : t;
    }
}
