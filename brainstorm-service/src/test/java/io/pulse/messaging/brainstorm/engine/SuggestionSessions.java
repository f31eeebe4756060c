package io.pulse.messaging.brainstorm.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.pulse.messaging.brainstorm.engine.SuggestionEngine.ExistingIdea;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine.Suggestion;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine.SuggestionRequest;

/** The hand-written sessions of {@code suggestions/sessions.txt}, and the local engine's suggestions for every step of them. */
final class SuggestionSessions {

    /** A session: its topic and the texts of its ideas. */
    record Session(String topic, List<String> ideas) {

        /** The ideas as stored ideas of the framework, spread over its steps in turn. */
        List<ExistingIdea> ideasFor(Framework framework) {
            List<ExistingIdea> existing = new ArrayList<>();
            for (int i = 0; i < ideas.size(); i++) {
                String step = framework.steps().get(i % framework.steps().size()).key();
                existing.add(new ExistingIdea(UUID.nameUUIDFromBytes((topic + i).getBytes(StandardCharsets.UTF_8)), ideas.get(i), step));
            }
            return existing;
        }
    }

    /** One suggestion, with the session and step it was made for. */
    record Made(Session session, Framework framework, String step, Suggestion suggestion) {

        String where() {
            return framework.key() + "/" + step + " in \"" + session.topic() + "\"";
        }
    }

    private SuggestionSessions() {
    }

    static List<Session> load() {
        try (InputStream in = SuggestionSessions.class.getResourceAsStream("/suggestions/sessions.txt")) {
            List<Session> sessions = new ArrayList<>();
            String topic = null;
            List<String> ideas = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("topic: ")) {
                    if (topic != null) {
                        sessions.add(new Session(topic, List.copyOf(ideas)));
                    }
                    topic = line.substring("topic: ".length()).strip();
                    ideas.clear();
                } else if (line.startsWith("- ")) {
                    ideas.add(line.substring(2).strip());
                }
            }
            sessions.add(new Session(topic, List.copyOf(ideas)));
            return sessions;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code count} suggestions for every step of every framework of every session with its ideas, and
     * {@code topicOnlyCount} for the topic alone (a session before its first idea).
     */
    static List<Made> suggestAll(List<Session> sessions, int count, int topicOnlyCount) {
        LocalSuggestionEngine engine = new LocalSuggestionEngine();
        List<Made> made = new ArrayList<>();
        for (Session session : sessions) {
            for (Framework framework : Framework.values()) {
                for (Framework.Step step : framework.steps()) {
                    for (List<ExistingIdea> ideas : List.of(session.ideasFor(framework), List.<ExistingIdea>of())) {
                        SuggestionRequest request = new SuggestionRequest(framework, step, session.topic(), ideas,
                                ideas.isEmpty() ? topicOnlyCount : count);
                        for (Suggestion suggestion : engine.suggest(request)) {
                            made.add(new Made(ideas.isEmpty() ? new Session(session.topic(), List.of()) : session, framework, step.key(), suggestion));
                        }
                    }
                }
            }
        }
        return made;
    }
}
