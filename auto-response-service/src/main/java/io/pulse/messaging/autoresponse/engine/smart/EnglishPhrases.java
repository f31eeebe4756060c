package io.pulse.messaging.autoresponse.engine.smart;

import java.util.EnumMap;
import java.util.Map;

/** The English phrases. */
final class EnglishPhrases {

    private EnglishPhrases() {
    }

    static Map<Phrase, String> table() {
        Map<Phrase, String> p = new EnumMap<>(Phrase.class);
        p.put(Phrase.QUESTION_CHECK, "Good question{hi}, let me check and get back to you.");
        p.put(Phrase.QUESTION_FIND_OUT, "I'll find out and let you know.");
        p.put(Phrase.QUESTION_NOT_SURE, "I'm not sure yet, I'll look into it.");
        p.put(Phrase.YES, "Yes, {yes}.");
        p.put(Phrase.NO, "No, {no}, sorry.");
        p.put(Phrase.YES_GENERIC, "Yes, I think so.");
        p.put(Phrase.NO_GENERIC, "No, I don't think so.");
        p.put(Phrase.REQUEST_ACCEPT, "Sure{hi}, I'll take care of it.");
        p.put(Phrase.REQUEST_ACCEPT_ACT, "Sure{hi}, I'll {act}.");
        p.put(Phrase.REQUEST_DECLINE, "Sorry, I can't do that right now.");
        p.put(Phrase.REQUEST_DECLINE_ACT, "Sorry, I can't {act} right now.");
        p.put(Phrase.REQUEST_WHEN, "Happy to help. When do you need it by?");
        p.put(Phrase.REQUEST_CHECK, "Let me check and get back to you.");
        p.put(Phrase.TIME_ACCEPT, "{When} works for me.");
        p.put(Phrase.TIME_OTHER, "{When} is difficult for me. Could we find another time?");
        p.put(Phrase.RESCHEDULE_DECLINE, "Sorry, {when} doesn't work for me. Could we keep the original time?");
        p.put(Phrase.RESCHEDULE_ACCEPT_ASK, "Sure, let's move it. What time suits you?");
        p.put(Phrase.RESCHEDULE_KEEP, "Could we keep the original time?");
        p.put(Phrase.SCHEDULE_CHECK, "Let me check my calendar and confirm.");
        p.put(Phrase.SCHEDULE_ASK, "Sure, when suits you?");
        p.put(Phrase.COMPLAINT_SORRY, "I'm sorry about this{hi}. I'll look into it right away and get back to you.");
        p.put(Phrase.COMPLAINT_DETAILS, "Sorry for the trouble. Could you share a few more details so I can sort it out?");
        p.put(Phrase.COMPLAINT_ESCALATE, "I understand the frustration. I'll escalate this and keep you posted.");
        p.put(Phrase.REFUND_SORRY, "I'm sorry about this{hi}. I'll look into your refund right away and get back to you.");
        p.put(Phrase.REFUND_ORDER, "Sorry for the trouble. I'll check the refund for order {order} and get back to you today.");
        p.put(Phrase.REFUND_ASK_ORDER, "Sorry for the trouble. Could you send me your order number so I can check the refund?");
        p.put(Phrase.REFUND_ESCALATE, "I understand. I'll pass your refund request to the right team and keep you posted.");
        p.put(Phrase.THANKS_1, "You're welcome{hi}!");
        p.put(Phrase.THANKS_2, "Happy to help!");
        p.put(Phrase.THANKS_3, "Anytime!");
        p.put(Phrase.INFO_1, "Thanks for the update{hi}.");
        p.put(Phrase.INFO_2, "Got it, thanks!");
        p.put(Phrase.INFO_3, "Noted.");
        p.put(Phrase.URGENT_1, "I'm on it{hi}, I'll get back to you shortly.");
        p.put(Phrase.URGENT_2, "Understood, I'll prioritise this.");
        p.put(Phrase.URGENT_3, "Can you call me so we can sort it out now?");
        p.put(Phrase.SMALL_TALK, "I'm well, thanks{hi}! How can I help?");
        p.put(Phrase.GREETING_1, "Hi{sp}! How can I help?");
        p.put(Phrase.GREETING_2, "Hello{sp}, good to hear from you.");
        p.put(Phrase.GREETING_3, "Hey{sp}!");
        p.put(Phrase.APOLOGY_1, "No worries{hi}!");
        p.put(Phrase.APOLOGY_2, "That's all right, thanks for letting me know.");
        p.put(Phrase.APOLOGY_3, "No problem at all.");
        return p;
    }
}
