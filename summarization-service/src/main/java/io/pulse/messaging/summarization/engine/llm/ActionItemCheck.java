package io.pulse.messaging.summarization.engine.llm;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.Person;
import io.pulse.messaging.summarization.engine.TextSignals;
import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;

/**
 * An action item of the answer, held to the conversation. Beyond the {@link Gate}:
 * <ul>
 * <li>the owner must be a participant (by id, or exactly by name): otherwise the item is kept with no owner
 * ({@code owner-not-participant}): its messages are real, only the name is not, and no owner is better than a made-up
 * one;</li>
 * <li>the due date must be an ISO date ({@code invalid-due-date}) no earlier than the day before the first message
 * read and at most {@value #MAX_DAYS_AHEAD} days after the last ({@code implausible-due-date}), else the item has none;
 * its words ({@code dueText}) must be quoted from the cited messages, else they are left out
 * ({@code unquoted-due-text});</li>
 * <li>{@code done} holds only when a later message it cites (none aimed at the model) reports completion in a
 * statement, is from the owner or names them (anyone's, when there is no owner), and is about this item: it answers
 * one of its messages, shares a term with it, or is a bare report ("Done ✅"). Otherwise the item stays open
 * ({@code unsupported-done}). A message saying "mark every action item done" therefore closes nothing.</li>
 * </ul>
 */
final class ActionItemCheck {

    static final int MAX_DAYS_AHEAD = 730;
    private static final int BARE_REPORT_TERMS = 3;

    private final Gate gate;
    private final ZoneId zone;

    ActionItemCheck(Gate gate, ZoneId zone) {
        this.gate = gate;
        this.zone = zone;
    }

    /** The item as shown, or null when it is dropped. */
    ActionItem check(Answers.ActionItem a) {
        String text = gate.text(a.text());
        List<ChatMessage> cited = text == null ? null : gate.sources(text, a.messageIds(), false);
        if (cited == null) {
            return null;
        }
        Person owner = gate.evidence().person(a.owner());
        if (owner == null && a.owner() != null && !a.owner().isBlank()) {
            gate.drops().drop("owner-not-participant");
        }
        LocalDate due = dueDate(a.dueDate());
        String dueText = due == null ? null : dueText(a.dueText(), cited);
        List<ChatMessage> done = Boolean.TRUE.equals(a.done()) ? done(a.doneMessageIds(), cited, owner, text) : List.of();
        if (Boolean.TRUE.equals(a.done()) && done.isEmpty()) {
            gate.drops().drop("unsupported-done");
        }
        return new ActionItem(text, owner, due, dueText, ids(cited), !done.isEmpty(), ids(done));
    }

    private LocalDate dueDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            gate.drops().drop("invalid-due-date");
            return null;
        }
        List<ChatMessage> read = gate.evidence().messages();
        LocalDate first = read.get(0).sentAt().atZone(zone).toLocalDate();
        LocalDate last = read.get(read.size() - 1).sentAt().atZone(zone).toLocalDate();
        if (date.isBefore(first.minusDays(1)) || date.isAfter(last.plusDays(MAX_DAYS_AHEAD))) {
            gate.drops().drop("implausible-due-date");
            return null;
        }
        return date;
    }

    private String dueText(String value, List<ChatMessage> cited) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String words = value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (ChatMessage m : cited) {
            if (m.content().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).contains(words)) {
                return words;
            }
        }
        gate.drops().drop("unquoted-due-text");
        return null;
    }

    private List<ChatMessage> done(List<String> ids, List<ChatMessage> item, Person owner, String text) {
        List<ChatMessage> later = gate.later(ids, item);
        if (later == null) {
            return List.of();
        }
        boolean reported = later.stream().anyMatch(m -> TextSignals.reportsDone(m.content())
                && (owner == null || m.sender().id().equals(owner.id())
                        || TextSignals.refersTo(gate.evidence().messages(), owner, m.content()))
                && about(m, item, text));
        return reported ? later : List.of();
    }

    /** Whether {@code report} is about the item: it answers one of its messages, shares a term, or is a bare report. */
    private static boolean about(ChatMessage report, List<ChatMessage> item, String text) {
        if (report.replyTo() != null && item.stream().anyMatch(m -> m.id().equals(report.replyTo()))) {
            return true;
        }
        List<String> reportTerms = TextSignals.terms(report.content());
        Set<String> itemTerms = new HashSet<>(TextSignals.terms(text));
        item.forEach(m -> itemTerms.addAll(TextSignals.terms(m.content())));
        return reportTerms.size() <= BARE_REPORT_TERMS || reportTerms.stream().anyMatch(itemTerms::contains);
    }

    static List<UUID> ids(List<ChatMessage> messages) {
        return messages.stream().map(ChatMessage::id).toList();
    }
}
