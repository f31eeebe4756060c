package io.pulse.messaging.autoresponse.service;

import io.pulse.messaging.autoresponse.engine.SuppressionReason;

/** The {@code detail} sentences of an evaluation that sends nothing, the same in evaluations and dry runs. */
final class OutcomeDetails {

    static final String NO_RULE_MATCHED = "No enabled rule matches this message.";

    static final String NO_REPLY_ACTION = "Rules matched this message (their tags and notifications apply) but none of them has a "
            + "reply action.";

    static final String EMPTY_REPLY = "The rule's reply is empty for this message (its template is only placeholders "
            + "without values and without fallbacks); nothing was sent and the sender's cooldown was not used.";

    private OutcomeDetails() {
    }

    /** Why a loop guard stopped the message before any rule. */
    static String loopGuard(SuppressionReason reason) {
        return switch (reason) {
            case AUTO_SUBMITTED -> "The message is itself automatic (Auto-Submitted, an auto-responder header or a no-reply address).";
            case BULK_OR_LIST -> "The message is bulk or mailing-list mail.";
            case OWN_AUTO_REPLY -> "The message is an auto-reply this service produced.";
            case SELF -> "The sender is the user themself.";
            default -> reason.wire();
        };
    }
}
