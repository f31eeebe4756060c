package io.pulse.messaging.brainstorm.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.pulse.messaging.brainstorm.engine.Framework;
import io.pulse.messaging.brainstorm.model.Api;
import io.pulse.messaging.brainstorm.model.BrainstormSession;
import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.model.Role;

/** Turns entities into the API's views. */
final class Views {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private Views() {
    }

    static Api.SessionSettings settings(BrainstormSession session) {
        return new Api.SessionSettings(session.getVotesPerParticipant(), session.isAnonymousVoting(), session.getStepTimerSeconds());
    }

    static Api.SessionSummary summary(BrainstormSession session, UUID caller, Map<UUID, String> collaboratorRoles) {
        String role = session.getUserId().equals(caller) ? Role.OWNER.key() : collaboratorRoles.getOrDefault(session.getId(), Role.VIEWER.key());
        return new Api.SessionSummary(session.getId(), session.getTitle(), session.getFramework(), session.getStatus(),
                session.getCurrentStep(), role, session.getUserId(), session.getCreatedAt(), session.getUpdatedAt());
    }

    static Api.SessionView session(BrainstormSession session, Role role, Map<String, Long> counts) {
        Framework framework = Framework.fromKey(session.getFramework()).orElseThrow();
        List<Api.StepView> steps = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < framework.steps().size(); i++) {
            Framework.Step step = framework.steps().get(i);
            long count = counts.getOrDefault(step.key(), 0L);
            total += count;
            if (count == 0) {
                empty.add(step.key());
            }
            steps.add(new Api.StepView(step.key(), step.title(), step.question(), i + 1, count, count == 0,
                    step.key().equals(session.getCurrentStep())));
        }
        var endsAt = session.getStepTimerSeconds() == null ? null : session.getStepStartedAt().plusSeconds(session.getStepTimerSeconds());
        return new Api.SessionView(session.getId(), session.getTitle(), session.getTopic(), session.getFramework(),
                session.getStatus(), session.getCurrentStep(), role.key(), session.getUserId(), settings(session),
                session.getStepStartedAt(), endsAt, steps, empty, total, session.getCreatedAt(), session.getUpdatedAt());
    }

    static List<UUID> coContributors(Idea idea) {
        try {
            return JSON.readValue(idea.getCoContributors(), CoContributors.class).userIds();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable co_contributors of idea " + idea.getId(), e);
        }
    }

    /** The stored shape of an idea's co-contributors. */
    record CoContributors(List<UUID> userIds) {
    }

    static String coContributorsJson(List<UUID> userIds) {
        return json(new CoContributors(userIds));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<UUID> contributors(Idea idea) {
        Set<UUID> all = new LinkedHashSet<>();
        all.add(idea.getUserId());
        all.addAll(coContributors(idea));
        return List.copyOf(all);
    }

    /** Voters are shown only to the owner of a session without anonymous voting. */
    static boolean showsVoters(BrainstormSession session, Role role) {
        return role == Role.OWNER && !session.isAnonymousVoting();
    }

    static Api.IdeaView idea(Idea idea, List<UUID> voters, UUID caller, boolean showVoters) {
        List<UUID> all = voters == null ? List.of() : voters;
        return new Api.IdeaView(idea.getId(), idea.getSessionId(), idea.getStep(), idea.getText(), idea.getDetails(),
                idea.getUserId(), contributors(idea), all.size(), all.contains(caller), showVoters ? all : null,
                idea.getCreatedAt(), idea.getUpdatedAt());
    }
}
