package io.pulse.messaging.intelligence.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds what is waiting: questions nobody else answered, requests nobody acknowledged, and a thread that went
 * quiet for much longer than its usual rhythm without being closed. Each comes with a suggested follow-up.
 *
 * <p>A question or request counts as settled by a later message from someone else that replies to it, or (when the
 * client sends no reply links) that relates to it: see {@link #resolved(List)}. How long an item must wait before it
 * is worth a follow-up follows the conversation's rhythm, bounded by {@code minimumWait}: see {@link #effectiveWait}.
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
        return detect(messages, now, resolved(messages));
    }

    /** @param resolved which questions and requests were settled ({@link #resolved}), when already known */
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
                questions.add(new FollowUp(FollowUpType.UNANSWERED_QUESTION, m.id(), m.senderId(), m.senderName(), m.excerpt(),
                        m.sentAt(), waiting, String.format("Hi %s, following up on %s: \u201c%s\u201d Could you get back on this when you have a moment?",
                                addressee(participants, m.senderId()), whose(m, "question"), m.excerpt())));
            } else if (m.request()) {
                requests.add(new FollowUp(FollowUpType.PENDING_REQUEST, m.id(), m.senderId(), m.senderName(), m.excerpt(),
                        m.sentAt(), waiting, String.format("Hi %s, checking in on %s: \u201c%s\u201d Is this still on track, or is something blocking it?",
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

    private java.util.Optional<FollowUp> stalled(List<MessageFacts> messages, Instant now, Map<String, String> participants) {
        if (messages.size() < 2) {
            return java.util.Optional.empty();
        }
        MessageFacts last = messages.get(messages.size() - 1);
        if (last.closing()) {
            return java.util.Optional.empty();
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < messages.size(); i++) {
            gaps.add(Math.max(1, Duration.between(messages.get(i - 1).sentAt(), messages.get(i).sentAt()).getSeconds()));
        }
        long typical = ParticipantAnalyzer.median(gaps);
        long silence = Duration.between(last.sentAt(), now).getSeconds();
        if (silence < stalledFloor.getSeconds() || silence < stalledRhythmFactor * typical) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new FollowUp(FollowUpType.STALLED_THREAD, last.id(), last.senderId(), last.senderName(),
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
    /** An answer without a reply link is looked for among the open items of the last this many messages. */
    static final int HORIZON = 50;
    /** How strongly a later message must relate to an open question or request to settle it. */
    static final double SETTLES = 0.7;

    /**
     * Which questions and requests were settled by a later message from someone else. An explicit reply settles the
     * message it replies to (and nothing else). A message without a reply link is related to each open question or
     * request of others before it: shared content words (each weighted by 1/&radic;(messages using it), so the
     * thread's common vocabulary counts little), being addressed by name in it, acknowledging ("sure", "done", ...)
     * and being the next message after it. It settles every open item it relates to strongly enough; when it relates
     * to none, it settles the most recent one it can (a question by any substantial message, a request only by an
     * acknowledgement; not one addressed by name to someone else, and not by a question, which asks rather than answers),
     * as adjacent messages answer each other. A bare "thanks, great teamwork" settles nothing, and a
     * message that clearly answers one thing ("checklist updated, done") does not also answer an unrelated question
     * asked just before it. Only the open items of the last {@link #HORIZON} messages are considered (reply links reach
     * any earlier message), which keeps a long conversation linear.
     */
    static boolean[] resolved(List<MessageFacts> messages) {
        int n = messages.size();
        boolean[] resolved = new boolean[n];
        List<Set<String>> words = new ArrayList<>(n);
        Map<String, Integer> frequency = new HashMap<>();
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Set<String> w = contentWords(messages.get(i).excerpt());
            words.add(w);
            w.forEach(word -> frequency.merge(word, 1, Integer::sum));
            byId.putIfAbsent(messages.get(i).id(), i);
        }
        Set<String> names = new HashSet<>();
        for (MessageFacts m : messages) {
            if (m.senderName() != null && firstName(m.senderName()).length() >= 2) {
                names.add(firstName(m.senderName()).toLowerCase(Locale.ROOT));
            }
        }
        List<Integer> open = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            MessageFacts later = messages.get(j);
            while (!open.isEmpty() && open.get(0) < j - HORIZON) {
                open.remove(0);
            }
            if (later.replyTo() != null) {
                Integer target = byId.get(later.replyTo());
                if (target != null && target < j && !messages.get(target).senderId().equals(later.senderId())) {
                    resolved[target] = true;
                    open.remove(target);
                }
            } else {
                List<Integer> candidates = new ArrayList<>();
                for (int i : open) {
                    if (!messages.get(i).senderId().equals(later.senderId())) {
                        candidates.add(i);
                    }
                }
                if (!candidates.isEmpty()) {
                    int mostRecent = candidates.get(candidates.size() - 1);
                    List<Integer> settled = new ArrayList<>();
                    for (int i : candidates) {
                        double relation = overlap(words.get(i), words.get(j), frequency)
                                + (addressed(messages.get(i), later) ? 0.5 : 0)
                                + (later.acknowledgement() ? 0.3 : 0)
                                + (i == mostRecent ? 0.2 : 0);
                        if (relation >= SETTLES) {
                            settled.add(i);
                        }
                    }
                    if (settled.isEmpty() && !later.question()) {
                        for (int k = candidates.size() - 1; k >= 0; k--) {
                            MessageFacts item = messages.get(candidates.get(k));
                            if (addressedToSomeoneElse(item, later, names)) {
                                continue;
                            }
                            if (item.question() ? substantial(later) : later.acknowledgement()) {
                                settled.add(candidates.get(k));
                                break;
                            }
                        }
                    }
                    for (int i : settled) {
                        resolved[i] = true;
                        open.remove(Integer.valueOf(i));
                    }
                }
            }
            if (later.question() || later.request()) {
                open.add(j);
            }
        }
        return resolved;
    }

    /** Shared content words, each weighted by 1/sqrt(the number of messages of the conversation that use it). */
    private static double overlap(Set<String> a, Set<String> b, Map<String, Integer> frequency) {
        double score = 0;
        for (String w : a) {
            if (b.contains(w)) {
                score += 1 / Math.sqrt(frequency.getOrDefault(w, 1));
            }
        }
        return score;
    }

    /** Whether the item names the later message's sender ("Carol, can you ..."). */
    private static boolean addressed(MessageFacts item, MessageFacts later) {
        if (later.senderName() == null || later.senderName().isBlank() || item.excerpt() == null) {
            return false;
        }
        String name = firstName(later.senderName()).toLowerCase(Locale.ROOT);
        return name.length() >= 2 && mentions(item.excerpt(), name);
    }

    /** Whether the item names another participant than the later message's sender (and not that sender). */
    private static boolean addressedToSomeoneElse(MessageFacts item, MessageFacts later, Set<String> names) {
        if (item.excerpt() == null || addressed(item, later)) {
            return false;
        }
        String own = item.senderName() == null ? "" : firstName(item.senderName()).toLowerCase(Locale.ROOT);
        for (String name : names) {
            if (!name.equals(own) && mentions(item.excerpt(), name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(String text, String lowerName) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(lowerName);
        while (at >= 0) {
            int end = at + lowerName.length();
            if ((at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
                    && (end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end)))) {
                return true;
            }
            at = lower.indexOf(lowerName, at + 1);
        }
        return false;
    }

    /**
     * More than thanks and praise: not a closing message, or one that also acknowledges, asks, or says at least three
     * words beyond its thanks ("Thanks, Dana is writing it" answers; "Thanks everyone, great work this week!" does not).
     */
    private static boolean substantial(MessageFacts m) {
        if (!m.closing() || m.acknowledgement() || m.question()) {
            return true;
        }
        int other = 0;
        for (String token : NON_WORD_OR_APOSTROPHE.split((m.excerpt() == null ? "" : m.excerpt()).toLowerCase(Locale.ROOT))) {
            if (!token.isEmpty() && !CLOSING_WORDS.contains(token)) {
                other++;
            }
        }
        return other >= 3;
    }

    private static final Set<String> CLOSING_WORDS = Set.copyOf(List.of("thanks", "thank", "thx", "ty", "you", "so",
            "much", "very", "really", "all", "everyone", "everybody", "both", "guys", "folks", "team", "again", "this",
            "that", "week", "today", "great", "good", "nice", "awesome", "amazing", "perfect", "teamwork", "work", "job",
            "cheers", "bye", "see", "talk", "soon", "later", "have", "a", "the", "day", "weekend", "take", "care", "lovely",
            "appreciate", "appreciated", "it", "for", "everything", "help", "and", "as", "always", "was", "is", "to", "of",
            "your", "our", "y'all", "once", "more", "well", "done"));

    private static final Set<String> STOP = Set.copyOf(List.of("the", "and", "or", "but", "if", "so", "to", "of", "in", "on", "at",
            "for", "with", "by", "from", "about", "as", "is", "are", "was", "were", "be", "been", "being", "am", "do",
            "does", "did", "doing", "have", "has", "had", "will", "would", "can", "could", "should", "shall", "may",
            "might", "must", "me", "my", "we", "us", "our", "you", "your", "he", "she", "him", "her", "they", "them",
            "their", "it", "its", "this", "that", "these", "those", "there", "here", "what", "who", "whom", "which",
            "when", "where", "why", "how", "not", "no", "yes", "just", "also", "too", "very", "really", "all", "any",
            "anyone", "anybody", "some", "someone", "know", "think", "get", "got", "let", "lets", "go", "going", "make",
            "sure", "ok", "okay", "please", "hi", "hey", "hello", "morning", "one", "now", "then", "than", "up", "out",
            "off", "still", "again", "ll", "ve", "re", "don", "won", "isn", "aren", "didn", "doesn", "can't", "an",
            "into", "over", "after", "before", "today", "tomorrow", "yesterday", "need", "want", "like", "thing",
            "things", "anything", "something", "everyone", "everybody", "guys", "both", "more", "much"));

    /** The stems of a text's content words (lower case, stop words dropped, common suffixes removed). */
    static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        for (String token : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            boolean number = !token.isEmpty() && Character.isDigit(token.charAt(0));
            if ((token.length() < 3 && !number) || STOP.contains(token)) {
                continue;
            }
            words.add(number ? token : stem(token));
        }
        return words;
    }

    /** Compiled once: {@link String#split(String)} with a pattern of more than one character compiles it on every call. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NON_WORD_OR_APOSTROPHE = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final String[] SUFFIXES = {"ing", "ed", "es", "s", "e", "ly"};

    static String stem(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

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

    private static String firstName(String name) {
        String t = name.strip();
        int space = t.indexOf(' ');
        return space > 0 ? t.substring(0, space) : t;
    }
}
