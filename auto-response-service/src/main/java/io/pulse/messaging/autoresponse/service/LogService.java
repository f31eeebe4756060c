package io.pulse.messaging.autoresponse.service;

import java.time.OffsetDateTime;
import java.util.TreeMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.autoresponse.model.LogEntryView;
import io.pulse.messaging.autoresponse.repository.LogRepository;
import io.pulse.messaging.autoresponse.repository.RuleRepository;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.ownership.Ownership;
import io.smallrye.mutiny.Uni;

/** The audit log and per-rule statistics. */
@ApplicationScoped
public class LogService {

    private final Ownership ownership;
    private final LogRepository log;
    private final RuleRepository rules;

    public LogService(Ownership ownership, LogRepository log, RuleRepository rules) {
        this.ownership = ownership;
        this.log = log;
        this.rules = rules;
    }

    public Uni<Page<LogEntryView>> list(LogRepository.Filter filter, PageParams page) {
        if (filter.from() != null && filter.until() != null && !filter.from().isBefore(filter.until())) {
            throw ApiException.invalid("until", "must be after from");
        }
        return ownership.asCurrentUser(scope -> log.page(scope, filter, page)).map(p -> p.map(LogEntryView::of));
    }

    public Uni<LogEntryView> get(UUID id) {
        return ownership.asCurrentUser(scope -> log.findById(scope, id)).map(entry -> {
            if (entry == null) {
                throw ApiException.notFound("Log entry");
            }
            return LogEntryView.of(entry);
        });
    }

    public Uni<LogEntryView.RuleStats> stats(UUID ruleId) {
        return ownership.asCurrentUser(scope -> rules.findById(scope, ruleId).chain(rule -> {
            if (rule == null) {
                throw ApiException.notFound("Rule");
            }
            return log.statsOfRule(scope, ruleId);
        })).map(rows -> {
            long sent = 0;
            long suppressed = 0;
            long failed = 0;
            OffsetDateTime last = null;
            Map<String, Long> byReason = new TreeMap<>();
            for (Object[] row : rows) {
                String status = (String) row[0];
                long count = ((Number) row[2]).longValue();
                switch (status) {
                    case "sent" -> {
                        sent += count;
                        OffsetDateTime at = (OffsetDateTime) row[3];
                        if (at != null && (last == null || at.isAfter(last))) {
                            last = at;
                        }
                    }
                    case "suppressed" -> {
                        suppressed += count;
                        byReason.merge(row[1] == null ? "unknown" : (String) row[1], count, Long::sum);
                    }
                    default -> failed += count;
                }
            }
            return new LogEntryView.RuleStats(ruleId, sent, suppressed, byReason, failed, last);
        });
    }
}
