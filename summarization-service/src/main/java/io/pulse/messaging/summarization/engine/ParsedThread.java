package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A thread read once for the detectors of one summarisation: its sentences with the cues every detector reads (each
 * scan reads them many times), who replies to whom and what quotes what. Not thread-safe: one per summary.
 */
final class ParsedThread {

    private static final Pattern LEADING_MENTION = Pattern.compile("^@\\S+[,:]?\\s+");
    private static final Pattern LEADING_ADDRESS = Pattern.compile("^[^,:]*[,:]\\s*");
    private static final Pattern LEADING_PLEASE = Pattern.compile("(?i)^(please|pls|plz|kindly|and|also|then|so)\\s+");

    final List<ChatMessage> messages;
    final SummaryOptions options;
    final Roster roster;
    /** The reader as a participant (or by the name the options give), or null. */
    final Person reader;
    final List<Sentence> sentences = new ArrayList<>();
    final List<List<Sentence>> sentencesByMessage = new ArrayList<>();
    final Map<UUID, Integer> indexById = new HashMap<>();
    final Set<UUID> senders = new LinkedHashSet<>();
    /** Message id -> the positions of the messages that reply to it. */
    final Map<UUID, List<Integer>> repliesTo = new HashMap<>();
    /** Per message, the terms of the lines it quotes from earlier messages ("> ..."), which are not its own sentences. */
    final List<Set<String>> quotedTerms = new ArrayList<>();
    /** The positions of the messages that quote something, in order. */
    final List<Integer> quoting = new ArrayList<>();
    /** Per sentence, computed once. */
    private final boolean[] reportsDone;
    private final boolean[] reverses;
    private final boolean[] requests;
    private final boolean[] needs;
    /** Per sentence and per message, computed when first asked for. */
    private final Boolean[] decides;
    private final Boolean[] imperative;
    private final List<Optional<Person>> addressees;
    private final CueText[] contents;

    ParsedThread(List<ChatMessage> messages, SummaryOptions options) {
        this.messages = messages;
        this.options = options;
        this.roster = new Roster(messages, options.readerIn(messages));
        this.reader = roster.reader();
        for (int i = 0; i < messages.size(); i++) {
            read(i, messages.get(i));
        }
        int n = sentences.size();
        reportsDone = new boolean[n];
        reverses = new boolean[n];
        requests = new boolean[n];
        needs = new boolean[n];
        for (Sentence u : sentences) {
            if (!u.question()) {
                reportsDone[u.index()] = Cues.reportsDone(u.cue());
                reverses[u.index()] = Cues.REVERSAL.in(u.cue());
            }
            requests[u.index()] = Cues.REQUEST.in(u.cue());
            needs[u.index()] = Cues.NEED.in(u.cue());
        }
        decides = new Boolean[n];
        imperative = new Boolean[n];
        addressees = new ArrayList<>(Collections.nCopies(n, null));
        contents = new CueText[messages.size()];
    }

    /** Indexes message {@code i} and cuts it into sentences (its quoted lines are not its own sentences). */
    private void read(int i, ChatMessage m) {
        indexById.putIfAbsent(m.id(), i);
        if (m.replyTo() != null) {
            repliesTo.computeIfAbsent(m.replyTo(), k -> new ArrayList<>()).add(i);
        }
        senders.add(m.sender().id());
        List<Sentence> own = new ArrayList<>();
        quotedTerms.add(new HashSet<>(Text.terms(Text.quoted(m.content()))));
        if (!quotedTerms.get(i).isEmpty()) {
            quoting.add(i);
        }
        List<String> texts = Text.sentences(Text.withoutQuotes(m.content()));
        if (texts.isEmpty()) {
            texts = Text.sentences(m.content()); // nothing but a quote: let it speak for the message
        }
        for (String text : texts) {
            List<String> words = Text.words(text);
            List<String> terms = Text.terms(words);
            Sentence sentence = new Sentence(sentences.size(), i, text, CueText.of(text), words, terms, new HashSet<>(terms),
                    Text.isQuestion(text));
            sentences.add(sentence);
            own.add(sentence);
        }
        sentencesByMessage.add(own);
    }

    ChatMessage message(Sentence u) {
        return messages.get(u.message());
    }

    boolean reportsDone(Sentence u) {
        return reportsDone[u.index()];
    }

    boolean reverses(Sentence u) {
        return reverses[u.index()];
    }

    boolean requests(Sentence u) {
        return requests[u.index()];
    }

    boolean needs(Sentence u) {
        return needs[u.index()];
    }

    boolean decides(Sentence u) {
        Boolean d = decides[u.index()];
        if (d == null) {
            d = Cues.decides(u.cue());
            decides[u.index()] = d;
        }
        return d;
    }

    boolean startsImperative(Sentence u) {
        Boolean b = imperative[u.index()];
        if (b == null) {
            b = startsImperative(u.text(), u.index());
            imperative[u.index()] = b;
        }
        return b;
    }

    Optional<Person> addressee(Sentence u) {
        Optional<Person> a = addressees.get(u.index());
        if (a == null) {
            a = roster.addressee(u.text());
            addressees.set(u.index(), a);
        }
        return a;
    }

    /** The whole message as the cues read it, without the surrounding white space. */
    CueText content(int message) {
        CueText c = contents[message];
        if (c == null) {
            c = CueText.of(messages.get(message).content().strip());
            contents[message] = c;
        }
        return c;
    }

    private boolean startsImperative(String text, int sentenceIndex) {
        String s = withoutLead(LEADING_MENTION, text.strip());
        Optional<Person> addressee = roster.addressee(s);
        if (addressee.isPresent()) {
            s = withoutLead(LEADING_ADDRESS, s);
        }
        s = withoutLead(LEADING_PLEASE, s);
        List<String> words = Text.words(s);
        if (words.size() < 2 || Text.isQuestion(s) && addressee.isEmpty() || reportsDone[sentenceIndex]) {
            return false; // a question unless addressed ("Nico, restart the pods?"), or a report ("Order form sent to Sarah")
        }
        String first = words.get(0);
        if (first.equals("let") && words.get(1).equals("me") || Character.isDigit(words.get(1).charAt(0)) || words.get(1).endsWith("ed")
                || s.length() > first.length() && s.charAt(first.length()) == ':') {
            return false; // "let me ...", a noun that names something: "Order #88213", "Update 3", "Update: ...", "Refund issued"
        }
        return Cues.IMPERATIVE_VERBS.contains(first) && Character.isUpperCase(s.charAt(0)) || Cues.IMPERATIVE_VERBS.contains(first) && addressee.isPresent();
    }

    /** The text without what an anchored pattern matches at its start (its {@code replaceFirst("")}, tried at the start only). */
    private static String withoutLead(Pattern anchored, String s) {
        Matcher m = anchored.matcher(s);
        return m.lookingAt() ? s.substring(m.end()) : s;
    }

    /** How many of {@code terms} that are no cue words {@code other} holds too. */
    static int shared(Set<String> terms, Set<String> other) {
        int shared = 0;
        for (String t : terms) {
            if (!Cues.CUE_TERMS.contains(t) && other.contains(t)) {
                shared++;
            }
        }
        return shared;
    }
}
