package io.pulse.messaging.intelligence.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.lifecycle.AuditEvent;
import io.pulse.messaging.common.lifecycle.SqlAuditTrail;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.time.Timestamps;
import io.pulse.messaging.intelligence.engine.TopicDefinition;
import io.pulse.messaging.intelligence.engine.TopicSource;
import io.pulse.messaging.intelligence.model.SavedTopic;
import io.pulse.messaging.intelligence.model.SavedTopicInput;
import io.pulse.messaging.intelligence.model.SavedTopicView;
import io.pulse.messaging.intelligence.repository.SavedTopicRepository;
import io.smallrye.mutiny.Uni;

/**
 * A user's saved custom topics: create, read, replace, delete, each one transaction as the request's user (row ownership
 * as everywhere: the repository's owner filter, then row-level security). A name is unique per user (409), a user has at
 * most {@code pulse.intelligence.topics.max-per-user} topics (422). {@link #definitions} gives them to an analysis.
 * Every change is recorded in the user's audit trail in its transaction: {@code topic.created}, {@code topic.updated} (the
 * fields that changed), {@code topic.deleted}; by field name only, since a topic's name and texts are the user's words.
 */
@ApplicationScoped
public class SavedTopics {

    /** A topic's fields as the API names them, in the order {@link #fieldValues} gives them. */
    private static final List<String> FIELDS = List.of("name", "description", "keywords", "examples");

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final SavedTopicRepository topics;
    private final SqlAuditTrail audit;
    private final SqlOwnership ownership;
    private final ObjectMapper json;
    private final Clock clock;
    private final int maxPerUser;

    public SavedTopics(SavedTopicRepository topics, SqlAuditTrail audit, SqlOwnership ownership, ObjectMapper json, Clock clock,
            IntelligenceConfig config) {
        this.topics = topics;
        this.ownership = ownership;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.maxPerUser = config.topics().maxPerUser();
    }

    public Uni<Page<SavedTopicView>> list(PageParams page) {
        return ownership.sqlAsCurrentUser(scope -> topics.page(scope, page)).map(p -> p.map(this::view));
    }

    public Uni<SavedTopicView> get(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> found(scope, id)).map(this::view);
    }

    public Uni<SavedTopicView> create(SavedTopicInput input) {
        OffsetDateTime now = Timestamps.now(clock);
        SavedTopic topic = apply(new SavedTopic(topics.newId(), now, null, null, null, null, null), input, now);
        return ownership.sqlAsCurrentUser(scope -> topics.count(scope).invoke(count -> {
            if (count >= maxPerUser) {
                throw ApiException.unprocessable("You have " + count + " saved topics, the most one user may have ("
                        + maxPerUser + "). Delete or change one.");
            }
        }).chain(() -> requireFreeName(scope, topic.name(), null)).chain(() -> topics.insert(scope, topic))
                .call(() -> audit.record(scope, AuditEvent.of("topic.created", "topic", topic.id())
                        .with(Map.of("fields", filled(topic)))))
                .replaceWith(topic)).map(this::view);
    }

    public Uni<SavedTopicView> replace(UUID id, SavedTopicInput input) {
        return ownership.sqlAsCurrentUser(scope -> found(scope, id).call(topic -> requireFreeName(scope, input.name().strip(), id))
                .chain(topic -> {
                    SavedTopic replaced = apply(topic, input, Timestamps.now(clock));
                    List<String> changed = changed(fieldValues(topic), fieldValues(replaced));
                    Uni<Void> recorded = changed.isEmpty() ? Uni.createFrom().voidItem()
                            : audit.record(scope, AuditEvent.of("topic.updated", "topic", id).with(Map.of("fields", changed)));
                    return topics.update(scope, replaced).call(() -> recorded).replaceWith(replaced);
                })).map(this::view);
    }

    public Uni<Void> delete(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> topics.deleteById(scope, id).invoke(deleted -> {
            if (!deleted) {
                throw ApiException.notFound("Topic");
            }
        }).chain(() -> audit.record(scope, AuditEvent.of("topic.deleted", "topic", id))));
    }

    /** The user's saved topics as the detector takes them (inside the caller's transaction). */
    public Uni<List<TopicDefinition>> definitions(SqlScope scope) {
        return topics.all(scope, maxPerUser).map(rows -> rows.stream()
                .map(t -> new TopicDefinition(t.name(), t.description(), strings(t.keywords()), strings(t.examples()),
                        TopicSource.CUSTOM))
                .toList());
    }

    private Uni<SavedTopic> found(SqlScope scope, UUID id) {
        return topics.findById(scope, id).map(topic -> {
            if (topic == null) {
                throw ApiException.notFound("Topic");
            }
            return topic;
        });
    }

    private Uni<Void> requireFreeName(SqlScope scope, String name, UUID except) {
        return topics.nameTaken(scope, name, except).invoke(taken -> {
            if (taken) {
                throw ApiException.conflict("You already have a topic named \"" + name + "\" (names are compared ignoring case).");
            }
        }).replaceWithVoid();
    }

    /** The audited fields' values, in {@link #FIELDS} order (lists parsed: stored JSON is not spelt as written). */
    private List<Object> fieldValues(SavedTopic topic) {
        return List.of(topic.name(), topic.description(), strings(topic.keywords()), strings(topic.examples()));
    }

    private static List<String> changed(List<Object> before, List<Object> after) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                names.add(FIELDS.get(i));
            }
        }
        return names;
    }

    /** The fields a new topic has (its name always; the others when not empty). */
    private List<String> filled(SavedTopic topic) {
        return changed(List.of("", "", List.of(), List.of()), fieldValues(topic));
    }

    /** The input, normalised: trimmed name and texts, keywords lower-cased, duplicates dropped. */
    private SavedTopic apply(SavedTopic topic, SavedTopicInput input, OffsetDateTime now) {
        return topic.with(now, input.name().strip(), input.description() == null ? "" : input.description().strip(),
                write(normalised(input.keywords(), true)), write(normalised(input.examples(), false)));
    }

    static List<String> normalised(List<String> texts, boolean lowerCase) {
        if (texts == null) {
            return List.of();
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String text : texts) {
            kept.add(lowerCase ? text.strip().toLowerCase(Locale.ROOT) : text.strip());
        }
        return new ArrayList<>(kept);
    }

    private SavedTopicView view(SavedTopic t) {
        return new SavedTopicView(t.id(), t.name(), t.description(), strings(t.keywords()), strings(t.examples()),
                t.createdAt(), t.updatedAt());
    }

    private String write(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> strings(String array) {
        try {
            return array == null ? List.of() : json.readValue(array, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a saved topic's stored list is not a JSON array of strings", e);
        }
    }
}
