package io.pulse.messaging.summarization.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pulse.messaging.common.text.StopWords;

/**
 * How a recap names people and which words keep their capital. A participant is named by first name; a participant
 * whose display name is only a placeholder ("Person2", "Speaker 1") is named the way the other person addresses them
 * in a two-person conversation ("Hey Jimmy." -> Jimmy), as a human summariser would. A capitalised word is a proper noun
 * when the thread also uses it capitalised inside a sentence.
 */
final class Naming {

    private static final Pattern TITLE = Pattern.compile("(?i)(?:mr|mrs|ms|miss|dr|prof)\\.?");
    private static final Pattern DAY_OR_MONTH = Pattern.compile("(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march"
            + "|april|may|june|july|august|september|october|november|december|today|tomorrow|tonight");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)#?(?:person|speaker|user|participant|caller|agent)\\s*\\d+#?");
    private static final String NAME = "((?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?\\p{Lu}\\p{Ll}+)";
    private static final Pattern LEADING = Pattern.compile("^(?:(?i:hey|hi|hello|oh|well|ok|okay|yes|no|thanks|thank you|sorry|"
            + "excuse me|good morning|morning|dear|bye|goodbye)[ ,]+" + NAME + "\\s*[,!?.]|" + NAME + "\\s*,\\s(?=.*(?:\\?$|\\b(?i:you|your)\\b)))");
    private static final Pattern TRAILING = Pattern.compile(",\\s*" + NAME + "()\\s*[.!?]*$");
    private static final Pattern INNER_CAPITAL = Pattern.compile("(?<=[\\p{Ll},;]\\s)(\\p{Lu}[\\p{L}]+)");
    /** Ways to address someone that are not their name. */
    private static final Set<String> NOT_NAMES = Set.of("sir", "madam", "ma'am", "dear", "honey", "darling", "sweetie", "mom", "mum",
            "dad", "doctor", "boss", "guys", "everyone", "all", "man", "buddy", "mate", "friend", "please", "sure", "yes", "no",
            "thanks", "sorry", "ok", "okay", "well", "oh", "hi", "hello", "hey", "great", "good", "really", "right", "wow",
            "bye", "goodbye", "morning", "welcome", "congratulations", "cheers", "excuse", "pardon", "fine", "yeah", "nope");

    private final Map<UUID, String> names = new HashMap<>();
    private final Set<String> properNouns = new HashSet<>();

    Naming(ParsedThread thread) {
        Map<String, Integer> firstNames = new HashMap<>();
        for (UUID id : thread.senders) {
            firstNames.merge(Roster.firstName(thread.roster.person(id)), 1, Integer::sum);
        }
        for (UUID id : thread.senders) {
            Person p = thread.roster.person(id);
            String first = Roster.firstName(p);
            boolean titled = TITLE.matcher(first).matches();
            names.put(id, firstNames.get(first) > 1 || titled ? Roster.clean(p.name()) : first);
        }
        for (ChatMessage m : thread.messages) {
            Matcher inner = INNER_CAPITAL.matcher(m.content());
            while (inner.find()) {
                properNouns.add(inner.group(1));
            }
        }
        names.values().forEach(properNouns::add);
        if (thread.senders.size() == 2) {
            List<UUID> two = List.copyOf(thread.senders);
            nameFromAddress(thread, two.get(0), two.get(1));
            nameFromAddress(thread, two.get(1), two.get(0));
        }
    }

    /** Names {@code placeholder} as {@code other} addresses them, when its display name is a placeholder. */
    private void nameFromAddress(ParsedThread thread, UUID placeholder, UUID other) {
        if (!PLACEHOLDER.matcher(names.get(placeholder)).matches()) {
            return;
        }
        Set<String> lowerCase = new HashSet<>();
        for (ChatMessage m : thread.messages) {
            for (String w : m.content().split("[^\\p{L}']+")) {
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                    lowerCase.add(w);
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence u : thread.sentences) {
            if (!thread.message(u).sender().id().equals(other)) {
                continue;
            }
            for (Pattern p : List.of(LEADING, TRAILING)) {
                Matcher m = p.matcher(u.text().strip());
                String name = m.find() ? m.group(m.group(1) != null ? 1 : 2) : null;
                if (name != null && !NOT_NAMES.contains(name.toLowerCase()) && !names.containsValue(name)
                        && !lowerCase.contains(name.toLowerCase()) && !StopWords.isStopWord(name.toLowerCase())) {
                    counts.merge(name, 1, Integer::sum);
                }
            }
        }
        counts.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e -> {
            names.put(placeholder, e.getKey());
            properNouns.add(e.getKey());
        });
    }

    /** Whether a capitalised word used to address someone may be a name (not "Sir", "Thanks", "Team"). */
    boolean mayBeName(String word) {
        return !NOT_NAMES.contains(word.toLowerCase()) && !SentenceTrim.interjection(word) && !DAY_OR_MONTH.matcher(word).matches() && !StopWords.isStopWord(word.toLowerCase()) && !word.equalsIgnoreCase("team");
    }

    String name(Person p) {
        return p == null ? null : names.getOrDefault(p.id(), Roster.firstName(p));
    }

    boolean properNoun(String word) {
        return properNouns.contains(word);
    }
}
