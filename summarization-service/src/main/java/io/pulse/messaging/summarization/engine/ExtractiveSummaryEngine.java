package io.pulse.messaging.summarization.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;
import io.pulse.messaging.summarization.engine.ThreadSummary.Coverage;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;
import io.pulse.messaging.summarization.engine.ThreadSummary.KeyPoint;
import io.pulse.messaging.summarization.engine.ThreadSummary.OpenQuestion;
import io.pulse.messaging.summarization.engine.ThreadSummary.Participant;

/**
 * The local engine: extractive and honest. Sentences are ranked by centrality (TextRank over TF-IDF cosine
 * similarity, nudged towards decisions and action items and away from chatter), the best are chosen with
 * redundancy removal (a sentence too similar to a chosen one adds its message to that key point instead), and
 * the paragraph is assembled from them in thread order, attributed to their speakers. Action items, decisions
 * and questions are found by the phrases chats use for them; every item carries its source message ids.
 * Stateless and thread-safe.
 */
public final class ExtractiveSummaryEngine implements SummaryEngine {

    public static final String NAME = "local";

    /** Two sentences at least this similar say the same thing. */
    static final double REDUNDANT = 0.5;
    private static final int ANSWER_WINDOW = 8;
    /** The paragraph takes about sqrt(sentences) / this many sentences (2 to 5). */
    private static final double PARAGRAPH_DIVISOR = 1.0;
    /** How much more often the ranking's random jump lands on a decision, an action item, a question, the opening. */
    private static final double DECISION_PRIOR = 3;
    private static final double ACTION_PRIOR = 2;
    private static final double QUESTION_PRIOR = 0.4;
    private static final double OPENING_PRIOR = 6;
    private static final int DONE_WINDOW = 200;
    private static final Phrases I_NEED = Phrases.of("i (need|have|must|got) to|i should");
    private static final Pattern WE_COMMIT = Pattern.compile("^(?:\\W*\\w+[,!]\\s+)?(we'll|we will)\\b");
    private static final Pattern WH_QUESTION = Pattern.compile("^(?:\\W*\\w+[,!]\\s+)?(what|where|when|who|whom|which|how|why|whose)\\b");
    private static final Pattern DEAL = Pattern.compile("^(deal|it's a deal|done deal|agreed|sold)\\W*$");
    private static final Pattern LEADING_MENTION = Pattern.compile("^@\\S+[,:]?\\s+");
    private static final Pattern LEADING_ADDRESS = Pattern.compile("^[^,:]*[,:]\\s*");
    private static final Pattern LEADING_PLEASE = Pattern.compile("(?i)^(please|pls|plz|kindly|and|also|then|so)\\s+");

    private static final Phrases ANYONE = Phrases.of("someone|somebody|anyone|one of you");
    private static final Pattern UNKNOWN_VOCATIVE = Pattern.compile("^(?:(?:hey|hi|ok|okay|so|and)\\s+)?@?(\\p{Lu}[\\p{L}'-]+)\\s*[,:]");
    /** Capitalised words that open a sentence with a comma without addressing anyone. */
    private static final Set<String> NOT_A_NAME = Set.of("ok", "okay", "so", "yes", "yeah", "yep", "no", "sure", "thanks", "also", "please",
            "hey", "hi", "hello", "guys", "team", "folks", "everyone", "all", "well", "actually", "anyway", "btw", "fyi", "then", "now",
            "great", "cool", "right", "alright", "first", "second", "finally", "honestly", "agreed", "sorry", "oh", "ah", "hmm", "update",
            "reminder", "note", "today", "tomorrow", "meanwhile", "however", "otherwise", "besides");

    /**
     * A sentence of a message, with what the detectors need: its words for the cues ({@code cue}, cut once where
     * {@code \b} would cut them), its words as tokens ({@code words}) and its stemmed content terms.
     */
    private record Unit(int index, int message, String text, CueText cue, List<String> words, List<String> terms,
            Set<String> termSet, boolean question) {

        String lower() {
            return cue.lower();
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ThreadSummary summarize(List<ChatMessage> input, SummaryOptions options) {
        if (input == null || input.isEmpty()) {
            throw new IllegalArgumentException("A summary needs at least one message");
        }
        List<ChatMessage> ordered = new ArrayList<>(input);
        ordered.sort(Comparator.comparing(ChatMessage::sentAt).thenComparing(ChatMessage::id)); // deterministic for equal times
        int total = ordered.size();
        List<ChatMessage> messages = total > options.maxMessages() ? ordered.subList(total - options.maxMessages(), total) : ordered;
        Coverage coverage = new Coverage(total, messages.size(), messages.get(0).sentAt(), messages.get(messages.size() - 1).sentAt(),
                total > messages.size(), total > messages.size()
                        ? "The thread has " + total + " messages; only the latest " + messages.size() + " were summarised (the engine's limit)."
                        : null);
        return new Run(messages, options).summarize(coverage);
    }

    /** One summarisation: the state shared by the detectors. */
    private static final class Run {

        private final List<ChatMessage> messages;
        private final SummaryOptions options;
        private final Roster roster;
        private final Person reader;
        private final List<Unit> units = new ArrayList<>();
        private final List<List<Unit>> unitsByMessage = new ArrayList<>();
        private final Map<UUID, Integer> indexById = new HashMap<>();
        private final Set<UUID> senders = new LinkedHashSet<>();
        /** Message id -> the positions of the messages that reply to it. */
        private final Map<UUID, List<Integer>> repliesTo = new HashMap<>();
        /** Per message, the terms of the lines it quotes from earlier messages ("> ..."), which are not its own sentences. */
        private final List<Set<String>> quotedTerms = new ArrayList<>();
        /** The positions of the messages that quote something, in order. */
        private final List<Integer> quoting = new ArrayList<>();
        /** Per unit, computed once: the cues every detector reads (each scan reads them many times). */
        private final boolean[] reportsDone;
        private final boolean[] reverses;
        private final boolean[] requests;
        private final boolean[] needs;
        /** Per unit and per message, computed when first asked for. */
        private final Boolean[] decides;
        private final Boolean[] imperative;
        private final List<Optional<Person>> addressees;
        private final CueText[] contents;
        private final Map<String, Pattern> subjectNeeds = new HashMap<>();

        Run(List<ChatMessage> messages, SummaryOptions options) {
            this.messages = messages;
            this.options = options;
            Person readerPerson = null;
            if (options.readerId() != null) {
                for (ChatMessage m : messages) {
                    if (m.sender().id().equals(options.readerId())) {
                        readerPerson = m.sender();
                        break;
                    }
                }
                if (readerPerson == null && options.readerName() != null && !options.readerName().isBlank()) {
                    readerPerson = new Person(options.readerId(), options.readerName());
                }
            }
            this.reader = readerPerson;
            this.roster = new Roster(messages, readerPerson);
            for (int i = 0; i < messages.size(); i++) {
                ChatMessage m = messages.get(i);
                indexById.putIfAbsent(m.id(), i);
                if (m.replyTo() != null) {
                    repliesTo.computeIfAbsent(m.replyTo(), k -> new ArrayList<>()).add(i);
                }
                senders.add(m.sender().id());
                List<Unit> own = new ArrayList<>();
                quotedTerms.add(new HashSet<>(Text.terms(Text.quoted(m.content()))));
                if (!quotedTerms.get(i).isEmpty()) {
                    quoting.add(i);
                }
                List<String> sentences = Text.sentences(Text.withoutQuotes(m.content()));
                if (sentences.isEmpty()) {
                    sentences = Text.sentences(m.content()); // nothing but a quote: let it speak for the message
                }
                for (String sentence : sentences) {
                    List<String> words = Text.words(sentence);
                    List<String> terms = Text.terms(words);
                    Unit unit = new Unit(units.size(), i, sentence, CueText.of(sentence), words, terms, new HashSet<>(terms),
                            Text.isQuestion(sentence));
                    units.add(unit);
                    own.add(unit);
                }
                unitsByMessage.add(own);
            }
            reportsDone = new boolean[units.size()];
            reverses = new boolean[units.size()];
            requests = new boolean[units.size()];
            needs = new boolean[units.size()];
            for (Unit u : units) {
                if (!u.question()) {
                    reportsDone[u.index()] = Cues.reportsDone(u.cue());
                    reverses[u.index()] = Cues.REVERSAL.in(u.cue());
                }
                requests[u.index()] = Cues.REQUEST.in(u.cue());
                needs[u.index()] = Cues.NEED.in(u.cue());
            }
            decides = new Boolean[units.size()];
            imperative = new Boolean[units.size()];
            addressees = new ArrayList<>(Collections.nCopies(units.size(), null));
            contents = new CueText[messages.size()];
        }

        private boolean decides(Unit u) {
            Boolean d = decides[u.index()];
            if (d == null) {
                d = Cues.decides(u.cue());
                decides[u.index()] = d;
            }
            return d;
        }

        private boolean startsImperative(Unit u) {
            Boolean b = imperative[u.index()];
            if (b == null) {
                b = startsImperative(u.text());
                imperative[u.index()] = b;
            }
            return b;
        }

        private Optional<Person> addressee(Unit u) {
            Optional<Person> a = addressees.get(u.index());
            if (a == null) {
                a = roster.addressee(u.text());
                addressees.set(u.index(), a);
            }
            return a;
        }

        /** The whole message as the cues read it, without the surrounding white space. */
        private CueText content(int message) {
            CueText c = contents[message];
            if (c == null) {
                c = CueText.of(messages.get(message).content().strip());
                contents[message] = c;
            }
            return c;
        }

        ThreadSummary summarize(Coverage coverage) {
            List<ActionItem> actions = actionItems();
            List<Decision> decisions = decisions();
            List<OpenQuestion> questions = openQuestions();

            Set<UUID> decisionMessages = new HashSet<>();
            decisions.forEach(d -> decisionMessages.addAll(d.messageIds()));
            Set<UUID> actionMessages = new HashSet<>();
            actions.forEach(a -> actionMessages.add(a.messageIds().get(0)));

            // Outcomes (decisions, commitments) are what a reader wants from a recap, and the opening message
            // usually says what the thread is about: the random jump favours them; questions less so.
            double[] prior = new double[units.size()];
            for (Unit u : units) {
                UUID id = messages.get(u.message()).id();
                double p = 1;
                if (decisionMessages.contains(id) && decides(u)) {
                    p *= DECISION_PRIOR;
                }
                if (actionMessages.contains(id)) {
                    p *= ACTION_PRIOR;
                }
                if (u.question()) {
                    p *= QUESTION_PRIOR;
                }
                if (u.message() == 0) {
                    p *= OPENING_PRIOR;
                }
                prior[u.index()] = p;
            }
            TextRank rank = new TextRank(units.stream().map(Unit::terms).toList(), prior);
            double[] pr = rank.scores();
            double[] score = new double[units.size()];
            for (Unit u : units) {
                double s = pr[u.index()] * units.size();
                int t = u.terms().size();
                s *= t == 0 ? 0 : t == 1 ? 0.25 : t == 2 ? 0.6 : Math.min(1.3, 0.85 + t / 20.0);
                score[u.index()] = s;
            }
            List<KeyPoint> keyPoints = keyPoints(rank, score);
            String paragraph = paragraph(keyPoints);
            return new ThreadSummary(paragraph, keyPoints, actions, decisions, questions, participants(), coverage);
        }

        // ---- key points and paragraph -----------------------------------------------------------------------

        private List<KeyPoint> keyPoints(TextRank rank, double[] score) {
            List<Unit> candidates = new ArrayList<>(units.stream().filter(u -> u.terms().size() >= 2).toList());
            if (candidates.size() < options.maxKeyPoints()) {
                candidates = new ArrayList<>(units.stream().filter(u -> !u.terms().isEmpty()).toList());
            }
            if (candidates.isEmpty()) {
                candidates = new ArrayList<>(units);
            }
            candidates.sort(Comparator.comparingDouble((Unit u) -> -score[u.index()]).thenComparingInt(Unit::index));
            List<Unit> chosen = new ArrayList<>();
            List<LinkedHashSet<UUID>> sources = new ArrayList<>();
            for (Unit c : candidates) {
                int similarTo = -1;
                double best = 0;
                for (int k = 0; k < chosen.size(); k++) {
                    double sim = rank.similarity(c.index(), chosen.get(k).index());
                    if (sim > best) {
                        best = sim;
                        similarTo = k;
                    }
                }
                UUID id = messages.get(c.message()).id();
                if (best >= REDUNDANT) {
                    sources.get(similarTo).add(id);
                } else if (chosen.size() < options.maxKeyPoints()) {
                    chosen.add(c);
                    LinkedHashSet<UUID> own = new LinkedHashSet<>();
                    own.add(id);
                    sources.add(own);
                } else if (c.terms().size() < 2) {
                    break; // the rest can neither be chosen nor be a meaningful repetition
                }
            }
            double top = chosen.isEmpty() ? 1 : Math.max(score[chosen.get(0).index()], 1e-9);
            List<KeyPoint> points = new ArrayList<>();
            for (int k = 0; k < chosen.size(); k++) {
                Unit u = chosen.get(k);
                ChatMessage m = messages.get(u.message());
                double normalised = Math.round(1000 * score[u.index()] / top) / 1000.0;
                points.add(new KeyPoint(Text.normalizeSpaces(u.text()), m.sender(), normalised, List.copyOf(sources.get(k)),
                        reader != null && roster.refersTo(u.text(), reader)));
            }
            return points;
        }

        private String paragraph(List<KeyPoint> keyPoints) {
            long meaningful = units.stream().filter(u -> u.terms().size() >= 2).count();
            int size = (int) Math.max(1, Math.min(5, Math.round(Math.sqrt(Math.max(meaningful, 1)) / PARAGRAPH_DIVISOR)));
            size = Math.max(Math.min(2, keyPoints.size()), Math.min(size, keyPoints.size()));
            List<KeyPoint> picked = new ArrayList<>(keyPoints.subList(0, size));
            Map<KeyPoint, Integer> position = new HashMap<>();
            for (KeyPoint p : picked) {
                position.put(p, indexById.getOrDefault(p.messageIds().get(0), 0));
            }
            picked.sort(Comparator.comparingInt(position::get));
            StringBuilder text = new StringBuilder();
            for (KeyPoint p : picked) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                String listener = senders.size() == 2
                        ? senders.stream().filter(id -> !id.equals(p.speaker().id())).map(roster::person).map(Roster::firstName).findFirst().orElse(null)
                        : null;
                text.append(Attribution.attribute(Roster.firstName(p.speaker()), p.text(), listener));
            }
            return text.toString();
        }

        // ---- action items ------------------------------------------------------------------------------------

        /** An action item while it is being assembled. */
        private static final class Action {
            final Unit unit;
            Person owner;
            DueDates.Due due;
            final LinkedHashSet<UUID> sources = new LinkedHashSet<>();
            final Set<String> terms = new HashSet<>();
            final List<UUID> doneBy = new ArrayList<>();

            Action(Unit unit) {
                this.unit = unit;
            }
        }

        private List<ActionItem> actionItems() {
            List<Action> found = new ArrayList<>();
            for (Unit u : units) {
                ChatMessage m = messages.get(u.message());
                String s = u.lower();
                boolean request = requests[u.index()];
                boolean excluded = Cues.NOT_AN_ACTION.in(u.cue());
                boolean commitment = !excluded && Cues.COMMITMENT.in(u.cue());
                boolean need = needs[u.index()];
                boolean imperative = !excluded && startsImperative(u);
                boolean mentionLead = u.text().strip().startsWith("@") && addressee(u).isPresent() && !u.question();
                if (u.question() && !request) {
                    continue;
                }
                if (!(request || commitment || need || imperative || mentionLead)) {
                    continue;
                }
                if (u.terms().stream().filter(t -> !Cues.CUE_TERMS.contains(t)).count() < 1) {
                    continue;
                }
                Person sender = m.sender();
                Optional<Person> addressed = addressee(u).filter(p -> !p.equals(sender));
                List<Person> named = new ArrayList<>(roster.named(u.text()));
                named.remove(sender);
                Person owner = null;
                boolean firstPersonCommitment = commitment && !WE_COMMIT.matcher(s).lookingAt() && !request;
                if (firstPersonCommitment || (!request && I_NEED.in(u.cue()))) {
                    owner = sender;
                } else {
                    owner = addressed.orElse(null);
                    if (owner == null && !roster.mentions(u.text()).isEmpty()) {
                        owner = roster.mentions(u.text()).stream().filter(p -> !p.equals(sender)).findFirst().orElse(null);
                    }
                    if (owner == null && need && !named.isEmpty() && subjectNeeds(Roster.firstName(named.get(0))).matcher(s).find()) {
                        owner = named.get(0);
                    }
                    if (owner == null && (request || imperative) && named.size() == 1 && !s.contains("ask " + Roster.firstName(named.get(0)).toLowerCase())) {
                        owner = named.get(0);
                    }
                    if (owner == null && (request || imperative) && m.replyTo() != null) {
                        Integer target = indexById.get(m.replyTo());
                        if (target != null && !messages.get(target).sender().equals(sender)) {
                            owner = messages.get(target).sender();
                        }
                    }
                    if (owner == null) {
                        owner = acceptedBy(u.message(), sender).orElse(null);
                    }
                    if (owner == null && (request || imperative) && senders.size() == 2 && !addressesSomeoneElse(u.text())
                            && !ANYONE.in(u.cue())) {
                        owner = senders.stream().filter(id -> !id.equals(sender.id())).map(roster::person).findFirst().orElse(null);
                    }
                }
                LocalDate sentOn = m.sentAt().atZone(options.zone()).toLocalDate();
                Optional<DueDates.Due> due = DueDates.find(u.cue(), sentOn);
                // A commitment that accepts an earlier request is the same item, not a new one.
                if (firstPersonCommitment) {
                    Action accepted = acceptedRequest(found, u, m);
                    if (accepted != null) {
                        accepted.owner = sender;
                        accepted.sources.add(m.id());
                        if (accepted.due == null) {
                            accepted.due = due.orElse(null);
                        }
                        accepted.terms.addAll(u.termSet());
                        continue;
                    }
                }
                Action a = new Action(u);
                a.owner = owner;
                a.due = due.orElse(null);
                a.sources.add(m.id());
                a.terms.addAll(u.termSet());
                a.terms.removeAll(Cues.CUE_TERMS);
                found.add(a);
            }
            for (Action a : found) {
                markDone(a);
            }
            return found.stream().map(a -> new ActionItem(Text.normalizeSpaces(a.unit.text()), a.owner,
                    a.due == null ? null : a.due.date(), a.due == null ? null : a.due.text(), List.copyOf(a.sources),
                    !a.doneBy.isEmpty(), List.copyOf(a.doneBy))).toList();
        }

        /**
         * Whether the sentence opens by addressing a name that is no participant ("Carol, please ..." when Carol
         * wrote nothing): then the request is for someone outside the thread, not for the other speaker.
         */
        private boolean addressesSomeoneElse(String text) {
            Matcher vocative = UNKNOWN_VOCATIVE.matcher(text.strip());
            if (!vocative.find() || NOT_A_NAME.contains(vocative.group(1).toLowerCase())) {
                return false;
            }
            return roster.addressee(text).isEmpty();
        }

        /** "Bob needs to ...", "Bob should ...": a pattern per name, compiled once per summary. */
        private Pattern subjectNeeds(String firstName) {
            return subjectNeeds.computeIfAbsent(firstName, name -> Pattern.compile("\\b" + Pattern.quote(name.toLowerCase())
                    + "\\b[^.?!]{0,20}\\b(needs? to|has to|have to|should|must)\\b"));
        }

        private boolean startsImperative(String text) {
            String s = withoutLead(LEADING_MENTION, text.strip());
            Optional<Person> addressee = roster.addressee(s);
            if (addressee.isPresent()) {
                s = withoutLead(LEADING_ADDRESS, s);
            }
            s = withoutLead(LEADING_PLEASE, s);
            List<String> words = Text.words(s);
            if (words.size() < 2 || Text.isQuestion(s)) {
                return false;
            }
            String first = words.get(0);
            if (first.equals("let") && words.size() > 1 && words.get(1).equals("me")) {
                return false;
            }
            return Cues.IMPERATIVE_VERBS.contains(first) && Character.isUpperCase(s.charAt(0)) || Cues.IMPERATIVE_VERBS.contains(first) && addressee.isPresent();
        }

        /** The text without what an anchored pattern matches at its start (its {@code replaceFirst("")}, tried at the start only). */
        private static String withoutLead(Pattern anchored, String s) {
            Matcher m = anchored.matcher(s);
            return m.lookingAt() ? s.substring(m.end()) : s;
        }

        /** Whoever answers a request with "sure" / "on it" / "I'll ..." within the next few messages. */
        private Optional<Person> acceptedBy(int message, Person requester) {
            for (int j = message + 1; j < Math.min(messages.size(), message + 5); j++) {
                ChatMessage next = messages.get(j);
                if (next.sender().equals(requester)) {
                    if (Cues.REQUEST.in(content(j))) {
                        break; // a later request of the same person is what an acceptance after it answers
                    }
                    continue;
                }
                if (Cues.startsWith(Cues.ACCEPTANCE, content(j).lower()) && !Cues.NEGATION.in(content(j))) {
                    return Optional.of(next.sender());
                }
            }
            return Optional.empty();
        }

        private Action acceptedRequest(List<Action> found, Unit commitment, ChatMessage m) {
            for (int k = found.size() - 1; k >= 0 && k >= found.size() - 5; k--) {
                Action a = found.get(k);
                ChatMessage source = messages.get(a.unit.message());
                if (source.sender().equals(m.sender()) || commitment.message() - a.unit.message() > 4) {
                    continue;
                }
                if (a.owner != null && !a.owner.equals(m.sender())) {
                    continue;
                }
                boolean replies = source.id().equals(m.replyTo());
                long shared = commitment.termSet().stream().filter(a.terms::contains).count();
                if (replies || shared >= 1 || commitment.terms().size() <= 2) {
                    return a;
                }
            }
            return null;
        }

        private void markDone(Action a) {
            int from = a.unit.message();
            UUID source = messages.get(from).id();
            for (int j = from + 1; j < Math.min(messages.size(), from + DONE_WINDOW); j++) {
                ChatMessage later = messages.get(j);
                if (a.sources.contains(later.id())) {
                    continue;
                }
                for (Unit u : unitsByMessage.get(j)) {
                    if (u.question()) {
                        continue;
                    }
                    if (!reportsDone[u.index()]) {
                        continue;
                    }
                    boolean replies = later.replyTo() != null && a.sources.contains(later.replyTo());
                    int shared = shared(u.termSet(), a.terms);
                    boolean byOwner = a.owner != null && later.sender().equals(a.owner);
                    if (replies || (byOwner && (shared >= 1 || shortReport(u, a))) || (a.owner == null && shared >= 1)
                            || (!byOwner && shared >= 2)) {
                        a.doneBy.add(later.id());
                        return;
                    }
                }
                if (later.replyTo() != null && later.replyTo().equals(source) && a.doneBy.isEmpty()) {
                    continue;
                }
            }
        }

        /**
         * "Done!", "Sent it", "All done, took a while": a short report, unless it names something else that was done
         * ("I sent you the party photos").
         */
        private static boolean shortReport(Unit u, Action a) {
            if (u.words().size() > 6) {
                return false;
            }
            for (String t : u.terms()) {
                if (!Cues.CUE_TERMS.contains(t) && !a.terms.contains(t)) {
                    return Cues.startsWith(Cues.LEADING_DONE, u.lower().strip());
                }
            }
            return true;
        }

        /** How many of {@code terms} that are no cue words {@code other} holds too. */
        private static int shared(Set<String> terms, Set<String> other) {
            int shared = 0;
            for (String t : terms) {
                if (!Cues.CUE_TERMS.contains(t) && other.contains(t)) {
                    shared++;
                }
            }
            return shared;
        }

        // ---- decisions ---------------------------------------------------------------------------------------

        private static final class Pending {
            String text;
            Person by;
            Unit unit;
            final LinkedHashSet<UUID> sources = new LinkedHashSet<>();
            final Set<String> terms = new HashSet<>();
            final List<UUID> reversedBy = new ArrayList<>();
        }

        private List<Decision> decisions() {
            List<Pending> found = new ArrayList<>();
            for (Unit u : units) {
                if (u.question() || !(DEAL.matcher(u.lower()).matches() || decides(u))) {
                    continue;
                }
                ChatMessage m = messages.get(u.message());
                Pending d = new Pending();
                d.by = m.sender();
                d.unit = u;
                long substantive = u.terms().stream().filter(t -> !Cues.CUE_TERMS.contains(t)).count();
                if (substantive < 2) {
                    Optional<Unit> proposal = proposal(u, m);
                    if (proposal.isEmpty()) {
                        continue; // "agreed" with nothing to agree to
                    }
                    Unit p = proposal.get();
                    d.text = asStatement(p.text());
                    d.sources.add(messages.get(p.message()).id());
                    d.terms.addAll(p.termSet());
                } else {
                    d.text = Text.normalizeSpaces(u.text());
                }
                d.sources.add(m.id());
                d.terms.addAll(u.termSet());
                d.terms.removeAll(Cues.CUE_TERMS);
                Pending same = found.stream().filter(o -> o.reversedBy.isEmpty() && jaccard(o.terms, d.terms) >= 0.6).findFirst().orElse(null);
                if (same != null) {
                    same.sources.addAll(d.sources);
                    continue;
                }
                found.add(d);
            }
            for (int k = 0; k < found.size(); k++) {
                markReversed(found, k);
            }
            return found.stream().map(d -> new Decision(d.text, d.by, List.copyOf(d.sources), !d.reversedBy.isEmpty(),
                    List.copyOf(d.reversedBy))).toList();
        }

        /** The proposal a short agreement ("Agreed!", "Deal, let's do it") refers to. */
        private Optional<Unit> proposal(Unit agreement, ChatMessage m) {
            List<Integer> candidates = new ArrayList<>();
            if (m.replyTo() != null && indexById.containsKey(m.replyTo())) {
                candidates.add(indexById.get(m.replyTo()));
            }
            for (int j = agreement.message() - 1; j >= Math.max(0, agreement.message() - 3); j--) {
                candidates.add(j);
            }
            for (int j : candidates) {
                if (j >= agreement.message() || messages.get(j).sender().equals(m.sender())) {
                    continue;
                }
                Unit best = null;
                for (Unit u : unitsByMessage.get(j)) {
                    boolean proposes = Cues.startsWith(Cues.PROPOSAL_PREFIX, u.text().strip());
                    if (u.terms().size() >= 2 && (best == null || proposes || u.terms().size() > best.terms().size())) {
                        best = u;
                        if (proposes) {
                            break;
                        }
                    }
                }
                if (best != null) {
                    return Optional.of(best);
                }
            }
            return Optional.empty();
        }

        private static String asStatement(String sentence) {
            String s = Text.normalizeSpaces(sentence);
            s = Cues.PROPOSAL_PREFIX.matcher(s).replaceFirst("");
            s = s.replaceAll("[?]+$", "").strip();
            if (s.isEmpty()) {
                return Text.normalizeSpaces(sentence);
            }
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        private void markReversed(List<Pending> decisions, int k) {
            Pending d = decisions.get(k);
            int from = d.unit.message();
            for (int j = d.unit.index() + 1; j < units.size(); j++) {
                Unit u = units.get(j);
                ChatMessage later = messages.get(u.message());
                if (u.message() == from || d.sources.contains(later.id()) || u.question()) {
                    continue;
                }
                if (!reverses[u.index()]) {
                    continue;
                }
                boolean replies = later.replyTo() != null && d.sources.contains(later.replyTo());
                int shared = shared(u.termSet(), d.terms);
                boolean strongAndClose = Cues.STRONG_REVERSAL.in(u.cue()) && u.message() - from <= 3;
                boolean newerDecision = decides(u) && isLatestDecisionBefore(decisions, k, u.index());
                if (replies || shared >= 1 || strongAndClose || newerDecision) {
                    d.reversedBy.add(later.id());
                    return;
                }
            }
        }

        private static boolean isLatestDecisionBefore(List<Pending> decisions, int k, int unitIndex) {
            for (int o = k + 1; o < decisions.size(); o++) {
                if (decisions.get(o).unit.index() < unitIndex) {
                    return false;
                }
            }
            return true;
        }

        private static double jaccard(Set<String> a, Set<String> b) {
            if (a.isEmpty() || b.isEmpty()) {
                return 0;
            }
            long shared = a.stream().filter(b::contains).count();
            return (double) shared / (a.size() + b.size() - shared);
        }

        // ---- questions -----------------------------------------------------------------------------------------

        private List<OpenQuestion> openQuestions() {
            List<OpenQuestion> open = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Unit u : units) {
                if (!u.question() || requests[u.index()] || Cues.RHETORICAL.matcher(u.lower().strip()).matches()) {
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

        private boolean answered(Unit question, boolean wh) {
            ChatMessage asked = messages.get(question.message());
            boolean yesNo = Cues.startsWith(Cues.YES_NO_QUESTION, question.lower());
            // A reply by someone else, however much later, answers it.
            for (int reply : repliesTo.getOrDefault(asked.id(), List.of())) {
                if (reply > question.message() && !messages.get(reply).sender().equals(asked.sender())) {
                    return true;
                }
            }
            // A later message that quotes it ("> Is staging still on Postgres 14?") answers it, however much later.
            if (!question.termSet().isEmpty()) {
                for (int j : quoting) {
                    Set<String> quoted = quotedTerms.get(j);
                    if (j > question.message() && !messages.get(j).sender().equals(asked.sender())
                            && question.termSet().stream().filter(quoted::contains).count() * 3 >= question.termSet().size() * 2L) {
                        return true;
                    }
                }
            }
            int othersSeen = 0;
            boolean askedAgain = false;
            int end = Math.min(messages.size(), question.message() + ANSWER_WINDOW + 1);
            for (int j = question.message() + 1; j < end; j++) {
                ChatMessage later = messages.get(j);
                if (later.sender().equals(asked.sender())) {
                    if (Cues.WITHDRAWN.in(content(j))) {
                        return true;
                    }
                    askedAgain |= unitsByMessage.get(j).stream().anyMatch(Unit::question);
                    continue;
                }
                othersSeen++;
                if (!askedAgain && addressesWithAStatement(j, asked.sender())) {
                    return true; // "@carol Priya owns it": a statement to the asker after her question answers it
                }
                for (Unit u : unitsByMessage.get(j)) {
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
            List<Unit> own = unitsByMessage.get(j);
            if (own.isEmpty() || addressee(own.get(0)).filter(person::equals).isEmpty()) {
                return false;
            }
            int terms = 0;
            for (Unit u : own) {
                if (u.question() || requests[u.index()] || startsImperative(u) || needs[u.index()]) {
                    return false;
                }
                terms += u.terms().size();
            }
            return terms >= 3;
        }

        // ---- participants ----------------------------------------------------------------------------------------

        private List<Participant> participants() {
            Map<UUID, int[]> counts = new LinkedHashMap<>();
            Map<UUID, String> names = new HashMap<>();
            for (ChatMessage m : messages) {
                counts.computeIfAbsent(m.sender().id(), k -> new int[1])[0]++;
                names.putIfAbsent(m.sender().id(), m.sender().name());
            }
            List<Participant> list = new ArrayList<>();
            counts.forEach((id, c) -> list.add(new Participant(id, names.get(id), c[0])));
            List<Participant> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingInt((Participant p) -> -p.messageCount()).thenComparingInt(list::indexOf));
            return sorted;
        }
    }
}
