package io.pulse.messaging.intelligence.engine;

import java.util.List;

/**
 * A topic to look for: a name, a description of what it covers and optional example phrases (all matched by meaning),
 * and optional keywords (one more signal, and the evidence shown to the user). The description may be empty.
 */
public record TopicDefinition(String name, String description, List<String> keywords, List<String> examples, TopicSource source) {

    public TopicDefinition {
        description = description == null ? "" : description;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    /** A topic without example phrases. */
    public TopicDefinition(String name, String description, List<String> keywords, TopicSource source) {
        this(name, description, keywords, List.of(), source);
    }
}
