package io.pulse.messaging.autoresponse.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.engine.AudienceMiss;
import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.engine.SenderStanding;
import io.pulse.messaging.autoresponse.engine.SuppressionReason;
import io.pulse.messaging.autoresponse.model.EvaluationView;
import io.pulse.messaging.autoresponse.repository.SenderDirectory;
import io.pulse.messaging.autoresponse.service.MessagePreparation.Incoming;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;

/**
 * Who each sender is to the user, decided once per evaluation before any rule is matched: the user's domains make a
 * sender internal, their contacts make one a known contact (on top of the caller's flags), and the messages the rules
 * see carry the result. The answers then say which audience the sender was in, and when a rule matched but its
 * audience left the sender out (reason {@code audience}), which rule and why.
 */
@Singleton
public class SenderContext {

    /** The messages with their senders' standing applied, and the standings in the same order. */
    record Standings(List<Incoming> messages, List<SenderStanding> standings) {
    }

    private final SenderDirectory directory;

    public SenderContext(SenderDirectory directory) {
        this.directory = directory;
    }

    /** Reads (one statement, in the evaluation's first transaction) and applies the senders' standing. */
    Uni<Standings> read(SqlScope scope, List<Incoming> messages) {
        Set<String> emails = new LinkedHashSet<>();
        Set<UUID> ids = new LinkedHashSet<>();
        for (Incoming incoming : messages) {
            if (incoming.message().normalizedEmail() != null) {
                emails.add(incoming.message().normalizedEmail());
            }
            if (incoming.message().senderId() != null) {
                ids.add(incoming.message().senderId());
            }
        }
        return directory.read(scope, emails, ids).map(known -> {
            List<Incoming> applied = new ArrayList<>(messages.size());
            List<SenderStanding> standings = new ArrayList<>(messages.size());
            for (Incoming incoming : messages) {
                IncomingMessage m = incoming.message();
                SenderStanding standing = SenderStanding.of(m, known.domains(), known.listed(m.senderId(), m.normalizedEmail()));
                standings.add(standing);
                applied.add(new Incoming(standing.applyTo(m), incoming.user()));
            }
            return new Standings(List.copyOf(applied), List.copyOf(standings));
        });
    }

    /**
     * For each message no rule matched, the rule whose audience alone left its sender out, in words, or null (CPU work:
     * off the event loop).
     */
    static List<String> misses(Supplier<RuleCache.RuleSet> compiled, Standings standings, Prepared prepared) {
        List<String> misses = new ArrayList<>(prepared.items().size());
        if (prepared.items().stream().noneMatch(item -> item.guard().isEmpty() && item.winner() == null)) {
            return java.util.Collections.nCopies(prepared.items().size(), null);
        }
        RuleCache.RuleSet rules = compiled.get();
        for (int i = 0; i < prepared.items().size(); i++) {
            Prepared.Item item = prepared.items().get(i);
            boolean unanswered = item.guard().isEmpty() && item.winner() == null;
            misses.add(unanswered ? AudienceMiss.find(rules.rules(), standings.messages().get(i).message()) : null);
        }
        return misses;
    }

    /** The answers with the sender's audience where a rule replied or an audience left the sender out. */
    static List<EvaluationView> annotate(List<EvaluationView> views, Standings standings, List<String> misses) {
        List<EvaluationView> out = new ArrayList<>(views.size());
        for (int i = 0; i < views.size(); i++) {
            EvaluationView view = views.get(i);
            SenderStanding s = standings.standings().get(i);
            String miss = view.reason() == SuppressionReason.NO_RULE_MATCHED ? misses.get(i) : null;
            boolean relevant = view.reply() || miss != null || view.ruleId() != null;
            out.add(relevant ? view.withAudience(new EvaluationView.SenderAudience(s.group(), s.knownContact(), s.reason()), miss) : view);
        }
        return out;
    }
}
