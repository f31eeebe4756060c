package io.pulse.messaging.autoresponse.service;

import java.util.List;
import java.util.UUID;

import io.pulse.messaging.autoresponse.engine.RuleMatcher;

/** The tags and notifying rules of a prepared message's matching rules (none when a loop guard stopped it). */
final class Effects {

    private Effects() {
    }

    static List<String> tags(Prepared.Item item) {
        return item.hasEffects() ? item.match().tags() : List.of();
    }

    /** The rules whose notify action applied, each once, in evaluation order. */
    static List<UUID> notifiedRules(Prepared.Item item) {
        return item.hasEffects() ? item.match().notifications().stream().map(n -> n.rule().id()).distinct().toList() : List.of();
    }

    static List<RuleMatcher.Notification> notifications(Prepared.Item item) {
        return item.hasEffects() ? item.match().notifications() : List.of();
    }
}
