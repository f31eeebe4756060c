package io.pulse.messaging.summarization.engine;

import java.util.Set;
import java.util.UUID;

/**
 * Whether a later message reports an action item done, and which: a done word or the past participle of the item's own
 * verb ("Disabled.", "Refund issued, ...") by its owner, in reply to it, or sharing its terms; a one-word report
 * ("Done.", "Sent.") right after a request nobody was named for makes its author the owner. An acceptance ("Will do.",
 * "Sure.") or a promise ("done by Friday") is no report. A bare report ("Done.") closes one item: the one it replies
 * to, else the latest open one before it (callers ask from the latest item back and pass the bare reports taken).
 */
final class Completion {

    private static final int WINDOW = 200;
    /** How many messages after the request a bare report by the next speaker still answers it. */
    private static final int NEXT_SPEAKER = 2;

    /** The message that reports the item done, who did it, and whether it is a bare report that names nothing. */
    record Report(UUID messageId, Person by, boolean bare) {
    }

    private final ParsedThread thread;

    Completion(ParsedThread thread) {
        this.thread = thread;
    }

    /**
     * The report of the item stated at message {@code from} (its source messages {@code sources}, its terms {@code terms},
     * its owner or null), or null while it is open. A bare report in {@code taken} closed a later item already; one in
     * reply to another item's message ({@code itemMessages}) answers that item.
     */
    Report find(int from, Set<UUID> sources, Set<String> terms, Person owner, Set<UUID> taken, Set<UUID> itemMessages) {
        Person requester = thread.messages.get(from).sender();
        for (int j = from + 1; j < Math.min(thread.messages.size(), from + WINDOW); j++) {
            ChatMessage later = thread.messages.get(j);
            if (sources.contains(later.id())) {
                continue;
            }
            for (Sentence u : thread.sentencesByMessage.get(j)) {
                boolean ownVerb = !u.question() && Cues.reportsDoneAs(u.cue(), terms);
                if (u.question() || !(ownVerb || thread.reportsDone(u) || bareSuccess(u))) {
                    continue;
                }
                boolean replies = later.replyTo() != null && sources.contains(later.replyTo());
                int shared = ParsedThread.shared(u.termSet(), terms);
                boolean byOwner = owner != null && later.sender().equals(owner);
                boolean nextSpeaker = owner == null && !later.sender().equals(requester) && j - from <= NEXT_SPEAKER
                        && shortReport(u, terms);
                boolean named = replies || shared >= 1 && (byOwner || owner == null) || byOwner && ownVerb || !byOwner && shared >= 2;
                boolean bare = !named && (byOwner && shortReport(u, terms) || nextSpeaker);
                if (bare && (taken.contains(later.id()) || answersAnother(later, sources, itemMessages))) {
                    continue;
                }
                if (named || bare) {
                    return new Report(later.id(), owner != null ? owner : later.sender().equals(requester) ? null : later.sender(), bare);
                }
            }
        }
        return null;
    }

    private static boolean answersAnother(ChatMessage report, Set<UUID> sources, Set<UUID> itemMessages) {
        return report.replyTo() != null && !sources.contains(report.replyTo()) && itemMessages.contains(report.replyTo());
    }

    /** "Worked!", "That did it.", "LGTM": a bare report of success, a few words that open with it. */
    private static boolean bareSuccess(Sentence u) {
        return u.words().size() <= 3 && Cues.startsWith(Cues.LEADING_DONE, u.lower().strip()) && !Cues.NEGATION.in(u.cue());
    }

    /**
     * "Done!", "Sent it", "Disabled.", "All done, took a while": a short report, unless it names something else that was
     * done ("I sent you the party photos").
     */
    private static boolean shortReport(Sentence u, Set<String> terms) {
        if (u.words().size() > 6) {
            return false;
        }
        for (String t : u.terms()) {
            if (!Cues.CUE_TERMS.contains(t) && !terms.contains(t)) {
                return Cues.startsWith(Cues.LEADING_DONE, u.lower().strip());
            }
        }
        return true;
    }
}
