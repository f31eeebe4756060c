package io.pulse.messaging.intelligence.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.pulse.messaging.common.lifecycle.UserErased;
import io.pulse.messaging.intelligence.engine.TopicDetector;

/**
 * What this replica keeps in memory of a user, dropped once they are erased: the topic detector's embedded saved topics
 * (cached by definition, not by user, so all of them go; they are embedded again when next used). Other replicas keep
 * theirs until their cache turns over, but an analysis only ever uses the topics read from the database, where the
 * erased user's are gone. Live streams end through {@code ErasedUsers}; nothing else is kept per user.
 */
@ApplicationScoped
public class ErasedUserMemory {

    private final TopicDetector topics;

    public ErasedUserMemory(TopicDetector topics) {
        this.topics = topics;
    }

    void on(@Observes UserErased erased) {
        topics.forgetUserTopics();
    }
}
