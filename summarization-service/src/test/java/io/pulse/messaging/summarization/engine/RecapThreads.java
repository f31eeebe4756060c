package io.pulse.messaging.summarization.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-written recap set ({@code src/test/resources/recaps/threads.txt}): realistic threads, each with the decisions,
 * action items (owner, done and by which message) and non-key-points a careful reader takes from it. The file's header
 * describes the format.
 */
final class RecapThreads {

    static final String RESOURCE = "/recaps/threads.txt";

    record Expected(String kind, List<String> fragments, String who, String state) {

        boolean matches(String text) {
            return fragments.stream().anyMatch(text::contains);
        }

        @Override
        public String toString() {
            return kind + " \"" + String.join(" / ", fragments) + "\" (" + who + ", " + state + ")";
        }
    }

    /** One thread of the set. */
    record Thread(String id, String title, Map<String, Person> people, Conversation conversation, List<Expected> decisions,
            List<Expected> actions, List<String> noKeyPoints, String knownMiss) {

        @Override
        public String toString() {
            return id;
        }
    }

    private static final Pattern MESSAGE = Pattern.compile("^(\\w+)(?:\\s+\\^(\\d+))?:\\s+(.*)$");

    private RecapThreads() {
    }

    static List<Thread> all() {
        try (InputStream in = RecapThreads.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Thread> parse(String text) {
        List<Thread> threads = new ArrayList<>();
        List<String> block = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("## ")) {
                if (block != null) {
                    threads.add(thread(block));
                }
                block = new ArrayList<>();
            }
            if (block != null && !line.isBlank() && !line.startsWith("#") || line.startsWith("## ")) {
                block.add(line.strip());
            }
        }
        if (block != null) {
            threads.add(thread(block));
        }
        return threads;
    }

    private static Thread thread(List<String> lines) {
        String[] head = lines.get(0).substring(3).split("\\s+", 2);
        Map<String, Person> people = new LinkedHashMap<>();
        Conversation c = null;
        List<Expected> decisions = new ArrayList<>();
        List<Expected> actions = new ArrayList<>();
        List<String> noKeyPoints = new ArrayList<>();
        String knownMiss = null;
        for (String line : lines.subList(1, lines.size())) {
            String value = line.substring(line.indexOf(':') + 1).strip();
            if (line.startsWith("people:")) {
                for (String p : value.split(",\\s*")) {
                    String[] kv = p.split("=", 2);
                    people.put(kv[0].strip(), Conversation.person(kv[1].strip()));
                }
            } else if (line.startsWith("start:")) {
                c = Conversation.startingAt(value);
            } else if (line.startsWith("decision:") || line.startsWith("action:")) {
                String[] f = value.split("\\s*\\|\\s*");
                Expected e = new Expected(line.substring(0, line.indexOf(':')), List.of(f[0].split("\\s+/\\s+")), f[1], f[2]);
                (e.kind().equals("decision") ? decisions : actions).add(e);
            } else if (line.startsWith("no-keypoint:")) {
                noKeyPoints.add(value);
            } else if (line.startsWith("known-miss:")) {
                knownMiss = value;
            } else {
                c = message(c == null ? Conversation.startingAt("2026-12-01T09:00:00Z") : c, people, line);
            }
        }
        return new Thread(head[0], head.length > 1 ? head[1] : "", people, c, decisions, actions, noKeyPoints, knownMiss);
    }

    private static Conversation message(Conversation c, Map<String, Person> people, String line) {
        Matcher m = MESSAGE.matcher(line);
        if (!m.matches() || !people.containsKey(m.group(1))) {
            throw new IllegalArgumentException("not a message of a known speaker: " + line);
        }
        Person sender = people.get(m.group(1));
        return m.group(2) == null ? c.say(sender, m.group(3)) : c.reply(Integer.parseInt(m.group(2)), sender, m.group(3));
    }
}
