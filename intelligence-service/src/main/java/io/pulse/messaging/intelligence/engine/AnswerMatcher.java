package io.pulse.messaging.intelligence.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.pulse.messaging.common.text.Stemmer;
import io.pulse.messaging.common.text.StopWords;
import io.pulse.messaging.common.text.Words;

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
final class AnswerMatcher {

    /** An answer without a reply link is looked for among the open items of the last this many messages. */
    static final int HORIZON = 50;
    /** How strongly a later message must relate to an open question or request to settle it. */
    static final double SETTLES = 0.7;

    private final List<MessageFacts> messages;
    /** Each message's content words. */
    private final List<Set<String>> words = new ArrayList<>();
    /** How many messages use each content word. */
    private final Map<String, Integer> frequency = new HashMap<>();
    /** The position of each message id (its first). */
    private final Map<String, Integer> byId = new HashMap<>();
    /** The participants' first names, lower case. */
    private final Set<String> names = new HashSet<>();

    private AnswerMatcher(List<MessageFacts> messages) {
        this.messages = messages;
        for (int i = 0; i < messages.size(); i++) {
            Set<String> w = contentWords(messages.get(i).excerpt());
            words.add(w);
            w.forEach(word -> frequency.merge(word, 1, Integer::sum));
            byId.putIfAbsent(messages.get(i).id(), i);
        }
        for (MessageFacts m : messages) {
            if (m.senderName() != null && FollowUpDetector.firstName(m.senderName()).length() >= 2) {
                names.add(FollowUpDetector.firstName(m.senderName()).toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Which of {@code messages} (questions and requests) a later message settled. */
    static boolean[] resolved(List<MessageFacts> messages) {
        return new AnswerMatcher(messages).resolved();
    }

    private boolean[] resolved() {
        int n = messages.size();
        boolean[] resolved = new boolean[n];
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
                for (int i : settledBy(j, open)) {
                    resolved[i] = true;
                    open.remove(Integer.valueOf(i));
                }
            }
            if (later.question() || later.request()) {
                open.add(j);
            }
        }
        return resolved;
    }

    /** The open items (of others) that message {@code j}, which replies to nothing explicitly, settles. */
    private List<Integer> settledBy(int j, List<Integer> open) {
        MessageFacts later = messages.get(j);
        List<Integer> candidates = new ArrayList<>();
        for (int i : open) {
            if (!messages.get(i).senderId().equals(later.senderId())) {
                candidates.add(i);
            }
        }
        List<Integer> settled = new ArrayList<>();
        if (candidates.isEmpty()) {
            return settled;
        }
        int mostRecent = candidates.get(candidates.size() - 1);
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
        return settled;
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
        String name = FollowUpDetector.firstName(later.senderName()).toLowerCase(Locale.ROOT);
        return name.length() >= 2 && mentions(item.excerpt(), name);
    }

    /** Whether the item names another participant than the later message's sender (and not that sender). */
    private static boolean addressedToSomeoneElse(MessageFacts item, MessageFacts later, Set<String> names) {
        if (item.excerpt() == null || addressed(item, later)) {
            return false;
        }
        String own = item.senderName() == null ? "" : FollowUpDetector.firstName(item.senderName()).toLowerCase(Locale.ROOT);
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

    /** The function words ({@link StopWords}) and a chat's fillers, greetings and vague words. */
    private static final Set<String> STOP = StopWords.plus("yes", "also", "really", "anyone", "anybody", "someone", "know",
            "think", "get", "got", "let", "lets", "go", "going", "make", "sure", "ok", "okay", "please", "hi", "hey",
            "hello", "morning", "one", "up", "still", "today", "tomorrow", "yesterday", "need", "want", "like", "thing",
            "things", "anything", "something", "everyone", "everybody", "guys", "much");

    /** The stems of a text's content words (lower case, stop words dropped, common suffixes removed). */
    static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        for (String token : Words.of(text)) {
            boolean number = !token.isEmpty() && Character.isDigit(token.charAt(0));
            if ((token.length() < 3 && !number) || STOP.contains(token)) {
                continue;
            }
            words.add(number ? token : Stemmer.stem(token));
        }
        return words;
    }

    private static final Pattern NON_WORD_OR_APOSTROPHE = Pattern.compile("[^\\p{L}\\p{N}']+");
}
