package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;

/**
 * A thread's action items: requests, commitments, needs and imperatives, each with its owner (the committing speaker,
 * the addressed, mentioned or named participant, whoever accepts it, ...), its due date, and whether a later message
 * reports it done. A promise that accepts an earlier request merges into it.
 */
final class ActionItems {

    private static final Phrases I_NEED = Phrases.of("i (need|have|must|got) to|i should");
    private static final Pattern WE_COMMIT = Pattern.compile("^(?:\\W*\\w+[,!]\\s+)?(we'll|we will)\\b");
    private static final Phrases TAKEOVER = Phrases.of("i'm on it|i am on it|i'll do it|i'll take (it|this|that)|i've got (it|this)"
            + "|i can do it|i'll handle it|leave it (to|with) me");
    private static final Phrases ANYONE = Phrases.of("someone|somebody|anyone|one of you");
    private static final Pattern UNKNOWN_VOCATIVE = Pattern.compile("^(?:(?:hey|hi|ok|okay|so|and)\\s+)?@?(\\p{Lu}[\\p{L}'-]+)\\s*[,:]");
    /** Capitalised words that open a sentence with a comma without addressing anyone. */
    private static final Set<String> NOT_A_NAME = Set.of("ok", "okay", "so", "yes", "yeah", "yep", "no", "sure", "thanks", "also", "please",
            "hey", "hi", "hello", "guys", "team", "folks", "everyone", "all", "well", "actually", "anyway", "btw", "fyi", "then", "now",
            "great", "cool", "right", "alright", "first", "second", "finally", "honestly", "agreed", "sorry", "oh", "ah", "hmm", "update",
            "reminder", "note", "today", "tomorrow", "meanwhile", "however", "otherwise", "besides");

    /** An action item while it is being assembled. */
    private static final class Action {
        final Sentence sentence;
        Person owner;
        DueDates.Due due;
        final LinkedHashSet<UUID> sources = new LinkedHashSet<>();
        final Set<String> terms = new HashSet<>();
        final List<UUID> doneBy = new ArrayList<>();

        Action(Sentence sentence) {
            this.sentence = sentence;
        }
    }

    private final ParsedThread thread;
    private final List<ChatMessage> messages;
    private final Roster roster;
    private final Map<String, Pattern> subjectNeeds = new HashMap<>();
    private final Completion completion;

    ActionItems(ParsedThread thread) {
        this.thread = thread;
        this.messages = thread.messages;
        this.roster = thread.roster;
        this.completion = new Completion(thread);
    }

    List<ActionItem> find() {
        List<Action> found = new ArrayList<>();
        for (Sentence u : thread.sentences) {
            consider(u, found);
        }
        Set<UUID> itemMessages = new HashSet<>();
        found.forEach(a -> itemMessages.addAll(a.sources));
        Set<UUID> taken = new HashSet<>();
        for (int k = found.size() - 1; k >= 0; k--) {
            markDone(found.get(k), taken, itemMessages); // the latest first: a bare "Done." closes the latest open item
        }
        return found.stream().map(a -> new ActionItem(Text.normalizeSpaces(a.sentence.text()), a.owner,
                a.due == null ? null : a.due.date(), a.due == null ? null : a.due.text(), List.copyOf(a.sources),
                !a.doneBy.isEmpty(), List.copyOf(a.doneBy))).toList();
    }

    /** Adds the action item sentence {@code u} states, if any, to {@code found} (or merges it into the request it accepts). */
    private void consider(Sentence u, List<Action> found) {
        boolean excluded = Cues.NOT_AN_ACTION.in(u.cue());
        boolean imperative = !excluded && thread.startsImperative(u);
        boolean request = thread.requests(u) || u.question() && imperative; // "Nico, restart the worker pods?"
        boolean commitment = !excluded && Cues.COMMITMENT.in(u.cue());
        boolean need = thread.needs(u);
        boolean mentionLead = u.text().strip().startsWith("@") && thread.addressee(u).isPresent() && !u.question();
        if (u.question() && !request || !(request || commitment || need || imperative || mentionLead)
                || u.terms().stream().allMatch(Cues.CUE_TERMS::contains) || Chatter.is(u)
                || !request && !need && (Commitments.teamCommitment(u) || Commitments.contingentOnOthers(u) || Commitments.conditionalOffer(u))) {
            return; // chatter, or what the team commits to (a decision)
        }
        ChatMessage m = thread.message(u);
        boolean firstPersonCommitment = commitment && !WE_COMMIT.matcher(u.lower()).lookingAt() && !request;
        Person owner = firstPersonCommitment || (!request && I_NEED.in(u.cue())) ? m.sender()
                : assignee(u, m, request || imperative, need);
        Optional<DueDates.Due> due = DueDates.find(u.cue(), m.sentAt().atZone(thread.options.zone()).toLocalDate());
        // A commitment that accepts an earlier request is the same item, not a new one.
        Action accepted = firstPersonCommitment ? acceptedRequest(found, u, m) : null;
        if (accepted != null) {
            accepted.owner = m.sender();
            accepted.sources.add(m.id());
            if (accepted.due == null) {
                accepted.due = due.orElse(null);
            }
            accepted.terms.addAll(u.termSet());
            return;
        }
        Action a = new Action(u);
        a.owner = owner;
        a.due = due.orElse(null);
        a.sources.add(m.id());
        a.terms.addAll(u.termSet());
        a.terms.addAll(Particles.compounds(u.words()));
        a.terms.removeAll(Cues.CUE_TERMS);
        found.add(a);
    }

    /**
     * Whom a request ({@code asks}: a request or an imperative) or a need is for: the addressed or @mentioned
     * participant, the named subject of "needs to", the one participant named, the author of the message replied to,
     * whoever accepts it, or the other speaker of a two-person chat; null when nobody is.
     */
    private Person assignee(Sentence u, ChatMessage m, boolean asks, boolean need) {
        String s = u.lower();
        Person sender = m.sender();
        List<Person> named = new ArrayList<>(roster.named(u.text()));
        named.remove(sender);
        Person owner = thread.addressee(u).filter(p -> !p.equals(sender)).orElse(null);
        if (owner == null && !roster.mentions(u.text()).isEmpty()) {
            owner = roster.mentions(u.text()).stream().filter(p -> !p.equals(sender)).findFirst().orElse(null);
        }
        if (owner == null && need && !named.isEmpty() && subjectNeeds(Roster.firstName(named.get(0))).matcher(s).find()) {
            owner = named.get(0);
        }
        if (owner == null && asks && named.size() == 1 && !s.contains("ask " + Roster.firstName(named.get(0)).toLowerCase())) {
            owner = named.get(0);
        }
        if (owner == null && asks && m.replyTo() != null) {
            Integer target = thread.indexById.get(m.replyTo());
            if (target != null && !messages.get(target).sender().equals(sender)) {
                owner = messages.get(target).sender();
            }
        }
        if (owner == null) {
            owner = acceptedBy(u.message(), sender).orElse(null);
        }
        if (owner == null && asks && thread.senders.size() == 2 && !addressesSomeoneElse(u.text()) && !ANYONE.in(u.cue())) {
            owner = thread.senders.stream().filter(id -> !id.equals(sender.id())).map(roster::person).findFirst().orElse(null);
        }
        return owner;
    }

    /**
     * Whether the sentence opens by addressing a name that is no participant ("Carol, please ..." when Carol
     * wrote nothing): then the request is for someone outside the thread, not for the other speaker.
     */
    private boolean addressesSomeoneElse(String text) {
        Matcher vocative = UNKNOWN_VOCATIVE.matcher(text.strip());
        if (!vocative.find() || NOT_A_NAME.contains(vocative.group(1).toLowerCase())) {
            return false;
        }
        return roster.addressee(text).isEmpty();
    }

    /** "Bob needs to ...", "Bob should ...": a pattern per name, compiled once per summary. */
    private Pattern subjectNeeds(String firstName) {
        return subjectNeeds.computeIfAbsent(firstName, name -> Pattern.compile("\\b" + Pattern.quote(name.toLowerCase())
                + "\\b[^.?!]{0,20}\\b(needs? to|has to|have to|should|must)\\b"));
    }

    /** Whoever answers a request with "sure" / "on it" / "I'll ..." within the next few messages. */
    private Optional<Person> acceptedBy(int message, Person requester) {
        for (int j = message + 1; j < Math.min(messages.size(), message + 5); j++) {
            ChatMessage next = messages.get(j);
            if (next.sender().equals(requester)) {
                if (Cues.REQUEST.in(thread.content(j))) {
                    break; // a later request of the same person is what an acceptance after it answers
                }
                continue;
            }
            if (Cues.startsWith(Cues.ACCEPTANCE, thread.content(j).lower()) && !Cues.NEGATION.in(thread.content(j))) {
                return Optional.of(next.sender());
            }
        }
        return Optional.empty();
    }

    private Action acceptedRequest(List<Action> found, Sentence commitment, ChatMessage m) {
        for (int k = found.size() - 1; k >= 0 && k >= found.size() - 5; k--) {
            Action a = found.get(k);
            ChatMessage source = messages.get(a.sentence.message());
            if (source.sender().equals(m.sender()) || commitment.message() - a.sentence.message() > 4) {
                continue;
            }
            boolean takesOver = commitment.message() - a.sentence.message() <= 2 && TAKEOVER.in(commitment.cue());
            if (a.owner != null && !a.owner.equals(m.sender()) && !takesOver) {
                continue; // someone else's request, unless taken over ("Yuki is on the vendor call, I'm on it.")
            }
            boolean replies = source.id().equals(m.replyTo());
            long shared = commitment.termSet().stream().filter(a.terms::contains).count();
            boolean answersAnyone = ANYONE.in(a.sentence.cue()) && commitment.message() - a.sentence.message() <= 2;
            // "Ja, mache ich.", "Sí, lo hago.", "Oui, je m'en occupe.": a few words, in any language, just after the request
            boolean shortYes = commitment.words().size() <= 4 && commitment.message() - a.sentence.message() <= 2;
            if (replies || shared >= 1 || commitment.terms().size() <= 2 || answersAnyone || shortYes) {
                return a;
            }
        }
        return null;
    }

    private void markDone(Action a, Set<UUID> taken, Set<UUID> itemMessages) {
        Completion.Report report = completion.find(a.sentence.message(), a.sources, a.terms, a.owner, taken, itemMessages);
        if (report != null) {
            a.doneBy.add(report.messageId());
            if (report.bare()) {
                taken.add(report.messageId());
            }
            // who reports a request to someone outside the thread done did it for them: the item stays theirs
            a.owner = a.owner == null && !addressesSomeoneElse(a.sentence.text()) ? report.by() : a.owner;
        }
    }
}
