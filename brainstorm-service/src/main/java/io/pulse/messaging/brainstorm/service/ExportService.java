package io.pulse.messaging.brainstorm.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.model.ClusteringRecord;
import io.pulse.messaging.brainstorm.model.ExportView;
import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.repository.ClusteringRepository;
import io.pulse.messaging.brainstorm.repository.IdeaRepository;
import io.pulse.messaging.brainstorm.repository.VoteRepository;
import io.pulse.messaging.brainstorm.service.SessionAccess.Member;
import io.pulse.messaging.common.ownership.AsCurrentUser;
import io.pulse.messaging.common.ownership.UserScope;
import io.smallrye.mutiny.Uni;

/** A session's whole content as a document: ideas by step and by cluster, votes and contributors. */
@ApplicationScoped
public class ExportService {

    /** Everything an export is made of, filled in by the queries of one transaction, one after the other. */
    static final class Content {
        final Member member;
        final UUID caller;
        Map<String, Long> counts;
        List<Idea> ideas;
        Map<UUID, List<UUID>> voters;
        int votesUsed;
        ClusteringRecord clustering;

        Content(Member member, UUID caller) {
            this.member = member;
            this.caller = caller;
        }
    }

    private final SessionAccess access;
    private final IdeaRepository ideas;
    private final VoteRepository votes;
    private final ClusteringRepository clusterings;

    public ExportService(SessionAccess access, IdeaRepository ideas, VoteRepository votes, ClusteringRepository clusterings) {
        this.access = access;
        this.ideas = ideas;
        this.votes = votes;
        this.clusterings = clusterings;
    }

    @AsCurrentUser
    public Uni<ExportView> export(UUID sessionId) {
        UserScope scope = UserScope.current();
        return access.require(scope, sessionId).chain(member -> read(scope, member)).map(ExportDocument::of);
    }

    /** The session's idea counts, ideas, voters, the caller's votes and the latest clustering, one query after the other. */
    private Uni<Content> read(UserScope scope, Member member) {
        UUID id = member.sessionId();
        Content content = new Content(member, scope.userId());
        return ideas.countsByStep(scope, id).invoke(counts -> content.counts = counts)
                .chain(() -> ideas.allInSession(scope, id)).invoke(all -> content.ideas = all)
                .chain(() -> votes.votersByIdea(scope, id)).invoke(voters -> content.voters = voters)
                .chain(() -> votes.countMine(scope, id)).invoke(used -> content.votesUsed = used)
                .chain(() -> clusterings.find(scope, id)).invoke(record -> content.clustering = record)
                .replaceWith(content);
    }
}
