package io.pulse.messaging.intelligence.engine;

import static io.pulse.messaging.intelligence.engine.LexiconSentimentAnalyzer.B_DECR;
import static io.pulse.messaging.intelligence.engine.LexiconSentimentAnalyzer.B_INCR;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What the sentiment rules look words up in: VADER's human-rated lexicon (about 7,500 words, slang and emoticons,
 * each the mean of ten ratings on -4..+4) with this module's additions (emoji, chat and work-chat slang, a few
 * phrases), VADER's idioms, and VADER's boosters and dampeners. Immutable.
 */
final class SentimentLexicon {

    static final String VADER_LEXICON = "/vader_sentiment_lexicon.txt";
    static final String ADDITIONS = "/engine/sentiment-additions.txt";
    static final String EMOJI = "/engine/emoji-valence.txt";

    /** VADER's BOOSTER_DICT (single words; "kind of", "sort of" and "just enough" are read as pairs). */
    static final Map<String, Double> BOOSTERS = boosters();

    /** VADER's SPECIAL_CASES and SENTIMENT_LADEN_IDIOMS. */
    static final Map<String, Double> VADER_IDIOMS = Map.ofEntries(Map.entry("the shit", 3.0), Map.entry("the bomb", 3.0),
            Map.entry("bad ass", 1.5), Map.entry("badass", 1.5), Map.entry("bus stop", 0.0), Map.entry("yeah right", -2.0),
            Map.entry("kiss of death", -1.5), Map.entry("to die for", 3.0), Map.entry("beating heart", 3.1),
            Map.entry("broken heart", -2.9), Map.entry("cut the mustard", 2.0), Map.entry("hand to mouth", -2.0),
            Map.entry("back handed", -2.0), Map.entry("blow smoke", -2.0), Map.entry("blowing smoke", -2.0),
            Map.entry("upper hand", 1.0), Map.entry("break a leg", 2.0), Map.entry("cooking with gas", 2.0),
            Map.entry("in the black", 2.0), Map.entry("in the red", -2.0), Map.entry("on the ball", 2.0),
            Map.entry("under the weather", -2.0));

    private final Map<String, Double> words;
    /** Multi-word entries, keyed by their words joined with one space. */
    private final Map<String, Double> phrases;
    /** First words of the phrases, to skip the phrase search for most tokens. */
    private final Set<String> phraseStarts;

    /**
     * @param words   single tokens (words, slang, emoticons, emoji) and their valence on -4..4
     * @param phrases multi-word expressions (words joined by one space) and their valence
     */
    SentimentLexicon(Map<String, Double> words, Map<String, Double> phrases) {
        this.words = Map.copyOf(words);
        this.phrases = Map.copyOf(phrases);
        this.phraseStarts = phrases.keySet().stream().map(p -> p.substring(0, p.indexOf(' ')))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** VADER's lexicon with VADER's idioms and this module's additions and emoji, read from the class path. */
    static SentimentLexicon load() {
        Map<String, Double> words = new HashMap<>(loadVaderLexicon(VADER_LEXICON));
        Map<String, Double> phrases = new HashMap<>();
        VADER_IDIOMS.forEach((k, v) -> (k.indexOf(' ') > 0 ? phrases : words).put(k, v));
        loadAdditions(ADDITIONS, words, phrases);
        loadAdditions(EMOJI, words, phrases);
        return new SentimentLexicon(words, phrases);
    }

    int size() {
        return words.size();
    }

    /** The valence of a single (lower-case) token, or null when the lexicon has none. */
    Double valence(String lower) {
        return words.get(lower);
    }

    boolean contains(String lower) {
        return words.containsKey(lower);
    }

    /** The valence of a phrase (lower-case words joined by one space), or null. */
    Double phrase(String key) {
        return phrases.get(key);
    }

    boolean startsPhrase(String lower) {
        return phraseStarts.contains(lower);
    }

    /** A word not in the lexicon: its elongated form collapsed ("goooood"), or a regular inflection of a lexicon word. */
    Double elongatedOrInflected(String word) {
        if (word.length() < 3 || !Character.isLetter(word.charAt(0))) {
            return null;
        }
        String collapsed = collapseRuns(word, 2);
        if (!collapsed.equals(word)) {
            Double v = words.get(collapsed);
            if (v == null) {
                v = words.get(collapseRuns(word, 1));
            }
            if (v == null) {
                v = inflected(collapsed);
            }
            return v;
        }
        return inflected(word);
    }

    /** Regular inflections of a lexicon word: plural or third person, past tense, gerund. */
    private Double inflected(String word) {
        int length = word.length();
        if (length < 5) {
            return null;
        }
        Double v;
        if (word.endsWith("es") && (v = words.get(word.substring(0, length - 2))) != null) {
            return v;
        }
        if (word.endsWith("s") && !word.endsWith("ss") && (v = words.get(word.substring(0, length - 1))) != null) {
            return v;
        }
        if (word.endsWith("ed")) {
            if ((v = words.get(word.substring(0, length - 1))) != null || (v = words.get(word.substring(0, length - 2))) != null) {
                return v;
            }
        }
        if (word.endsWith("ing") && length > 5) {
            String stem = word.substring(0, length - 3);
            if ((v = words.get(stem)) != null || (v = words.get(stem + "e")) != null) {
                return v;
            }
        }
        return null;
    }

    /** Shortens runs of one letter longer than {@code max} to {@code max} letters ("sooooo" to "soo" or "so"). */
    static String collapseRuns(String word, int max) {
        StringBuilder out = null;
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            run = i > 0 && word.charAt(i - 1) == c ? run + 1 : 1;
            if (run > max && Character.isLetter(c)) {
                if (out == null) {
                    out = new StringBuilder(word.substring(0, i));
                }
                continue;
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? word : out.toString();
    }

    /** Reads VADER's lexicon file: token, TAB, mean rating, TAB, standard deviation, TAB, the ten ratings. */
    static Map<String, Double> loadVaderLexicon(String resource) {
        Map<String, Double> entries = new HashMap<>(8192);
        forEachLine(resource, line -> {
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                throw new IllegalStateException("VADER lexicon line without a rating: " + line);
            }
            entries.put(fields[0].strip().toLowerCase(Locale.ROOT), Double.parseDouble(fields[1].strip()));
        });
        return entries;
    }

    /**
     * Reads one of this module's additions: token or phrase, TAB, valence (an optional third column is a comment);
     * lines starting with {@code #} are comments. A later entry replaces an earlier one.
     */
    static void loadAdditions(String resource, Map<String, Double> words, Map<String, Double> phrases) {
        forEachLine(resource, line -> {
            if (line.startsWith("#")) {
                return;
            }
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                throw new IllegalStateException("Lexicon addition without a valence: " + line);
            }
            String key = fields[0].strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            double valence = Double.parseDouble(fields[1].strip());
            (key.indexOf(' ') > 0 ? phrases : words).put(key, valence);
        });
    }

    private static void forEachLine(String resource, Consumer<String> action) {
        InputStream in = SentimentLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Sentiment lexicon not found on the class path: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    action.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Double> boosters() {
        Map<String, Double> map = new HashMap<>();
        for (String up : ("absolutely amazingly awfully completely considerable considerably decidedly deeply effing "
                + "enormous enormously entirely especially exceptional exceptionally extreme extremely fabulously flipping "
                + "flippin frackin fracking fricking frickin frigging friggin fully fuckin fucking fuggin fugging greatly "
                + "hella highly hugely incredible incredibly intensely major majorly more most particularly purely quite "
                + "really remarkably so substantially thoroughly total totally tremendous tremendously uber unbelievably "
                + "unusually utter utterly very").split(" ")) {
            map.put(up, B_INCR);
        }
        for (String down : ("almost barely hardly kinda kindof kind-of less little marginal marginally occasional "
                + "occasionally partly scarce scarcely slight slightly somewhat sorta sortof sort-of").split(" ")) {
            map.put(down, B_DECR);
        }
        return Map.copyOf(map);
    }
}
