package io.pulse.messaging.brainstorm.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.model.ClusteringRecord;
import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.repository.ActionItemRepository;
import io.pulse.messaging.brainstorm.repository.ClusteringRepository;
import io.pulse.messaging.brainstorm.repository.IdeaRepository;
import io.pulse.messaging.brainstorm.repository.VoteRepository;
import io.pulse.messaging.brainstorm.repository.VoteRepository.Ballot;
import io.pulse.messaging.brainstorm.service.SessionAccess.Member;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.smallrye.mutiny.Uni;

/**
 * What an export is made of, read in one transaction as the caller; {@link ExportService} puts the document together
 * afterwards, on a worker thread, holding no connection.
 */
@ApplicationScoped
public class ExportReads {

    /** Everything an export is made of, filled in by the queries of one transaction, one after the other. */
    static final class Content {
        final Member member;
        final UUID caller;
        Map<String, Long> counts;
        List<Idea> ideas;
        Map<UUID, List<Ballot>> ballots;
        int votesUsed;
        ClusteringRecord clustering;
        List<ActionItemRepository.Row> actionItems;
        /** Today (UTC) as of the read: an open action item due before it is overdue. */
        LocalDate today;

        Content(Member member, UUID caller) {
            this.member = member;
            this.caller = caller;
        }
    }

    private final SessionAccess access;
    private final IdeaRepository ideas;
    private final VoteRepository votes;
    private final ClusteringRepository clusterings;
    private final ActionItemRepository actionItems;
    private final Clock clock;

    private final SqlOwnership ownership;

    public ExportReads(SqlOwnership ownership, SessionAccess access, IdeaRepository ideas, VoteRepository votes, ClusteringRepository clusterings,
            ActionItemRepository actionItems, Clock clock) {
        this.ownership = ownership;
        this.actionItems = actionItems;
        this.clock = clock;
        this.access = access;
        this.ideas = ideas;
        this.votes = votes;
        this.clusterings = clusterings;
    }

    /** Everything the export of the session shows the caller (404 for a non-member). */
    public Uni<Content> content(UUID sessionId) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, sessionId).chain(member -> read(scope, member)));
    }

    /** The session's idea counts, ideas, voters, the caller's votes, the latest clustering and the action items, one query after the other. */
    private Uni<Content> read(SqlScope scope, Member member) {
        UUID id = member.sessionId();
        Content content = new Content(member, scope.userId());
        content.today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return ideas.countsByStep(scope, id).invoke(counts -> content.counts = counts)
                .chain(() -> ideas.allInSession(scope, id)).invoke(all -> content.ideas = all)
                .chain(() -> votes.ballotsByIdea(scope, id)).invoke(ballots -> content.ballots = ballots)
                .chain(() -> votes.countMine(scope, id)).invoke(used -> content.votesUsed = used)
                .chain(() -> clusterings.find(scope, id)).invoke(record -> content.clustering = record)
                .chain(() -> actionItems.all(scope, id)).invoke(rows -> content.actionItems = rows)
                .replaceWith(content);
    }
}
