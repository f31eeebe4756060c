package io.pulse.messaging.summarization.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import io.pulse.messaging.summarization.engine.DailyDigest.ConversationDigest;
import io.pulse.messaging.summarization.engine.DailyDigest.Highlight;
import io.pulse.messaging.summarization.engine.DailyDigest.InConversation;
import io.pulse.messaging.summarization.engine.DailyDigest.Kind;
import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;
import io.pulse.messaging.summarization.engine.ThreadSummary.Coverage;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;
import io.pulse.messaging.summarization.engine.ThreadSummary.LeftOut;
import io.pulse.messaging.summarization.engine.ThreadSummary.OpenQuestion;
import io.pulse.messaging.summarization.engine.ThreadSummary.Participant;

/**
 * Builds a daily digest from a {@link SummaryEngine}'s summaries of each conversation's messages of that day
 * (in the reader's zone). Highlights are ranked so that an open action item assigned to the reader comes first,
 * then anything that mentions the reader, then decisions, then the conversation's key points by centrality;
 * conversations that concern the reader come first too.
 */
public final class DailyDigester {

    private final SummaryEngine engine;

    public DailyDigester(SummaryEngine engine) {
        this.engine = engine;
    }

    /** A conversation's part of the digest, with the rank of its top highlight (conversations are ordered by it). */
    /** A conversation's part of the digest; {@code recapLine} says its top highlight in its recap's words, or is null. */
    private record Section(ConversationDigest digest, double top, String recapLine) {
    }

    public DailyDigest digest(List<DailyDigest.Conversation> conversations, LocalDate day, SummaryOptions options,
            int highlightsPerConversation) {
        SummaryOptions perConversation = options.withMaxKeyPoints(Math.max(options.maxKeyPoints(), highlightsPerConversation * 2));
        return assemble(conversations, day, options, highlightsPerConversation,
                (conversation, ofTheDay) -> engine.summarize(ofTheDay, perConversation));
    }

    /**
     * The digest of {@code conversations} from summaries of their messages of {@code day} made by {@code summarizer}
     * (given a conversation and its messages of the day; null when it read none of them): highlights ranked for the
     * reader, the paragraph, and coverage that says which messages were left out and why.
     */
    public DailyDigest assemble(List<DailyDigest.Conversation> conversations, LocalDate day, SummaryOptions options,
            int highlightsPerConversation, BiFunction<DailyDigest.Conversation, List<ChatMessage>, ThreadSummary> summarizer) {
        List<Section> sections = new ArrayList<>();
        Collected all = new Collected();
        for (DailyDigest.Conversation conversation : conversations) {
            List<ChatMessage> ofTheDay = all.read(conversation, day, options.zone());
            ThreadSummary s = ofTheDay.isEmpty() ? null : summarizer.apply(conversation, ofTheDay);
            if (s == null) {
                continue;
            }
            all.add(conversation.conversationId(), s);
            sections.add(section(conversation, ofTheDay, Highlights.ranked(s, ofTheDay, options), highlightsPerConversation, s.summary()));
        }
        sections.sort(Comparator.comparingDouble((Section s) -> -s.top())
                .thenComparingInt(s -> -s.digest().messageCount()));
        all.actions.sort(Comparator.comparingInt(i -> concerns(i.item(), options.readerId()) ? 0 : 1));
        List<ConversationDigest> digests = sections.stream().map(Section::digest).toList();
        List<Participant> people = new ArrayList<>(all.participants.values());
        people.sort(Comparator.comparingInt((Participant p) -> -p.messageCount()));
        return new DailyDigest(paragraph(sections, all.actions, options.readerId(), day), digests, all.actions, all.decisions,
                all.questions, people, all.coverage(day, options.zone()));
    }

    /** What the conversations' summaries add up to, and which messages were read. */
    private static final class Collected {
        final List<InConversation<ActionItem>> actions = new ArrayList<>();
        final List<InConversation<Decision>> decisions = new ArrayList<>();
        final List<InConversation<OpenQuestion>> questions = new ArrayList<>();
        final Map<UUID, Participant> participants = new LinkedHashMap<>();
        final List<ChatMessage> otherDays = new ArrayList<>();
        final Map<String, LeftOut> leftOut = new LinkedHashMap<>();
        int total;
        int used;
        Instant from;
        Instant to;

        /** The conversation's messages of {@code day}; the others are counted as left out. */
        List<ChatMessage> read(DailyDigest.Conversation conversation, LocalDate day, ZoneId zone) {
            total += conversation.messages().size();
            List<ChatMessage> ofTheDay = new ArrayList<>();
            for (ChatMessage m : conversation.messages()) {
                (m.sentAt().atZone(zone).toLocalDate().equals(day) ? ofTheDay : otherDays).add(m);
            }
            return ofTheDay;
        }

        void add(UUID conversation, ThreadSummary s) {
            Coverage c = s.coverage();
            used += c.messagesUsed();
            if (c.messagesUsed() > 0) {
                from = from == null || c.from().isBefore(from) ? c.from() : from;
                to = to == null || c.to().isAfter(to) ? c.to() : to;
            }
            c.leftOut().forEach(l -> leftOut.merge(l.reason(), l, LeftOut::plus));
            for (Participant p : s.participants()) {
                participants.merge(p.id(), p, (a, b) -> new Participant(a.id(), a.name(), a.messageCount() + b.messageCount()));
            }
            s.actionItems().forEach(a -> actions.add(new InConversation<>(conversation, a)));
            s.decisions().forEach(d -> decisions.add(new InConversation<>(conversation, d)));
            s.openQuestions().forEach(q -> questions.add(new InConversation<>(conversation, q)));
        }

        Coverage coverage(LocalDate day, ZoneId zone) {
            List<LeftOut> left = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            if (!otherDays.isEmpty()) {
                left.add(LeftOut.of(LeftOut.OTHER_DAY, otherDays));
                reasons.add(otherDays.size() + " of " + total + " messages were not sent on " + day + " (" + zone + ") and were left out.");
            }
            int unread = total - used - otherDays.size();
            if (unread > 0) {
                left.addAll(leftOut.values());
                reasons.add(unread + " messages of that day were not read (" + String.join(", ", leftOut.keySet()) + ").");
            }
            return new Coverage(total, used, from, to, used < total, reasons.isEmpty() ? null : String.join(" ", reasons), left);
        }
    }

    private static Section section(DailyDigest.Conversation conversation, List<ChatMessage> ofTheDay, List<Highlights.Ranked> ranked,
            int highlightsPerConversation, String recap) {
        List<Highlight> highlights = ranked.stream().limit(highlightsPerConversation).map(Highlights.Ranked::highlight).toList();
        boolean concerns = highlights.stream().anyMatch(Highlight::concernsReader);
        return new Section(new ConversationDigest(conversation.conversationId(), conversation.title(), ofTheDay.size(),
                concerns, highlights), ranked.isEmpty() ? 0 : ranked.get(0).rank(),
                highlights.isEmpty() ? null : RecapLine.of(recap, highlights.get(0).text()));
    }

    private static boolean concerns(Object item, UUID reader) {
        return item instanceof ActionItem a && a.owner() != null && a.owner().id().equals(reader) && !a.done();
    }

    private static String paragraph(List<Section> sections, List<InConversation<ActionItem>> actions, UUID reader, LocalDate day) {
        if (sections.isEmpty()) {
            return "No messages on " + day + ".";
        }
        StringBuilder text = new StringBuilder();
        long mine = actions.stream().filter(a -> concerns(a.item(), reader)).count();
        if (mine > 0) {
            text.append("You have ").append(mine).append(mine == 1 ? " open action item. " : " open action items. ");
        }
        int n = 0;
        for (Section section : sections) {
            ConversationDigest d = section.digest();
            if (d.highlights().isEmpty() || n++ == 5) {
                continue;
            }
            Highlight top = d.highlights().get(0);
            String where = d.title() == null || d.title().isBlank() ? "" : d.title() + " — ";
            String who = top.person() == null ? null : Roster.firstName(top.person());
            String line;
            if (top.kind() == Kind.ACTION_ITEM) {
                // an action item's person is its owner, not its speaker: say whose it is instead of quoting them
                boolean done = actions.stream().anyMatch(a -> a.item().done() && a.item().messageIds().equals(top.messageIds()));
                line = who == null ? top.text() : top.text() + " (" + who + (done ? ", done)" : ")");
            } else {
                line = section.recapLine() != null ? section.recapLine() : who == null ? top.text() : Attribution.attribute(who, top.text());
            }
            text.append(where).append(line).append(' ');
        }
        return text.toString().strip();
    }
}
