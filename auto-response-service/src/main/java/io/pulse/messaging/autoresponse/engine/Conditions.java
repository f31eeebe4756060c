package io.pulse.messaging.autoresponse.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every condition of a rule; each is optional (null or empty) and all that are given must hold: the top-level ones, every
 * item of {@code all} and at least one item of {@code any} (when it has items). A group's items are conditions themselves,
 * nested one level at most (the compiler refuses deeper ones).
 */
public record Conditions(
        KeywordCondition keywords,
        SenderCondition senders,
        Schedule schedule,
        DateRange dateRange,
        Audience audience,
        Set<String> channels,
        List<Conditions> all,
        List<Conditions> any) {

    public Conditions {
        audience = audience == null ? Audience.EVERYONE : audience;
        channels = channels == null ? Set.of()
                : channels.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        all = all == null ? List.of() : List.copyOf(all);
        any = any == null ? List.of() : List.copyOf(any);
    }

    /** Conditions without groups. */
    public Conditions(KeywordCondition keywords, SenderCondition senders, Schedule schedule, DateRange dateRange, Audience audience,
                      Set<String> channels) {
        this(keywords, senders, schedule, dateRange, audience, channels, null, null);
    }

    public static Conditions none() {
        return new Conditions(null, null, null, null, null, null);
    }

    /** Whether there are groups ({@code all} or {@code any}). */
    public boolean grouped() {
        return !all.isEmpty() || !any.isEmpty();
    }

    /** The keyword conditions here and in every group item (for the pattern work of a rule). */
    public List<KeywordCondition> allKeywords() {
        List<KeywordCondition> found = new ArrayList<>(1);
        if (keywords != null) {
            found.add(keywords);
        }
        all.forEach(item -> found.addAll(item.allKeywords()));
        any.forEach(item -> found.addAll(item.allKeywords()));
        return found;
    }

    /** Whether every condition holds, cheapest first, building no explanation (the hot path). */
    public boolean matches(MessageFacts facts) {
        IncomingMessage message = facts.message();
        if (!channels.isEmpty() && (facts.channel() == null || !channels.contains(facts.channel()))) {
            return false;
        }
        if (audience != Audience.EVERYONE && !audience.admits(message.internalSender(), message.knownContact())) {
            return false;
        }
        if (dateRange != null && !dateRange.contains(message.sentAt())) {
            return false;
        }
        if (senders != null && !senders.matches(facts)) {
            return false;
        }
        if (schedule != null && !schedule.contains(message.sentAt())) {
            return false;
        }
        if (keywords != null && !keywords.matches(facts)) {
            return false;
        }
        for (Conditions item : all) {
            if (!item.matches(facts)) {
                return false;
            }
        }
        if (any.isEmpty()) {
            return true;
        }
        for (Conditions item : any) {
            if (item.matches(facts)) {
                return true;
            }
        }
        return false;
    }

    /** Checks every condition in a fixed cheap-first order; stops at the first failure unless {@code explain}. */
    public List<Check> check(MessageFacts facts, boolean explain) {
        IncomingMessage message = facts.message();
        List<Check> checks = new ArrayList<>(4);
        if (!channels.isEmpty()) {
            String channel = message.channel() == null ? null : message.channel().toLowerCase(Locale.ROOT);
            checks.add(channel != null && channels.contains(channel)
                    ? Check.pass("channels", "channel " + channel + " is listed")
                    : Check.fail("channels", "channel " + channel + " is not among " + channels.stream().sorted().toList()));
            if (stop(checks, explain)) {
                return checks;
            }
        }
        if (audience != Audience.EVERYONE) {
            checks.add(audience.check(message));
            if (stop(checks, explain)) {
                return checks;
            }
        }
        if (dateRange != null) {
            checks.add(dateRange.check(message.sentAt()));
            if (stop(checks, explain)) {
                return checks;
            }
        }
        if (schedule != null) {
            checks.add(schedule.check(message.sentAt()));
            if (stop(checks, explain)) {
                return checks;
            }
        }
        if (senders != null) {
            checks.add(senders.check(message));
            if (stop(checks, explain)) {
                return checks;
            }
        }
        if (keywords != null) {
            checks.add(keywords.check(facts));
            if (stop(checks, explain)) {
                return checks;
            }
        }
        if (!all.isEmpty()) {
            checks.add(ConditionGroup.ALL.check(all, facts));
            if (stop(checks, explain)) {
                return checks;
            }
        }
        if (!any.isEmpty()) {
            checks.add(ConditionGroup.ANY.check(any, facts));
        }
        return checks;
    }

    private static boolean stop(List<Check> checks, boolean explain) {
        return !explain && !checks.get(checks.size() - 1).passed();
    }
}
