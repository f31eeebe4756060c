package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A verb and its particle written as one word: the request "fail over to the replica" is reported as "Failover
 * complete", "roll back" as "rollback done", "set up" as "setup is ready". The joined forms, stemmed, let a report
 * share the request's terms.
 */
final class Particles {

    private static final Set<String> PARTICLES = Set.of("over", "back", "up", "in", "out", "off", "down", "on");

    private Particles() {
    }

    /** The stemmed one-word forms of the verb-particle pairs among {@code words} ("fail", "over" -> "failov"). */
    static List<String> compounds(List<String> words) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i);
            if (PARTICLES.contains(words.get(i + 1)) && w.length() >= 3 && w.chars().allMatch(Character::isLetter)) {
                joined.add(Text.stem(w + words.get(i + 1)));
            }
        }
        return joined;
    }
}
