package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of a conversation and how the text refers to them: {@code @mentions} (handle, first name, full
 * name without spaces) and capitalised names ("Bob, can you ..."). A first name shared by two participants
 * names nobody.
 */
final class Roster {

    private static final Pattern MENTION = Pattern.compile("@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)");
    private static final Pattern CAPITALISED = Pattern.compile("\\b(\\p{Lu}[\\p{L}'-]+)(?:\\s+(\\p{Lu}[\\p{L}'-]+))?");

    private static final Pattern LEADING_MENTION = Pattern.compile("^@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)");
    private static final Pattern VOCATIVE = Pattern.compile("^(?:(?:hey|hi|ok|okay|so|and)\\s+)?(\\p{L}+(?:\\s\\p{L}+)?)\\s*[,:]");
    private static final Pattern TRAILING = Pattern.compile(",\\s*(\\p{L}+)\\s*[?!.]*$");

    private final Map<UUID, Person> people = new LinkedHashMap<>();
    private final Map<String, Person> handles = new HashMap<>();
    private final Map<String, Person> names = new HashMap<>();
    private final Map<String, Integer> firstNameCounts = new HashMap<>();

    /** The reader as the text refers to them: a participant when the reader is one (by id, or by the same name), or null. */
    private final Person reader;

    /**
     * The senders of {@code messages}, and the reader ({@link SummaryOptions#readerIn}) when they are no sender: a reader
     * known by a name no sender answers to can be addressed ("Carol, please ..." when Carol wrote nothing), but a
     * reader's name never takes a name from a sender ("Sam (Support)" reading a thread where Sam Okoro writes is Sam
     * Okoro for the text, and "Sam, ..." stays Sam Okoro's).
     */
    Roster(List<ChatMessage> messages, Person reader) {
        for (ChatMessage m : messages) {
            people.putIfAbsent(m.sender().id(), m.sender());
        }
        Person readerAs = reader == null ? null : people.getOrDefault(reader.id(), sameName(reader));
        if (readerAs == null && reader != null && reader.id() != null && !clean(reader.name()).isEmpty()) {
            people.put(reader.id(), reader);
            readerAs = reader;
        }
        this.reader = readerAs;
        for (Person p : people.values()) {
            String first = firstName(p).toLowerCase(Locale.ROOT);
            firstNameCounts.merge(first, 1, Integer::sum);
        }
        for (Person p : people.values()) {
            String full = clean(p.name()).toLowerCase(Locale.ROOT);
            String first = firstName(p).toLowerCase(Locale.ROOT);
            names.put(full, p);
            handles.put(full.replace(" ", ""), p);
            handles.put(full.replace(' ', '.'), p);
            handles.put(full.replace(' ', '_'), p);
            handles.put(full.replace(' ', '-'), p);
            if (firstNameCounts.get(first) == 1) {
                names.put(first, p);
                handles.put(first, p);
            }
        }
    }

    /**
     * The sender whose name is the reader's: the same full name, or, for a reader named without a surname ("Sam",
     * "Sam (Support)"), the only sender of that first name; null otherwise ("Sam Lee" is not the sender "Sam Okoro").
     */
    private Person sameName(Person reader) {
        String full = clean(reader.name()).toLowerCase(Locale.ROOT);
        if (full.isEmpty()) {
            return null;
        }
        String first = firstName(reader).toLowerCase(Locale.ROOT);
        Person byFirst = null;
        int withFirst = 0;
        for (Person p : people.values()) {
            if (clean(p.name()).toLowerCase(Locale.ROOT).equals(full)) {
                return p;
            }
            if (firstName(p).toLowerCase(Locale.ROOT).equals(first)) {
                byFirst = p;
                withFirst++;
            }
        }
        boolean firstNameOnly = full.indexOf(' ') < 0;
        return firstNameOnly && withFirst == 1 ? byFirst : null;
    }

    /** The reader as a person of this conversation (a sender when the reader is one), or null. */
    Person reader() {
        return reader;
    }

    Person person(UUID id) {
        return people.get(id);
    }

    /** The people a sentence addresses with {@code @mentions}, in order. */
    List<Person> mentions(String sentence) {
        List<Person> found = new ArrayList<>();
        Matcher m = MENTION.matcher(sentence);
        while (m.find()) {
            String handle = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[._-]+$", "");
            Person p = handles.get(handle);
            if (p != null && !found.contains(p)) {
                found.add(p);
            }
        }
        return found;
    }

    /** The participants a sentence names, by @mention or by a capitalised first or full name, in order. */
    List<Person> named(String sentence) {
        List<Person> found = new ArrayList<>(mentions(sentence));
        Matcher m = CAPITALISED.matcher(sentence);
        while (m.find()) {
            if (m.start() > 0 && sentence.charAt(m.start() - 1) == '@') {
                continue;
            }
            Person p = null;
            if (m.group(2) != null) {
                p = names.get((m.group(1) + " " + m.group(2)).toLowerCase(Locale.ROOT));
            }
            if (p == null) {
                p = names.get(m.group(1).toLowerCase(Locale.ROOT).replaceAll("'s$", ""));
            }
            if (p != null && !found.contains(p)) {
                found.add(p);
            }
        }
        return found;
    }

    /** The participant addressed at the start of a sentence ("Bob, can you ..." / "@bob please ..."). */
    Optional<Person> addressee(String sentence) {
        String s = sentence.strip();
        Matcher mention = LEADING_MENTION.matcher(s);
        if (mention.lookingAt()) {
            return Optional.ofNullable(handles.get(mention.group(1).toLowerCase(Locale.ROOT).replaceAll("[._-]+$", "")));
        }
        Matcher vocative = VOCATIVE.matcher(s);
        if (vocative.lookingAt()) {
            String name = vocative.group(1).toLowerCase(Locale.ROOT);
            Person p = names.get(name);
            if (p == null && name.contains(" ")) {
                p = names.get(name.substring(0, name.indexOf(' ')));
            }
            return Optional.ofNullable(p);
        }
        // Only the last comma can start a trailing vocative (none follows it): search from there, not along the sentence.
        int comma = s.lastIndexOf(',');
        Matcher trailing = TRAILING.matcher(s);
        if (comma >= 0 && trailing.region(comma, s.length()).find()) {
            return Optional.ofNullable(names.get(trailing.group(1).toLowerCase(Locale.ROOT)));
        }
        return Optional.empty();
    }

    /** Whether the sentence refers to {@code person} by mention or by name. */
    boolean refersTo(String sentence, Person person) {
        return person != null && named(sentence).contains(person);
    }

    static String firstName(Person p) {
        String name = clean(p.name());
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    /**
     * A display name as the text calls the person: without what it says about their role or company ("Sam (Support)",
     * "Lee Park [Returns]", "Ana Ruiz - Sales", "Tom | ACME"), emoji and punctuation around it.
     */
    static String clean(String name) {
        if (name == null) {
            return "";
        }
        String s = ROLE_SUFFIX.matcher(BRACKETS.matcher(name).replaceAll(" ")).replaceFirst("");
        return AROUND.matcher(s).replaceAll("").replaceAll("\\s+", " ");
    }

    private static final Pattern BRACKETS = Pattern.compile("[(\\[{][^)\\]}]*[)\\]}]");
    private static final Pattern ROLE_SUFFIX = Pattern.compile("\\s+[-–—|/·•,]\\s+.*$");
    private static final Pattern AROUND = Pattern.compile("^[^\\p{L}\\p{N}@]+|[^\\p{L}\\p{N}]+$");
}
