package io.pulse.messaging.autoresponse.engine;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which senders a rule answers: any of the listed ids, addresses or domains (a domain covers its subdomains), or
 * everyone when none is listed; a sender on the exclude lists is never answered.
 */
public record SenderCondition(
        Set<UUID> ids, Set<String> emails, Set<String> domains,
        Set<UUID> excludeIds, Set<String> excludeEmails, Set<String> excludeDomains) {

    public SenderCondition {
        ids = ids == null ? Set.of() : Set.copyOf(ids);
        excludeIds = excludeIds == null ? Set.of() : Set.copyOf(excludeIds);
        emails = lower(emails);
        domains = lower(domains);
        excludeEmails = lower(excludeEmails);
        excludeDomains = lower(excludeDomains);
    }

    boolean hasIncludes() {
        return !ids.isEmpty() || !emails.isEmpty() || !domains.isEmpty();
    }

    /** The verdict without the explanation (the hot path). */
    public boolean matches(MessageFacts facts) {
        IncomingMessage message = facts.message();
        String email = facts.email();
        String domain = facts.domain();
        if (message.senderId() != null && excludeIds.contains(message.senderId())
                || email != null && excludeEmails.contains(email) || inDomains(domain, excludeDomains)) {
            return false;
        }
        return !hasIncludes() || message.senderId() != null && ids.contains(message.senderId())
                || email != null && emails.contains(email) || inDomains(domain, domains);
    }

    public Check check(IncomingMessage message) {
        String email = message.normalizedEmail();
        String domain = message.senderDomain();
        if (message.senderId() != null && excludeIds.contains(message.senderId())) {
            return Check.fail("senders", "sender id is excluded");
        }
        if (email != null && excludeEmails.contains(email)) {
            return Check.fail("senders", "sender address " + email + " is excluded");
        }
        if (inDomains(domain, excludeDomains)) {
            return Check.fail("senders", "sender domain " + domain + " is excluded");
        }
        if (!hasIncludes()) {
            return Check.pass("senders", "any sender");
        }
        if (message.senderId() != null && ids.contains(message.senderId())) {
            return Check.pass("senders", "sender id is listed");
        }
        if (email != null && emails.contains(email)) {
            return Check.pass("senders", "sender address " + email + " is listed");
        }
        if (inDomains(domain, domains)) {
            return Check.pass("senders", "sender domain " + domain + " is listed");
        }
        return Check.fail("senders", "sender is not among the listed senders");
    }

    static boolean inDomains(String domain, Set<String> domains) {
        if (domain == null || domains.isEmpty()) {
            return false;
        }
        for (String d = domain; ; ) {
            if (domains.contains(d)) {
                return true;
            }
            int dot = d.indexOf('.');
            if (dot < 0) {
                return false;
            }
            d = d.substring(dot + 1);
        }
    }

    private static Set<String> lower(Set<String> values) {
        if (values == null) {
            return Set.of();
        }
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).map(v -> v.startsWith("@") ? v.substring(1) : v)
                .collect(Collectors.toUnmodifiableSet());
    }
}
