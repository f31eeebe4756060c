package io.pulse.messaging.intelligence.engine;

import java.util.List;

/** A topic to look for: a name, a description of what it covers (matched by meaning) and optional keywords (evidence). */
public record TopicDefinition(String name, String description, List<String> keywords, TopicSource source) {
}
