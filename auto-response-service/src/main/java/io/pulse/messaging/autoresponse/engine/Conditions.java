package io.pulse.messaging.autoresponse.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Every condition of a rule; each is optional (null or empty) and all that are given must hold. */
public record Conditions(
        KeywordCondition keywords,
        SenderCondition senders,
        Schedule schedule,
        DateRange dateRange,
        Audience audience,
        Set<String> channels) {

    public Conditions {
        audience = audience == null ? Audience.EVERYONE : audience;
        channels = channels == null ? Set.of()
                : channels.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public static Conditions none() {
        return new Conditions(null, null, null, null, null, null);
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
        return keywords == null || keywords.matches(facts);
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
        }
        return checks;
    }

    private static boolean stop(List<Check> checks, boolean explain) {
        return !explain && !checks.get(checks.size() - 1).passed();
    }
}
