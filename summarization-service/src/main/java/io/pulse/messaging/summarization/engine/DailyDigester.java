package io.pulse.messaging.summarization.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.pulse.messaging.summarization.engine.DailyDigest.ConversationDigest;
import io.pulse.messaging.summarization.engine.DailyDigest.Highlight;
import io.pulse.messaging.summarization.engine.DailyDigest.InConversation;
import io.pulse.messaging.summarization.engine.DailyDigest.Kind;
import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;
import io.pulse.messaging.summarization.engine.ThreadSummary.Coverage;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;
import io.pulse.messaging.summarization.engine.ThreadSummary.KeyPoint;
import io.pulse.messaging.summarization.engine.ThreadSummary.OpenQuestion;
import io.pulse.messaging.summarization.engine.ThreadSummary.Participant;

/**
 * Builds a daily digest from a {@link SummaryEngine}'s summaries of each conversation's messages of that day
 * (in the reader's zone). Highlights are ranked so that an open action item assigned to the reader comes first,
 * then anything that mentions the reader, then decisions, then the conversation's key points by centrality;
 * conversations that concern the reader come first too.
 */
public final class DailyDigester {

    private static final int ASSIGNED_TO_READER = 30;
    private static final int MENTIONS_READER = 20;

    private final SummaryEngine engine;

    public DailyDigester(SummaryEngine engine) {
        this.engine = engine;
    }

    /** A highlight with the rank that orders it. */
    private record Ranked(Highlight highlight, double rank) {
    }

    /** A conversation's part of the digest, with the rank of its top highlight (conversations are ordered by it). */
    private record Section(ConversationDigest digest, double top) {
    }

    public DailyDigest digest(List<DailyDigest.Conversation> conversations, LocalDate day, SummaryOptions options,
            int highlightsPerConversation) {
        List<Section> sections = new ArrayList<>();
        List<InConversation<ActionItem>> actions = new ArrayList<>();
        List<InConversation<Decision>> decisions = new ArrayList<>();
        List<InConversation<OpenQuestion>> questions = new ArrayList<>();
        Map<UUID, Participant> participants = new LinkedHashMap<>();
        int total = 0;
        int used = 0;
        Instant from = null;
        Instant to = null;
        for (DailyDigest.Conversation conversation : conversations) {
            total += conversation.messages().size();
            List<ChatMessage> ofTheDay = conversation.messages().stream()
                    .filter(m -> m.sentAt().atZone(options.zone()).toLocalDate().equals(day)).toList();
            if (ofTheDay.isEmpty()) {
                continue;
            }
            ThreadSummary s = engine.summarize(ofTheDay, options.withMaxKeyPoints(Math.max(options.maxKeyPoints(), highlightsPerConversation * 2)));
            used += s.coverage().messagesUsed();
            from = from == null || s.coverage().from().isBefore(from) ? s.coverage().from() : from;
            to = to == null || s.coverage().to().isAfter(to) ? s.coverage().to() : to;
            for (Participant p : s.participants()) {
                participants.merge(p.id(), p, (a, b) -> new Participant(a.id(), a.name(), a.messageCount() + b.messageCount()));
            }
            UUID id = conversation.conversationId();
            s.actionItems().forEach(a -> actions.add(new InConversation<>(id, a)));
            s.decisions().forEach(d -> decisions.add(new InConversation<>(id, d)));
            s.openQuestions().forEach(q -> questions.add(new InConversation<>(id, q)));
            sections.add(section(conversation, ofTheDay, ranked(s, ofTheDay, options), highlightsPerConversation));
        }
        sections.sort(Comparator.comparingDouble((Section s) -> -s.top())
                .thenComparingInt(s -> -s.digest().messageCount()));
        actions.sort(Comparator.comparingInt(i -> concerns(i.item(), options.readerId()) ? 0 : 1));
        List<ConversationDigest> digests = sections.stream().map(Section::digest).toList();
        List<Participant> people = new ArrayList<>(participants.values());
        people.sort(Comparator.comparingInt((Participant p) -> -p.messageCount()));
        Coverage coverage = new Coverage(total, used, from, to, used < total, used < total
                ? (total - used) + " of " + total + " messages were not sent on " + day + " (" + options.zone() + ") and were left out."
                : null);
        return new DailyDigest(paragraph(digests, actions, options.readerId(), day), digests, actions, decisions, questions, people,
                coverage);
    }

    /**
     * A conversation's candidate highlights, best first: its open action items (assigned to the reader, or mentioning
     * them, first), its decisions that stand, then its other key points by centrality; what mentions the reader first.
     */
    private static List<Ranked> ranked(ThreadSummary s, List<ChatMessage> ofTheDay, SummaryOptions options) {
        UUID reader = options.readerId();
        Person readerPerson = options.readerIn(ofTheDay);
        Roster roster = new Roster(ofTheDay, readerPerson);
        List<Ranked> ranked = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (ActionItem a : s.actionItems()) {
            if (a.done()) {
                continue;
            }
            boolean assigned = a.owner() != null && a.owner().id().equals(reader);
            boolean mentioned = roster.refersTo(a.text(), readerPerson);
            double rank = (assigned ? ASSIGNED_TO_READER : mentioned ? MENTIONS_READER : 0) + 1.5;
            ranked.add(new Ranked(new Highlight(Kind.ACTION_ITEM, a.text(), a.owner(), a.messageIds(), assigned || mentioned), rank));
            taken.add(a.text());
        }
        for (Decision d : s.decisions()) {
            if (d.reversed() || !taken.add(d.text())) {
                continue;
            }
            boolean mentioned = roster.refersTo(d.text(), readerPerson);
            ranked.add(new Ranked(new Highlight(Kind.DECISION, d.text(), d.decidedBy(), d.messageIds(), mentioned),
                    (mentioned ? MENTIONS_READER : 0) + 2));
        }
        for (KeyPoint k : s.keyPoints()) {
            if (!taken.add(k.text())) {
                continue;
            }
            ranked.add(new Ranked(new Highlight(Kind.KEY_POINT, k.text(), k.speaker(), k.messageIds(), k.mentionsReader()),
                    (k.mentionsReader() ? MENTIONS_READER : 0) + k.score()));
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.rank()));
        return ranked;
    }

    private static Section section(DailyDigest.Conversation conversation, List<ChatMessage> ofTheDay, List<Ranked> ranked,
            int highlightsPerConversation) {
        List<Highlight> highlights = ranked.stream().limit(highlightsPerConversation).map(Ranked::highlight).toList();
        boolean concerns = highlights.stream().anyMatch(Highlight::concernsReader);
        return new Section(new ConversationDigest(conversation.conversationId(), conversation.title(), ofTheDay.size(),
                concerns, highlights), ranked.isEmpty() ? 0 : ranked.get(0).rank());
    }

    private static boolean concerns(Object item, UUID reader) {
        return item instanceof ActionItem a && a.owner() != null && a.owner().id().equals(reader) && !a.done();
    }

    private static String paragraph(List<ConversationDigest> digests, List<InConversation<ActionItem>> actions, UUID reader, LocalDate day) {
        if (digests.isEmpty()) {
            return "No messages on " + day + ".";
        }
        StringBuilder text = new StringBuilder();
        long mine = actions.stream().filter(a -> concerns(a.item(), reader)).count();
        if (mine > 0) {
            text.append("You have ").append(mine).append(mine == 1 ? " open action item. " : " open action items. ");
        }
        int n = 0;
        for (ConversationDigest d : digests) {
            if (d.highlights().isEmpty() || n++ == 5) {
                continue;
            }
            Highlight top = d.highlights().get(0);
            String where = d.title() == null || d.title().isBlank() ? "" : d.title() + " — ";
            String who = top.person() == null ? null : Roster.firstName(top.person());
            String line;
            if (top.kind() == Kind.ACTION_ITEM) {
                // an action item's person is its owner, not its speaker: say whose it is instead of quoting them
                line = who == null ? top.text() : top.text() + " (" + who + ")";
            } else {
                line = who == null ? top.text() : Attribution.attribute(who, top.text());
            }
            text.append(where).append(line).append(' ');
        }
        return text.toString().strip();
    }
}
