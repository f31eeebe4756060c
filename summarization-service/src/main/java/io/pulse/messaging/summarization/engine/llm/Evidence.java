package io.pulse.messaging.summarization.engine.llm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.Person;
import io.pulse.messaging.summarization.engine.TextSignals;

/**
 * What the model was shown of one conversation, to hold its answer to: the messages it read (in sent order), the
 * people it could name (the conversation's senders, and the reader when known by name), and which messages were aimed at the model
 * itself ({@link Directives}). Ids of messages the model was not shown (left out to fit the budget) are unknown here:
 * an answer cannot have read them.
 */
final class Evidence {

    private final List<ChatMessage> messages;
    private final Map<UUID, Integer> positions = new HashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Person> byName = new HashMap<>();
    private final Set<String> ambiguousNames = new HashSet<>();
    private final Set<UUID> directives = new HashSet<>();
    private final Set<String> nameTerms = new HashSet<>();
    private final Person reader;

    /**
     * {@code messages} (those shown, in sent order), the {@code people} of the conversation (its senders, those of
     * messages left out too) and {@code reader} (the reader as a person, or null).
     */
    Evidence(List<ChatMessage> messages, List<Person> people, Person reader) {
        this.messages = List.copyOf(messages);
        this.reader = reader;
        for (int i = 0; i < messages.size(); i++) {
            ChatMessage m = messages.get(i);
            positions.put(m.id(), i);
            if (Directives.aimedAtTheModel(m.content())) {
                directives.add(m.id());
            }
        }
        people.forEach(this::addPerson);
        if (reader != null && reader.name() != null && !reader.name().isBlank()) {
            addPerson(reader);
        }
    }

    private void addPerson(Person p) {
        if (people.putIfAbsent(p.id().toString(), p) != null) {
            return;
        }
        String name = normalName(p.name());
        Person before = byName.putIfAbsent(name, p);
        if (before != null && !before.id().equals(p.id())) {
            ambiguousNames.add(name);
        }
        nameTerms.addAll(TextSignals.terms(p.name()));
    }

    List<ChatMessage> messages() {
        return messages;
    }

    Person reader() {
        return reader;
    }

    /** The stemmed terms of the people's names (not content words: a summary names people its sources may not). */
    Set<String> nameTerms() {
        return nameTerms;
    }

    /**
     * The messages {@code ids} name, in sent order and without repeats; null when the list is empty or names any message
     * the model was not shown (or is no id at all).
     */
    List<ChatMessage> cited(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        Set<Integer> found = new java.util.TreeSet<>();
        for (String id : ids) {
            Integer at = id == null ? null : positions.get(uuid(id));
            if (at == null) {
                return null;
            }
            found.add(at);
        }
        List<ChatMessage> cited = new ArrayList<>();
        found.forEach(i -> cited.add(messages.get(i)));
        return cited;
    }

    /** Whether any of {@code cited} was written at the model ({@link Directives}). */
    boolean anyAimedAtTheModel(List<ChatMessage> cited) {
        return cited.stream().anyMatch(m -> directives.contains(m.id()));
    }

    /** Whether every message of {@code later} was sent after every message of {@code earlier}. */
    boolean allAfter(List<ChatMessage> later, List<ChatMessage> earlier) {
        int last = positions.get(earlier.get(earlier.size() - 1).id());
        return later.stream().allMatch(m -> positions.get(m.id()) > last);
    }

    /** The person {@code reference} names: a participant's id, or exactly their name (case and spacing aside); or null. */
    Person person(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        Person p = people.get(reference.strip().toLowerCase(Locale.ROOT));
        if (p != null) {
            return p;
        }
        String name = normalName(reference);
        return ambiguousNames.contains(name) ? null : byName.get(name);
    }

    private static UUID uuid(String id) {
        try {
            UUID parsed = UUID.fromString(id.strip());
            return parsed.toString().equalsIgnoreCase(id.strip()) ? parsed : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String normalName(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
