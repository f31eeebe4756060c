package io.pulse.messaging.intelligence.service;

import java.util.Locale;

import io.pulse.messaging.intelligence.model.AnalyzeRequest;
import io.pulse.messaging.intelligence.model.ConversationIntelligence;

/**
 * What the client says the conversation is, at analysis time: its title (trimmed) and channel (lower case). Each is
 * optional; one given replaces the stored one, one left out keeps it (the latest given wins).
 */
record ConversationLabels(String title, String channel) {

    static ConversationLabels of(AnalyzeRequest request) {
        return new ConversationLabels(request.title() == null ? null : request.title().strip(),
                request.channel() == null ? null : request.channel().toLowerCase(Locale.ROOT));
    }

    void applyTo(ConversationIntelligence row) {
        if (title != null) {
            row.setTitle(title);
        }
        if (channel != null) {
            row.setChannel(channel);
        }
    }
}
