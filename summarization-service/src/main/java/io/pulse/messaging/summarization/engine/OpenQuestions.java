package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.pulse.messaging.summarization.engine.ThreadSummary.OpenQuestion;

/**
 * A thread's open questions: questions (not rhetorical ones, not requests phrased as questions) that nothing later
 * answers: a reply, a quote of them, a statement addressed to the asker, an answer sharing their terms, a yes/no or
 * wh- answer right after, or the asker withdrawing them.
 */
final class OpenQuestions {

    private static final int ANSWER_WINDOW = 8;
    private static final Pattern WH_QUESTION = Pattern.compile("^(?:\\W*\\w+[,!]\\s+)?(what|where|when|who|whom|which|how|why|whose)\\b");

    private final ParsedThread thread;
    private final List<ChatMessage> messages;

    OpenQuestions(ParsedThread thread) {
        this.thread = thread;
        this.messages = thread.messages;
    }

    List<OpenQuestion> find() {
        List<OpenQuestion> open = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sentence u : thread.sentences) {
            if (!u.question() || thread.requests(u) || Cues.RHETORICAL.matcher(u.lower().strip()).matches()) {
                continue;
            }
            boolean wh = WH_QUESTION.matcher(u.lower()).lookingAt();
            if (u.terms().isEmpty() && !wh) {
                continue;
            }
            if (answered(u, wh)) {
                continue;
            }
            String key = String.join(" ", u.terms());
            if (!seen.add(messages.get(u.message()).sender().id() + key)) {
                continue;
            }
            ChatMessage m = messages.get(u.message());
            open.add(new OpenQuestion(Text.normalizeSpaces(u.text()), m.sender(), List.of(m.id())));
        }
        return open;
    }

    private boolean answered(Sentence question, boolean wh) {
        return repliedTo(question) || quotedLater(question) || answeredSoon(question, wh);
    }

    /** A reply by someone else, however much later, answers it. */
    private boolean repliedTo(Sentence question) {
        ChatMessage asked = messages.get(question.message());
        for (int reply : thread.repliesTo.getOrDefault(asked.id(), List.of())) {
            if (reply > question.message() && !messages.get(reply).sender().equals(asked.sender())) {
                return true;
            }
        }
        return false;
    }

    /** A later message that quotes it ("> Is staging still on Postgres 14?") answers it, however much later. */
    private boolean quotedLater(Sentence question) {
        ChatMessage asked = messages.get(question.message());
        if (!question.termSet().isEmpty()) {
            for (int j : thread.quoting) {
                Set<String> quoted = thread.quotedTerms.get(j);
                if (j > question.message() && !messages.get(j).sender().equals(asked.sender())
                        && question.termSet().stream().filter(quoted::contains).count() * 3 >= question.termSet().size() * 2L) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An answer in the next {@value #ANSWER_WINDOW} messages: a statement addressed to the asker, one sharing the
     * question's terms, a yes/no or wh- answer right after; or the asker withdrawing it.
     */
    private boolean answeredSoon(Sentence question, boolean wh) {
        ChatMessage asked = messages.get(question.message());
        boolean yesNo = Cues.startsWith(Cues.YES_NO_QUESTION, question.lower());
        int othersSeen = 0;
        boolean askedAgain = false;
        int end = Math.min(messages.size(), question.message() + ANSWER_WINDOW + 1);
        for (int j = question.message() + 1; j < end; j++) {
            ChatMessage later = messages.get(j);
            if (later.sender().equals(asked.sender())) {
                if (Cues.WITHDRAWN.in(thread.content(j))) {
                    return true;
                }
                askedAgain |= thread.sentencesByMessage.get(j).stream().anyMatch(Sentence::question);
                continue;
            }
            othersSeen++;
            if (!askedAgain && addressesWithAStatement(j, asked.sender())) {
                return true; // "@carol Priya owns it": a statement to the asker after her question answers it
            }
            for (Sentence u : thread.sentencesByMessage.get(j)) {
                if (u.question()) {
                    continue;
                }
                String s = u.lower().strip();
                long shared = u.termSet().stream().filter(question.termSet()::contains).count();
                boolean cue = Cues.startsWith(Cues.ANSWER_CUE, s);
                if (shared >= 1 && (cue || shared >= 2 || question.termSet().size() <= 2 || othersSeen <= 2)) {
                    return true;
                }
                if (yesNo && othersSeen == 1 && Cues.startsWith(Cues.YES_NO_CUE, s)) {
                    return true;
                }
                if (wh && othersSeen == 1 && !u.terms().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether message {@code j} opens by addressing {@code person} (by @mention or name) with a statement of some
     * substance: not a question, request or imperative to them, not thanks or small talk.
     */
    private boolean addressesWithAStatement(int j, Person person) {
        List<Sentence> own = thread.sentencesByMessage.get(j);
        if (own.isEmpty() || thread.addressee(own.get(0)).filter(person::equals).isEmpty()) {
            return false;
        }
        int terms = 0;
        for (Sentence u : own) {
            if (u.question() || thread.requests(u) || thread.startsImperative(u) || thread.needs(u)) {
                return false;
            }
            terms += u.terms().size();
        }
        return terms >= 3;
    }
}
