package io.pulse.messaging.autoresponse.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.autoresponse.engine.CannedMatch;
import io.pulse.messaging.autoresponse.engine.MessageKind;
import io.pulse.messaging.autoresponse.model.SuggestionsView;
import io.pulse.messaging.autoresponse.repository.CannedResponseRepository;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.smallrye.mutiny.Uni;

/** The user's canned responses offered beside the generated suggestions. */
@ApplicationScoped
public class CannedSuggestions {

    /** The most canned responses read per suggestion request (the newest). */
    static final int MAX_READ = 500;
    /** The most offered. */
    static final int MAX_OFFERED = 3;

    private final CannedResponseRepository canned;
    private final CannedResponseService service;
    private final SqlOwnership ownership;

    public CannedSuggestions(CannedResponseRepository canned, CannedResponseService service, SqlOwnership ownership) {
        this.canned = canned;
        this.service = service;
        this.ownership = ownership;
    }

    /** The request user's canned responses (the newest {@value #MAX_READ}). */
    public Uni<List<CannedMatch.Candidate>> candidates() {
        return ownership.sqlAsCurrentUser(scope -> canned.all(scope, MAX_READ)).map(rows -> rows.stream()
                .map(r -> new CannedMatch.Candidate(r.getId(), r.getName(), r.getTemplate(), service.read(r.getTags()))).toList());
    }

    static List<SuggestionsView.CannedSuggestion> fitting(String content, MessageKind kind, List<CannedMatch.Candidate> candidates) {
        return CannedMatch.fits(content, kind, candidates, MAX_OFFERED).stream()
                .map(f -> new SuggestionsView.CannedSuggestion(f.candidate().id(), f.candidate().name(), f.candidate().template(), f.score(),
                        f.reason())).toList();
    }
}
