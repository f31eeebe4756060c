package io.pulse.messaging.intelligence.engine;

import java.time.LocalDate;

/**
 * What the model found a question or request waits for, kept with the message so that later analyses still suggest
 * it: who is expected to answer or act, the deadline the message states, and a follow-up the asker could send.
 *
 * @param owner         a participant's id; null when the message does not say
 * @param due           the deadline stated in the message; null when there is none
 * @param suggestedText a follow-up written for this message; null to use the local engine's wording
 */
public record FollowUpHint(String owner, LocalDate due, String suggestedText) {
}
