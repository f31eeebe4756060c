package io.pulse.messaging.summarization.engine;

import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;

/**
 * One thing a recap says, anchored to the sentence it comes from.
 *
 * @param action the action item, for {@link Kind#ACTION} and {@link Kind#DONE}
 * @param replaced the earlier decision a {@link Kind#DECISION} replaced, or null
 */
record ProseItem(Kind kind, Sentence sentence, ActionItem action, Decision replaced) {

    enum Kind {
        /** A statement worth repeating (the opening, a key point). */
        POINT,
        /** What made a decision change. */
        REASON,
        /** A final decision. */
        DECISION,
        /** Someone has to do something. */
        ACTION,
        /** Someone was to do something and reported it done. */
        DONE,
        /** A question nobody answered. */
        QUESTION
    }
}
