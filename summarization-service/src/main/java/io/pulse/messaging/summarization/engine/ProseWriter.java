package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pulse.messaging.common.text.LanguageGuess;

import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;

/**
 * Writes a recap's items ({@link ProsePlanner}) as a paragraph of third-person sentences ({@link ReportedSpeech}): a
 * decision that replaced another says what it changed ({@link ChangedValues}), a done action item says so, an open
 * question says it is still open, and a short sentence of the same message that only carries a reference ("Order
 * #88213.") goes along in brackets.
 */
final class ProseWriter {

    private static final Pattern REFERENCE = Pattern.compile(".*(?:#\\d|\\d{3,}).*");
    private static final Pattern YOU = Pattern.compile("(?i)\\b(?:you|your|yours|yourself|u|ur)\\b|\\byou'");
    private static final Pattern SUBJECT_YOU = Pattern.compile("(?i)\\b(?:you|u|yourself)\\b|\\byou'");
    /** "you" of a rule rather than a person, in a group: "a crash when you open the camera". */
    private static final Pattern GENERIC_YOU = Pattern.compile("(?i)\\b(when|whenever|if|once|until|unless)\\s+you\\b(?!')");
    /** A name the sentence addresses: "Bob, ..." or "..., Bob." (participant or not). */
    private static final Pattern VOCATIVE = Pattern.compile("^@?(\\p{Lu}\\p{Ll}+)\\s*,|,\\s*@?(\\p{Lu}\\p{Ll}+)\\s*[.!?]*$");
    /** At most this many sentences and characters: a recap, not a transcript. */
    static final int MAX_SENTENCES = 8;
    static final int MAX_CHARS = 900;
    /** A sentence longer than this is not repeated (a pasted log, a long list). */
    static final int MAX_SENTENCE_CHARS = 300;

    private final ParsedThread thread;
    private final Naming naming;
    private final boolean english;

    ProseWriter(ParsedThread thread) {
        this.thread = thread;
        this.naming = new Naming(thread);
        this.english = isEnglish(thread);
    }

    String write(List<ProseItem> items) {
        Set<String> said = new LinkedHashSet<>();
        int length = 0;
        for (ProseItem item : items) {
            String sentence = english ? sentence(item) : quoted(item);
            if (sentence == null || sentence.length() > MAX_SENTENCE_CHARS || said.size() >= MAX_SENTENCES
                    || length + sentence.length() + 1 > MAX_CHARS) {
                continue;
            }
            if (said.add(sentence)) {
                length += sentence.length() + 1;
            }
        }
        return String.join(" ", said);
    }

    /**
     * A sentence of a thread that is not in English, said without converting it (English pronoun and verb rules do not
     * apply to it): the speaker's name and the sentence as written, in quotation marks.
     */
    private String quoted(ProseItem item) {
        Sentence u = item.sentence();
        String text = Text.normalizeSpaces(u.text()).strip();
        if (Text.words(text).size() < 2) {
            return null;
        }
        return naming.name(thread.message(u).sender()) + " wrote: \u201c" + text + "\u201d";
    }

    private static boolean isEnglish(ParsedThread thread) {
        StringBuilder all = new StringBuilder();
        for (ChatMessage m : thread.messages) {
            all.append(m.content()).append('\n');
            if (all.length() > 4000) {
                break;
            }
        }
        LanguageGuess guess = LanguageGuess.of(all.toString());
        return guess.english() || guess.language().equals(LanguageGuess.UNDETERMINED);
    }

    private String sentence(ProseItem item) {
        Sentence u = item.sentence();
        ChatMessage m = thread.message(u);
        String speaker = naming.name(m.sender());
        String text = GENERIC_YOU.matcher(u.text()).replaceAll("$1 people");
        boolean you = YOU.matcher(text).find();
        String listener = listener(u, you && !SUBJECT_YOU.matcher(text).find());
        if (listener == null && you) {
            return null; // whom "you" means is not known: saying less rather than guessing
        }
        ReportedSpeech speech = new ReportedSpeech(speaker, listener, PronounShift.we(speaker, listener, thread.senders.size()),
                naming::properNoun);
        String said = speech.report(text);
        if (said == null) {
            return null;
        }
        said = withReference(u, said);
        return switch (item.kind()) {
            case DECISION -> item.replaced() == null ? said : ChangedValues.changed(said, u.text(), item.replaced().text());
            case DONE -> withoutStop(said) + "; " + reporter(item.action()) + " reports it done.";
            case QUESTION -> withoutStop(said) + " (still open).";
            default -> said;
        };
    }

    /**
     * Whom "you" means in the sentence: the person it addresses by name (a participant or not), the sender of the message
     * it replies to, the other person of a two-person chat, else the last other person who wrote before it (the message
     * answers them) when the sentence only says "your" ("refund it to your card"). Null when none of these is known.
     */
    private String listener(Sentence u, boolean yourOnly) {
        ChatMessage m = thread.message(u);
        String speaker = naming.name(m.sender());
        Optional<Person> addressed = thread.addressee(u);
        if (addressed.isPresent() && !addressed.get().id().equals(m.sender().id())) {
            return naming.name(addressed.get());
        }
        Matcher vocative = VOCATIVE.matcher(u.text().strip());
        if (vocative.find()) {
            String name = vocative.group(1) != null ? vocative.group(1) : vocative.group(2);
            if (!name.equals(speaker) && naming.mayBeName(name)) {
                return name;
            }
        }
        if (m.replyTo() != null && thread.indexById.containsKey(m.replyTo())) {
            Person to = thread.messages.get(thread.indexById.get(m.replyTo())).sender();
            if (!to.id().equals(m.sender().id())) {
                return naming.name(to);
            }
        }
        if (thread.senders.size() == 2) {
            return thread.senders.stream().filter(id -> !id.equals(m.sender().id())).map(thread.roster::person)
                    .map(naming::name).findFirst().orElse(null);
        }
        for (int i = u.message() - 1; yourOnly && i >= 0; i--) { // an answer to the last other person who wrote (an implicit reply)
            Person p = thread.messages.get(i).sender();
            if (!p.id().equals(m.sender().id())) {
                return naming.name(p);
            }
        }
        return null;
    }

    /** Who reported an action item done: the sender of the message that said so, else its owner. */
    private String reporter(ActionItem a) {
        for (java.util.UUID id : a.doneMessageIds()) {
            Integer at = thread.indexById.get(id);
            if (at != null) {
                return naming.name(thread.messages.get(at).sender());
            }
        }
        return naming.name(a.owner());
    }

    /** The recap sentence with the short reference sentences of its message ("Order #88213.") in brackets. */
    private String withReference(Sentence u, String said) {
        List<String> references = new ArrayList<>();
        for (Sentence other : thread.sentencesByMessage.get(u.message())) {
            String text = other.text().strip().replaceAll("[.!]+$", "");
            if (other != u && !other.question() && other.words().size() <= 4 && REFERENCE.matcher(text).matches()
                    && !said.contains(text)) {
                references.add(Character.toLowerCase(text.charAt(0)) + text.substring(1));
            }
        }
        return references.isEmpty() ? said : withoutStop(said) + " (" + String.join(", ", references) + ").";
    }

    private static String withoutStop(String s) {
        return s.replaceAll("[.!?]+$", "");
    }
}
