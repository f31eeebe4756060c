package io.pulse.messaging.autoresponse.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.autoresponse.model.LogEntryView;
import io.pulse.messaging.autoresponse.model.RuleStatsView;
import io.pulse.messaging.autoresponse.repository.LogRepository;
import io.pulse.messaging.autoresponse.repository.RuleRepository;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.smallrye.mutiny.Uni;

/** The audit log and per-rule statistics. Each public method is one transaction as the request's user. */
@ApplicationScoped
public class LogService {

    private final LogRepository log;
    private final RuleRepository rules;
    private final SqlOwnership ownership;

    public LogService(LogRepository log, RuleRepository rules, SqlOwnership ownership) {
        this.log = log;
        this.rules = rules;
        this.ownership = ownership;
    }

    public Uni<Page<LogEntryView>> list(LogRepository.Filter filter, PageParams page) {
        if (filter.from() != null && filter.until() != null && !filter.from().isBefore(filter.until())) {
            throw ApiException.invalid("until", "must be after from");
        }
        return ownership.sqlAsCurrentUser(scope -> log.page(scope, filter, page)).map(p -> p.map(LogEntryView::of));
    }

    public Uni<LogEntryView> get(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> log.findById(scope, id)).map(entry -> {
            if (entry == null) {
                throw ApiException.notFound("Log entry");
            }
            return LogEntryView.of(entry);
        });
    }

    public Uni<RuleStatsView> stats(UUID ruleId) {
        return ownership.sqlAsCurrentUser(scope -> rules.findById(scope, ruleId).chain(rule -> {
            if (rule == null) {
                throw ApiException.notFound("Rule");
            }
            return log.statsOfRule(scope, ruleId);
        })).map(rows -> tally(ruleId, rows));
    }

    /** Rows of (status, reason, count, latest time) summed per status; suppressions also per reason. */
    private static RuleStatsView tally(UUID ruleId, List<LogRepository.Tally> rows) {
        long sent = 0;
        long suppressed = 0;
        long failed = 0;
        OffsetDateTime last = null;
        Map<String, Long> byReason = new TreeMap<>();
        for (LogRepository.Tally row : rows) {
            long count = row.count();
            switch (row.status()) {
                case "sent" -> {
                    sent += count;
                    OffsetDateTime at = row.latest();
                    if (at != null && (last == null || at.isAfter(last))) {
                        last = at;
                    }
                }
                case "suppressed" -> {
                    suppressed += count;
                    byReason.merge(row.reason() == null ? "unknown" : row.reason(), count, Long::sum);
                }
                default -> failed += count;
            }
        }
        return new RuleStatsView(ruleId, sent, suppressed, byReason, failed, last);
    }
}
