package io.pulse.messaging.summarization.engine;

import java.util.Set;
import java.util.UUID;

/**
 * Whether a later message reports an action item done, and which: a done word or the past participle of the item's own
 * verb ("Disabled.", "Refund issued, ...") by its owner, in reply to it, or sharing its terms; a one-word report
 * ("Done.", "Sent.") right after a request nobody was named for makes its author the owner. An acceptance ("Will do.",
 * "Sure.") or a promise ("done by Friday") is no report.
 */
final class Completion {

    private static final int WINDOW = 200;
    /** How many messages after the request a bare report by the next speaker still answers it. */
    private static final int NEXT_SPEAKER = 2;

    /** The message that reports the item done, and who did it. */
    record Report(UUID messageId, Person by) {
    }

    private final ParsedThread thread;

    Completion(ParsedThread thread) {
        this.thread = thread;
    }

    /**
     * The report of the item stated at message {@code from} (its source messages {@code sources}, its terms {@code terms},
     * its owner or null), or null while it is open.
     */
    Report find(int from, Set<UUID> sources, Set<String> terms, Person owner) {
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
                if (replies || (byOwner && (shared >= 1 || ownVerb || shortReport(u, terms))) || (owner == null && shared >= 1)
                        || (!byOwner && shared >= 2) || nextSpeaker) {
                    return new Report(later.id(), owner != null ? owner : later.sender().equals(requester) ? null : later.sender());
                }
            }
        }
        return null;
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
