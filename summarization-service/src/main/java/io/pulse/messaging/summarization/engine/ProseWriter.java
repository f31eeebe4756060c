package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;

/**
 * Writes a recap's items ({@link ProsePlanner}) as a paragraph of third-person sentences ({@link ReportedSpeech}): a
 * decision that replaced another says what it changed ({@link ChangedValues}), a done action item says so, an open
 * question says it is still open, and a short sentence of the same message that only carries a reference ("Order
 * #88213.") goes along in brackets.
 */
final class ProseWriter {

    private static final Pattern REFERENCE = Pattern.compile(".*(?:#\\d|\\d{3,}).*");
    private static final Pattern YOUR = Pattern.compile("(?i)\\b(your|yours)\\b");

    private final ParsedThread thread;
    private final Naming naming;

    ProseWriter(ParsedThread thread) {
        this.thread = thread;
        this.naming = new Naming(thread);
    }

    String write(List<ProseItem> items) {
        Set<String> said = new LinkedHashSet<>();
        for (ProseItem item : items) {
            String sentence = sentence(item);
            if (sentence != null) {
                said.add(sentence);
            }
        }
        return String.join(" ", said);
    }

    private String sentence(ProseItem item) {
        Sentence u = item.sentence();
        ChatMessage m = thread.message(u);
        String speaker = naming.name(m.sender());
        String listener = listener(u, item.action());
        ReportedSpeech speech = new ReportedSpeech(speaker, listener, PronounShift.we(speaker, listener, thread.senders.size()),
                naming::properNoun);
        String said = speech.report(u.text());
        if (said == null) {
            return null;
        }
        said = withReference(u, said);
        return switch (item.kind()) {
            case DECISION -> item.replaced() == null ? said : ChangedValues.changed(said, u.text(), item.replaced().text());
            case DONE -> withoutStop(said) + "; " + naming.name(item.action().owner()) + " reports it done.";
            case QUESTION -> withoutStop(said) + " (still open).";
            default -> said;
        };
    }

    /**
     * Whom "you" means in the sentence: the participant it addresses, the owner of the action it asks for, the sender of
     * the message it replies to, the other person of a two-person chat; for "your" alone, the last other person to
     * write before it. Null when none of these is known.
     */
    private String listener(Sentence u, ActionItem action) {
        ChatMessage m = thread.message(u);
        Optional<Person> addressed = thread.addressee(u);
        if (addressed.isPresent() && !addressed.get().id().equals(m.sender().id())) {
            return naming.name(addressed.get());
        }
        if (action != null && action.owner() != null && !action.owner().id().equals(m.sender().id())) {
            return naming.name(action.owner());
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
        if (YOUR.matcher(u.text()).find()) {
            for (int i = u.message() - 1; i >= 0; i--) {
                Person p = thread.messages.get(i).sender();
                if (!p.id().equals(m.sender().id())) {
                    return naming.name(p);
                }
            }
        }
        return null;
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
