package io.pulse.messaging.autoresponse.engine.smart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pulse.messaging.autoresponse.engine.MessageKind;
import io.pulse.messaging.autoresponse.engine.SuggestionEngine.Classification;
import io.pulse.messaging.autoresponse.engine.SuggestionEngine.Suggestion;

/**
 * Which replies answer what the message asks, in its language: a reschedule gets accept the proposed time / find
 * another / keep the original time; a complaint an apology with a next step; a refund request replies about the
 * refund (its order number when the message gives one); a yes/no question yes / no / let me check (in English from the
 * question's own verb); an open question let me check; a request accept / decline (naming the action when it can be
 * named) / ask when (or, when it gives a deadline or a time, let me check); small talk ("how are you?") I'm well, how
 * can I help. Three distinct replies: three of the strongest kind, or two and one of a second kind that needs an
 * answer of its own (an urgent complaint). Every slot is filled from the message; nothing else is claimed.
 */
public final class ReplyPlanner {

    /** Kinds whose three replies are the three answers a user would choose between. */
    private static final Set<MessageKind> WHOLE = Set.of(MessageKind.RESCHEDULE, MessageKind.SCHEDULING, MessageKind.REFUND,
            MessageKind.COMPLAINT, MessageKind.QUESTION);
    /** Kinds worth the third reply when they come second. */
    private static final Set<MessageKind> SECOND = Set.of(MessageKind.URGENT, MessageKind.COMPLAINT, MessageKind.REFUND,
            MessageKind.QUESTION, MessageKind.REQUEST, MessageKind.RESCHEDULE, MessageKind.SCHEDULING);
    private static final Map<Phrase, Phrase> FALLBACK = Map.of(Phrase.YES, Phrase.YES_GENERIC, Phrase.NO, Phrase.NO_GENERIC,
            Phrase.REQUEST_ACCEPT_ACT, Phrase.REQUEST_ACCEPT, Phrase.REQUEST_DECLINE_ACT, Phrase.REQUEST_DECLINE);
    private static final Pattern ORDER = Pattern.compile("(?iu)#\\s?(\\d{3,})|\\b(?:order|bestellung|commande|pedido)\\s*"
            + "(?:no\\.?|nr\\.?|n°|number|nummer|número|numero)?\\s*:?\\s*#?(\\d{3,})");

    public List<Suggestion> plan(IntentClassifier.Intent intent, String text, ReplyPhrases phrases, String name) {
        ReplyPhrases.Slots slots = slots(text, phrases.language(), name);
        List<Classification> kinds = intent.kinds();
        Classification top = kinds.get(0);
        Classification second = kinds.size() > 1 && !WHOLE.contains(top.kind()) && SECOND.contains(kinds.get(1).kind())
                && kinds.get(1).score() >= 0.2 && !(top.kind() == MessageKind.REQUEST && kinds.get(1).kind() == MessageKind.QUESTION)
                ? kinds.get(1) : null; // a request's question mark is its form, not a second question
        Set<String> seen = new LinkedHashSet<>();
        List<Suggestion> out = new ArrayList<>();
        add(out, seen, top, options(top.kind(), text, phrases.language(), slots), phrases, slots, intent.clarity(), second == null ? 3 : 2);
        if (second != null) {
            add(out, seen, second, options(second.kind(), text, phrases.language(), slots), phrases, slots, intent.clarity(), 1);
        }
        for (int k = 0; k < kinds.size() && out.size() < 3; k++) { // a kind with fewer options: the next kinds fill in
            add(out, seen, kinds.get(k), options(kinds.get(k).kind(), text, phrases.language(), slots), phrases, slots, intent.clarity(),
                    3 - out.size());
        }
        return List.copyOf(out);
    }

    private static void add(List<Suggestion> out, Set<String> seen, Classification kind, List<Phrase> options, ReplyPhrases phrases,
                            ReplyPhrases.Slots slots, double clarity, int take) {
        int i = 0;
        for (Phrase option : options) {
            if (take == 0) {
                return;
            }
            String text = phrases.text(option, slots);
            if (text == null && FALLBACK.containsKey(option)) {
                text = phrases.text(FALLBACK.get(option), slots);
            }
            if (text != null && seen.add(text)) {
                double confidence = Math.max(0.05, kind.score() * (0.55 + 0.45 * clarity) * (1.0 - 0.12 * i));
                out.add(new Suggestion(text, kind.kind(), IntentClassifier.round(confidence)));
                take--;
                i++;
            }
        }
    }

    /** The replies for a kind, best first. */
    private static List<Phrase> options(MessageKind kind, String text, String language, ReplyPhrases.Slots slots) {
        return switch (kind) {
            case QUESTION -> IntentCues.openQuestion(text, language)
                    ? List.of(Phrase.QUESTION_CHECK, Phrase.QUESTION_FIND_OUT, Phrase.QUESTION_NOT_SURE)
                    : List.of(Phrase.YES, Phrase.NO, Phrase.QUESTION_CHECK);
            case REQUEST -> List.of(Phrase.REQUEST_ACCEPT_ACT, Phrase.REQUEST_DECLINE_ACT,
                    ProposedTime.deadline(text) || ProposedTime.count(text) > 0 ? Phrase.REQUEST_CHECK : Phrase.REQUEST_WHEN,
                    Phrase.REQUEST_CHECK);
            case RESCHEDULE -> slots.when() != null ? List.of(Phrase.TIME_ACCEPT, Phrase.TIME_OTHER, Phrase.RESCHEDULE_DECLINE)
                    : List.of(Phrase.RESCHEDULE_ACCEPT_ASK, Phrase.SCHEDULE_CHECK, Phrase.RESCHEDULE_KEEP);
            case SCHEDULING -> slots.when() != null ? List.of(Phrase.TIME_ACCEPT, Phrase.TIME_OTHER, Phrase.SCHEDULE_CHECK)
                    : List.of(Phrase.SCHEDULE_ASK, Phrase.SCHEDULE_CHECK);
            case COMPLAINT -> List.of(Phrase.COMPLAINT_SORRY, Phrase.COMPLAINT_DETAILS, Phrase.COMPLAINT_ESCALATE);
            case REFUND -> List.of(Phrase.REFUND_SORRY, slots.order() != null ? Phrase.REFUND_ORDER : Phrase.REFUND_ASK_ORDER,
                    Phrase.REFUND_ESCALATE);
            case THANKS -> List.of(Phrase.THANKS_1, Phrase.THANKS_2, Phrase.THANKS_3);
            case INFORMATION -> List.of(Phrase.INFO_1, Phrase.INFO_2, Phrase.INFO_3);
            case URGENT -> List.of(Phrase.URGENT_1, Phrase.URGENT_2, Phrase.URGENT_3);
            case GREETING -> IntentCues.any(io.pulse.messaging.autoresponse.engine.Text.words(text), IntentCues.SMALL_TALK)
                    ? List.of(Phrase.SMALL_TALK, Phrase.GREETING_1, Phrase.GREETING_2)
                    : List.of(Phrase.GREETING_1, Phrase.GREETING_2, Phrase.GREETING_3);
            case APOLOGY -> List.of(Phrase.APOLOGY_1, Phrase.APOLOGY_2, Phrase.APOLOGY_3);
        };
    }

    /** What the message gives to fill the phrases' slots; the English-only ones stay empty in other languages. */
    private static ReplyPhrases.Slots slots(String text, String language, String name) {
        boolean english = "en".equals(language);
        YesNoAnswer.Answer answer = english ? YesNoAnswer.to(text) : null;
        Matcher order = ORDER.matcher(text);
        String orderNumber = order.find() ? "#" + (order.group(1) != null ? order.group(1) : order.group(2)) : null;
        return new ReplyPhrases.Slots(name, ProposedTime.in(text), english ? RequestedAction.in(text) : null, orderNumber,
                answer == null ? null : answer.yes(), answer == null ? null : answer.no());
    }
}
