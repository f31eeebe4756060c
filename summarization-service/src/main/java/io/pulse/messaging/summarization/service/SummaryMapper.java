package io.pulse.messaging.summarization.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.pulse.messaging.summarization.engine.DailyDigest;
import io.pulse.messaging.summarization.engine.Person;
import io.pulse.messaging.summarization.engine.ThreadSummary;
import io.pulse.messaging.summarization.model.ActionItemView;
import io.pulse.messaging.summarization.model.CoverageView;
import io.pulse.messaging.summarization.model.DecisionView;
import io.pulse.messaging.summarization.model.DigestConversationView;
import io.pulse.messaging.summarization.model.HighlightKind;
import io.pulse.messaging.summarization.model.HighlightView;
import io.pulse.messaging.summarization.model.KeyPointView;
import io.pulse.messaging.summarization.model.LeftOutView;
import io.pulse.messaging.summarization.model.OpenQuestionView;
import io.pulse.messaging.summarization.model.ParticipantView;
import io.pulse.messaging.summarization.model.PersonView;
import io.pulse.messaging.summarization.model.SummaryContent;

/** Engine results as API views. */
final class SummaryMapper {

    private SummaryMapper() {
    }

    static SummaryContent thread(ThreadSummary s) {
        return new SummaryContent(s.summary(),
                s.keyPoints().stream().map(k -> new KeyPointView(k.text(), person(k.speaker()), k.score(), k.messageIds(), k.mentionsReader(), null)).toList(),
                s.actionItems().stream().map(a -> action(a, null)).toList(),
                s.decisions().stream().map(d -> decision(d, null)).toList(),
                s.openQuestions().stream().map(q -> question(q, null)).toList(),
                participants(s.participants()),
                coverage(s.coverage()),
                null);
    }

    static SummaryContent digest(DailyDigest d) {
        List<DigestConversationView> conversations = d.conversations().stream()
                .map(c -> new DigestConversationView(c.conversationId(), c.title(), c.messageCount(), c.concernsReader(),
                        c.highlights().stream().map(h -> new HighlightView(kind(h.kind()), h.text(), person(h.person()), h.messageIds(),
                                h.concernsReader())).toList()))
                .toList();
        return new SummaryContent(d.summary(), List.of(),
                d.actionItems().stream().map(a -> action(a.item(), a.conversationId())).toList(),
                d.decisions().stream().map(x -> decision(x.item(), x.conversationId())).toList(),
                d.openQuestions().stream().map(q -> question(q.item(), q.conversationId())).toList(),
                participants(d.participants()),
                coverage(d.coverage()),
                conversations);
    }

    private static HighlightKind kind(DailyDigest.Kind kind) {
        return switch (kind) {
            case ACTION_ITEM -> HighlightKind.ACTION_ITEM;
            case DECISION -> HighlightKind.DECISION;
            case KEY_POINT -> HighlightKind.KEY_POINT;
        };
    }

    private static ActionItemView action(ThreadSummary.ActionItem a, UUID conversation) {
        return new ActionItemView(a.text(), person(a.owner()), a.dueDate(), a.dueText(), a.messageIds(), a.done(), a.doneMessageIds(), conversation);
    }

    private static DecisionView decision(ThreadSummary.Decision d, UUID conversation) {
        return new DecisionView(d.text(), person(d.decidedBy()), d.messageIds(), d.reversed(), d.reversedByMessageIds(), conversation);
    }

    private static OpenQuestionView question(ThreadSummary.OpenQuestion q, UUID conversation) {
        return new OpenQuestionView(q.text(), person(q.askedBy()), q.messageIds(), conversation);
    }

    private static List<ParticipantView> participants(List<ThreadSummary.Participant> participants) {
        return participants.stream().map(p -> new ParticipantView(p.id(), p.name(), p.messageCount())).toList();
    }

    private static CoverageView coverage(ThreadSummary.Coverage c) {
        return new CoverageView(c.messagesTotal(), c.messagesUsed(), time(c.from()), time(c.to()), c.truncated(), c.truncationReason(),
                c.leftOut().stream().map(l -> new LeftOutView(l.reason(), l.count(), time(l.from()), time(l.to()))).toList());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static PersonView person(Person p) {
        return p == null ? null : new PersonView(p.id(), p.name());
    }
}
