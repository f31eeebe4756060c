package io.pulse.messaging.autoresponse.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import io.pulse.messaging.common.text.Stemmer;
import io.pulse.messaging.common.text.StopWords;

/**
 * Which of the user's canned responses fit a message, by keywords: the content words (folded, stop words out, stemmed)
 * the message shares with a canned response's name, tags and text (placeholders out), and a tag naming what the message
 * is (its kind, e.g. a reply tagged "refund" for a refund request). Each fit says why. Deterministic; no threshold fitted
 * to any data: one shared content word or a matching tag is a fit, and more shared words rank higher.
 */
public final class CannedMatch {

    /** A canned response as the matcher reads it. */
    public record Candidate(UUID id, String name, String template, List<String> tags) {
    }

    /** A fitting canned response, its score (0..1) and the reason in words. */
    public record Fit(Candidate candidate, double score, String reason) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");

    private CannedMatch() {
    }

    /** At most {@code max} fits, best first (ties: the order given). */
    public static List<Fit> fits(String content, MessageKind kind, List<Candidate> candidates, int max) {
        Map<String, String> message = stems(content);
        List<Fit> fits = new ArrayList<>();
        for (Candidate c : candidates) {
            Map<String, String> own = stems(c.name() + " " + String.join(" ", c.tags()) + " " + PLACEHOLDER.matcher(c.template()).replaceAll(" "));
            Set<String> shared = new TreeSet<>();
            message.forEach((stem, word) -> {
                if (own.containsKey(stem)) {
                    shared.add(word);
                }
            });
            String kindTag = kind == null ? null : c.tags().stream().filter(t -> t.strip().equalsIgnoreCase(kind.name())).findFirst().orElse(null);
            if (shared.isEmpty() && kindTag == null) {
                continue;
            }
            double score = Math.min(1.0, (shared.size() + (kindTag == null ? 0 : 1.0)) / Math.max(1, Math.min(message.size(), 4)));
            List<String> why = new ArrayList<>();
            if (kindTag != null) {
                why.add("tagged '" + kindTag + "', and the message is a " + kind.name().toLowerCase(Locale.ROOT));
            }
            if (!shared.isEmpty()) {
                why.add("shares the word" + (shared.size() > 1 ? "s " : " ") + String.join(", ", shared.stream().map(w -> "'" + w + "'").toList()));
            }
            fits.add(new Fit(c, Math.round(score * 100) / 100.0, String.join("; ", why)));
        }
        fits.sort(Comparator.comparingDouble(Fit::score).reversed());
        return fits.size() > max ? List.copyOf(fits.subList(0, max)) : List.copyOf(fits);
    }

    /** Content words by stem (the first word seen for each stem). */
    static Map<String, String> stems(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String word : Text.words(text)) {
            if (word.length() < 3 || StopWords.isStopWord(word) || word.chars().allMatch(Character::isDigit)) {
                continue;
            }
            out.putIfAbsent(Stemmer.stem(word), word);
        }
        return out;
    }
}
