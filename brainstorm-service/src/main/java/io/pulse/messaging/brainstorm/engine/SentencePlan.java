package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence template with typed slots and agreement, and its rendering. In the template, {@code {a}} is a slot
 * (filled with a noun phrase, a quoted idea, ...), {@code {a|is|are}} the form that agrees with the slot's number,
 * and a lone "a" or "an" is fixed to the word that follows it ("an hour", "a user"). Rendering answers null when a
 * slot is missing, so that a template never leaves a slot dangling.
 */
record SentencePlan(String template, Set<String> slots) {

    /** What fills a slot: its words as they appear in the sentence, and whether it is plural. */
    record Filler(String text, boolean plural) {
    }

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)((?:\\|[^{}|]*)*)}");
    private static final Pattern ARTICLE = Pattern.compile("\\b([Aa]n?) ([\"“]?[\\p{L}\\p{N}][\\p{L}\\p{N}-]*)");

    static SentencePlan of(String template) {
        Set<String> slots = new LinkedHashSet<>();
        Matcher matcher = SLOT.matcher(template);
        while (matcher.find()) {
            slots.add(matcher.group(1));
        }
        return new SentencePlan(template, Set.copyOf(slots));
    }

    boolean needs(String slot) {
        return slots.contains(slot);
    }

    /** The sentence with every slot filled, articles fixed and the first letter capitalised; null when a slot is missing. */
    String render(Map<String, Filler> fillers) {
        Matcher matcher = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Filler filler = fillers.get(matcher.group(1));
            if (filler == null) {
                return null;
            }
            String forms = matcher.group(2);
            matcher.appendReplacement(out, Matcher.quoteReplacement(forms.isEmpty() ? filler.text() : form(forms, filler.plural())));
        }
        matcher.appendTail(out);
        return finish(articles(out.toString()));
    }

    /** "|is|are": the first form for a singular slot, the second for a plural one. */
    private static String form(String forms, boolean plural) {
        String[] options = forms.substring(1).split("\\|", -1);
        return plural && options.length > 1 ? options[1] : options[0];
    }

    /** Fixes "a"/"an" outside quotes: a quoted idea is the user's own text and stays as written. */
    private static String articles(String text) {
        Matcher matcher = ARTICLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            if (insideQuotes(text, matcher.start())) {
                continue;
            }
            String article = Agreement.indefinite(matcher.group(2));
            if (Character.isUpperCase(matcher.group(1).charAt(0))) {
                article = Character.toUpperCase(article.charAt(0)) + article.substring(1);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(article + " " + matcher.group(2)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Whether {@code position} lies between an opening and a closing double quote (straight or curly). */
    private static boolean insideQuotes(String text, int position) {
        boolean inside = false;
        for (int i = 0; i < position; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                inside = c == '“' || (c == '"' && !inside);
            }
        }
        return inside;
    }

    /** Capitalises the first letter and lets a quoted question or exclamation end the sentence: no "?"." */
    private static String finish(String text) {
        String sentence = text.trim().replaceAll("\\s{2,}", " ");
        if (sentence.matches("(?s).*[?!][\"”][.?!]$")) {
            sentence = sentence.substring(0, sentence.length() - 1);
        }
        List<Integer> codePoints = new ArrayList<>();
        sentence.codePoints().forEach(codePoints::add);
        for (int i = 0; i < codePoints.size(); i++) {
            if (Character.isLetter(codePoints.get(i))) {
                codePoints.set(i, Character.toUpperCase(codePoints.get(i)));
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        codePoints.forEach(out::appendCodePoint);
        return out.toString();
    }
}
